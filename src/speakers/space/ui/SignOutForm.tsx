import { localePath, type Locale } from '../../../platform/i18n'
import { speakerMessages } from '../messages'
import { speakerRoutes } from '../routes'
import styles from './Space.module.css'

export function SignOutForm({ locale, email }: { locale: Locale; email: string }) {
  const t = speakerMessages(locale)
  return (
    <form method="post" action={localePath(locale, speakerRoutes.signOut())}>
      <p className={styles.meta}>
        {t.signedInAs(email)}{' '}
        <button className={styles.secondary} type="submit">
          {t.signOut}
        </button>
      </p>
    </form>
  )
}
