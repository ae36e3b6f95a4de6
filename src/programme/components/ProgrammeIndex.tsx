import Link from 'next/link'

import { EditionSubpage } from '../../editions/components/EditionSubpage'
import type { EditionFrame } from '../../editions/read'
import { localePath, type Locale } from '../../platform/i18n'
import { routes } from '../../platform/routes'
import { utcOffsetLabel } from '../eventTime'
import { programmeText } from '../messages'
import type { ProgrammeReleaseInfo, ProgrammeSession, ProgrammeTheme } from '../model'
import { agendaText } from '../agenda/messages'
import { nowText } from '../now/messages'
import { releasesText } from '../releases/messages'
import { themesInUse } from '../schedule'
import { ProgrammeFeeds } from './ProgrammeFeeds'
import { ProgrammeSchedule } from './ProgrammeSchedule'
import styles from './programme.module.css'

type Props = {
  page: EditionFrame
  locale: Locale
  currentYear: number | null
  /** Every public session of the edition (the filter lists the themes they have). */
  all: readonly ProgrammeSession[]
  /** The theme filtered on, if any, and the sessions shown. */
  active?: ProgrammeTheme
  shown: readonly ProgrammeSession[]
  /** The release the public programme is at, linked to the changelog. */
  release?: ProgrammeReleaseInfo | null
}

/** /editions/[year]/programme and its theme filters: one frame, the filter as links (cacheable paths). */
export function ProgrammeIndex({ page, locale, currentYear, all, active, shown, release }: Props) {
  const t = programmeText(locale)
  const year = page.edition.year
  const themes = themesInUse(all)
  const reference = all[0]?.start ?? page.edition.startDate ?? new Date().toISOString()
  return (
    <EditionSubpage
      page={page}
      locale={locale}
      currentYear={currentYear}
      path={active ? routes.programmeByTheme(year, active.slug) : routes.programme(year)}
      eyebrow={active ? t.programmeOf(page.edition.title) : page.edition.title}
      title={active ? t.themeFilterTitle(active.title) : t.programme}
    >
      {all.length === 0 ? (
        <>
          <p className={styles.intro}>{t.empty}</p>
          {/* Subscribing now is useful: the calendar fills in when sessions are published. */}
          <ProgrammeFeeds year={year} locale={locale} />
        </>
      ) : (
        <>
          <p className={styles.intro}>{t.intro}</p>
          <p className={styles.timezone}>{t.timesIn(utcOffsetLabel(reference))}</p>
          {release && (
            <p className={styles.release}>
              {releasesText(locale).currentVersion(release.number)}{' '}
              <Link href={localePath(locale, routes.programmeChanges(year))}>{releasesText(locale).linkFromProgramme}</Link>
            </p>
          )}
          <ul className={styles.tools}>
            <li>
              <Link href={localePath(locale, routes.agenda(year))}>{agendaText(locale).makeAgenda}</Link>
            </li>
            <li>
              <Link href={localePath(locale, routes.now(year))}>{nowText(locale).title}</Link>
            </li>
          </ul>
          {themes.length > 0 && (
            <nav aria-labelledby="programme-theme-filter" className={styles.filters}>
              <p id="programme-theme-filter" className={styles.filtersLabel}>
                {t.filterByTheme}
              </p>
              <ul>
                <li>
                  <Link href={localePath(locale, routes.programme(year))} aria-current={active ? undefined : 'page'}>
                    {t.allThemes}
                  </Link>
                </li>
                {themes.map((theme) => (
                  <li key={theme.slug}>
                    <Link
                      href={localePath(locale, routes.programmeByTheme(year, theme.slug))}
                      aria-current={active?.slug === theme.slug ? 'page' : undefined}
                    >
                      {theme.title}
                    </Link>
                  </li>
                ))}
              </ul>
            </nav>
          )}
          {shown.length === 0 ? (
            <p>{t.emptyForTheme}</p>
          ) : (
            <ProgrammeSchedule year={year} sessions={shown} locale={locale} at={new Date()} />
          )}
          <ProgrammeFeeds year={year} locale={locale} />
        </>
      )}
    </EditionSubpage>
  )
}
