import type { Locale } from '../../platform/i18n'
import { routes } from '../../platform/routes'
import { programmeText } from '../messages'
import styles from './programme.module.css'

/** Links to the calendar and data feeds, in the visitor's language (plain <a>: they are files, not pages). */
export function ProgrammeFeeds({ year, locale }: { year: number; locale: Locale }) {
  const t = programmeText(locale)
  return (
    <section className={styles.feeds} aria-labelledby="programme-feeds">
      <h2 id="programme-feeds">{t.feeds}</h2>
      <ul>
        <li>
          <a href={routes.programmeIcs(year, locale)} type="text/calendar">
            {t.icsFeed}
          </a>
        </li>
        <li>
          <a href={routes.programmeJson(year, locale)} type="application/json">
            {t.jsonFeed}
          </a>
        </li>
      </ul>
    </section>
  )
}
