import { localePath, type Locale } from '../../../platform/i18n'
import { speakerMessages } from '../messages'
import { speakerRoutes } from '../routes'
import styles from './Space.module.css'

/** Withdrawing asks for a ticked box (no script to confirm with). */
export function WithdrawForm({ locale, proposalId }: { locale: Locale; proposalId: number | string }) {
  const t = speakerMessages(locale)
  return (
    <form className={styles.form} method="post" action={localePath(locale, speakerRoutes.withdraw(proposalId))}>
      <div className={styles.field}>
        <label>
          <input type="checkbox" name="confirm" value="yes" required /> {t.proposal.withdrawConfirm}
        </label>
      </div>
      <button className={styles.secondary} type="submit">
        {t.proposal.withdraw}
      </button>
    </form>
  )
}
