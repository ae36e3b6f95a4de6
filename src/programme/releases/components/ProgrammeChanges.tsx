import Link from 'next/link'

import { formatDayAndTime } from '../../../platform/dates'
import { localePath, type Locale } from '../../../platform/i18n'
import { routes } from '../../../platform/routes'
import { changeKindLabel, changeTitle, describeChange } from '../changeText'
import type { PublicRelease } from '../load'
import { releasesText } from '../messages'
import styles from './changes.module.css'

type Props = { year: number; locale: Locale; releases: readonly PublicRelease[]; publicSlugs: ReadonlySet<string> }

/** Every release, newest first: its number, date, note and the list of sessions it changed. */
export function ProgrammeChanges({ year, locale, releases, publicSlugs }: Props) {
  const t = releasesText(locale)
  if (releases.length === 0) return <p>{t.none}</p>
  return (
    <ol className={styles.releases} reversed>
      {releases.map((release) => (
        <li key={release.number} id={`version-${release.number}`} className={styles.release}>
          <h2>
            {t.version(release.number)} · <time dateTime={release.publishedAt}>{formatDayAndTime(release.publishedAt, locale)}</time>
          </h2>
          {release.note && <p className={styles.note}>{release.note}</p>}
          <ul className={styles.changes}>
            {release.changes.map((change) => {
              const slug = (change.after ?? change.before)?.slug
              const title = changeTitle(change, locale)
              return (
                <li key={change.session} data-change={change.kinds.join(' ')}>
                  <p className={styles.kinds}>{change.kinds.map((kind) => changeKindLabel(kind, locale)).join(' · ')}</p>
                  <h3>
                    {/* A cancelled session has no page any more: its title alone. */}
                    {slug && publicSlugs.has(slug) ? <Link href={localePath(locale, routes.session(year, slug))}>{title}</Link> : title}
                  </h3>
                  <ul>
                    {describeChange(change, locale).map((line) => (
                      <li key={line}>{line}</li>
                    ))}
                  </ul>
                </li>
              )
            })}
          </ul>
        </li>
      ))}
    </ol>
  )
}
