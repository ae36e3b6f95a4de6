import type { ParticipationResponse } from '../../../cfp/decisions/participation'
import { formatDay } from '../../../platform/dates'
import { localePath, type Locale } from '../../../platform/i18n'
import { confirmationMessages } from '../confirmationMessages'
import { speakerRoutes } from '../routes'
import styles from './Space.module.css'

/**
 * A released acceptance: the signed-in person confirms or declines taking part (two plain submit
 * buttons, no script), until the edition's confirm-by day; their current answer is shown.
 */
export function ParticipationForm({
  locale,
  proposalId,
  response,
  confirmBy,
  open,
}: {
  locale: Locale
  proposalId: number | string
  response: ParticipationResponse
  confirmBy: string | null
  open: boolean
}) {
  const c = confirmationMessages(locale)
  return (
    <section aria-labelledby="participation-heading">
      <h2 id="participation-heading">{c.heading}</h2>
      <p>
        {c.yourAnswer}: <strong data-testid="participation-response">{c.responses[response]}</strong>
      </p>
      {open ? (
        <form className={styles.form} method="post" action={localePath(locale, speakerRoutes.confirm(proposalId))}>
          <p>{confirmBy ? c.askBy(formatDay(confirmBy, locale)) : c.ask}</p>
          <button type="submit" name="answer" value="confirmed">
            {c.confirm}
          </button>{' '}
          <button className={styles.secondary} type="submit" name="answer" value="declined">
            {c.decline}
          </button>
        </form>
      ) : (
        confirmBy && <p className={styles.notice}>{c.late(formatDay(confirmBy, locale))}</p>
      )}
    </section>
  )
}
