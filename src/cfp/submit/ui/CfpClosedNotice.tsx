import { formatDay } from '../../../platform/dates'
import type { Locale } from '../../../platform/i18n'
import type { CfpWindow } from '../edition'
import { cfpMessages } from '../messages'
import styles from './Cfp.module.css'

/** Shown instead of the form outside the CfP window and for archived editions. */
export function CfpClosedNotice({ locale, window }: { locale: Locale; window: Exclude<CfpWindow, { open: true }> }) {
  const t = cfpMessages(locale)
  const text =
    window.reason === 'notYetOpen'
      ? t.notYetOpenNotice(formatDay(window.opensAt, locale))
      : window.closedAt
        ? t.closedNotice(formatDay(window.closedAt, locale))
        : t.closedNoDate
  return (
    <section className={styles.notice} aria-labelledby="cfp-closed">
      <h2 id="cfp-closed">{window.reason === 'notYetOpen' ? t.heading : t.closedTitle}</h2>
      <p>{text}</p>
    </section>
  )
}
