import Link from 'next/link'

import frame from '@/editions/components/EditionSubpage.module.css'
import { PublicPage } from '@/platform/ui/PublicPage'
import { formatDay } from '@/platform/dates'
import { localePath, type Locale } from '@/platform/i18n'
import type { PerspectiveSummary, ThemeFilter } from '@/perspectives/read'
import { perspectivesText } from '@/perspectives/messages'
import { routes } from '@/platform/routes'

import styles from './perspectives.module.css'

type Props = {
  locale: Locale
  /** The theme filter shown, or null for every perspective. */
  active: ThemeFilter | null
  themes: ThemeFilter[]
  perspectives: PerspectiveSummary[]
}

/** /perspectives and /perspectives/themes/<slug>: the list, with plain links as the theme filter. */
export function PerspectivesIndex({ locale, active, themes, perspectives }: Props) {
  const t = perspectivesText(locale)
  const href = (path: string) => localePath(locale, path)
  const path = active ? routes.perspectivesByTheme(active.slug) : routes.perspectives()
  const other = (lang: Locale) => (lang === locale ? undefined : lang)
  // A theme with no perspective yet still shows as the current filter on its own page.
  const filters = active && !themes.some((theme) => theme.slug === active.slug) ? [...themes, active] : themes
  return (
    <PublicPage locale={locale} path={path}>
      <div className={`container ${frame.page}`}>
        {active && <p className={frame.eyebrow}>{t.title}</p>}
        <h1 className={frame.title}>{active ? t.byTheme(active.title) : t.title}</h1>
        <p className={frame.prose}>{t.intro}</p>

        {filters.length > 0 && (
          <nav aria-labelledby="theme-filter" className={styles.filters}>
            <p id="theme-filter" className={styles.filtersLabel}>
              {t.filterLabel}
            </p>
            <ul>
              <li>
                <Link href={href(routes.perspectives())} aria-current={active ? undefined : 'page'}>
                  {t.allThemes}
                </Link>
              </li>
              {filters.map((theme) => (
                <li key={theme.slug}>
                  <Link href={href(routes.perspectivesByTheme(theme.slug))} aria-current={active?.slug === theme.slug ? 'page' : undefined}>
                    {theme.title} ({theme.count})
                  </Link>
                </li>
              ))}
            </ul>
          </nav>
        )}

        {perspectives.length === 0 ? (
          <p className={styles.count}>{active ? t.noneForTheme : t.none}</p>
        ) : (
          <>
            <p className={styles.count}>{t.count(perspectives.length)}</p>
            <ul className={styles.list}>
              {perspectives.map((perspective) => (
                <li key={perspective.id}>
                  <article className={styles.card}>
                    <p className={styles.meta}>
                      <span className={styles.kind}>{t.kinds[perspective.kind]}</span>
                      {' · '}
                      {perspective.publishedDate ? (
                        <time dateTime={perspective.publishedDate}>{formatDay(perspective.publishedDate, locale)}</time>
                      ) : (
                        t.undated
                      )}
                    </p>
                    <h2>
                      <Link href={href(routes.perspective(perspective.slug))} lang={other(perspective.lang.title)}>
                        {perspective.title}
                      </Link>
                    </h2>
                    {perspective.authors.length > 0 ? (
                      <p>
                        {t.by} {perspective.authors.join(', ')}
                      </p>
                    ) : (
                      perspective.people.length > 0 && (
                        <p>
                          {t.with} {perspective.people.map((person) => person.name).join(', ')}
                        </p>
                      )
                    )}
                    {perspective.summary && (
                      <p className={styles.summary} lang={other(perspective.lang.summary)}>
                        {perspective.summary}
                      </p>
                    )}
                    {perspective.themes.length > 0 && (
                      <ul className={styles.themes} aria-label={t.themes}>
                        {uniqueBySlug(perspective.themes).map((theme) => (
                          <li key={theme.slug}>
                            <Link href={href(routes.perspectivesByTheme(theme.slug))}>{theme.title}</Link>
                          </li>
                        ))}
                      </ul>
                    )}
                  </article>
                </li>
              ))}
            </ul>
          </>
        )}
      </div>
    </PublicPage>
  )
}

/** A perspective may belong to themes of the same slug in two editions: one filter link each. */
function uniqueBySlug<T extends { slug: string }>(themes: T[]): T[] {
  return themes.filter((theme, index) => themes.findIndex((other) => other.slug === theme.slug) === index)
}
