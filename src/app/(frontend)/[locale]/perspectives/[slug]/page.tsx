import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound } from 'next/navigation'

import frame from '@/editions/components/EditionSubpage.module.css'
import { PublicPage } from '@/platform/ui/PublicPage'
import { RichText } from '@/platform/richText/RichText'
import { parseSlug, readPerspective } from '@/perspectives/cachedPerspectives'
import { formatDay } from '@/platform/dates'
import { isLocale, localePath, type Locale } from '@/platform/i18n'
import type { PerspectiveDetail } from '@/perspectives/read'
import { perspectivesText } from '@/perspectives/messages'
import { alternates, routes } from '@/platform/routes'
import { isValidHttpUrl } from '@/platform/text/validation'

import styles from '../../../../../perspectives/components/perspectives.module.css'

export const revalidate = 60

/** No page is built ahead of time (the build has no database): each is rendered on its first visit and kept. */
export function generateStaticParams() {
  return []
}

type Props = { params: Promise<{ locale: string; slug: string }> }

/** A real 404 for an unknown locale, a malformed slug, or a perspective the public cannot read. */
async function load(params: Props['params']): Promise<{ locale: Locale; perspective: PerspectiveDetail }> {
  const { locale, slug } = await params
  const parsed = parseSlug(slug)
  if (!isLocale(locale) || parsed === null) notFound()
  const perspective = await readPerspective(parsed, locale)
  if (!perspective) notFound()
  return { locale, perspective }
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, perspective } = await load(params)
  const title = perspective.seo.title || perspective.title
  const description = perspective.seo.description || truncate(perspective.summary, 160) || undefined
  return {
    title,
    description,
    alternates: alternates(locale, routes.perspective(perspective.slug)),
    openGraph: {
      title,
      description,
      type: 'article',
      locale: locale === 'fr' ? 'fr_FR' : 'en_GB',
      siteName: 'Commons AI',
      ...(perspective.publishedDate ? { publishedTime: perspective.publishedDate } : {}),
      ...(perspective.authors.length > 0 ? { authors: perspective.authors } : {}),
    },
  }
}

export default async function PerspectivePage({ params }: Props) {
  const { locale, perspective } = await load(params)
  const t = perspectivesText(locale)
  const href = (path: string) => localePath(locale, path)
  const other = (lang: Locale) => (lang === locale ? undefined : lang)
  const { source } = perspective
  const sourceUrl = source.url && isValidHttpUrl(source.url) ? source.url : null
  return (
    <PublicPage locale={locale} path={routes.perspective(perspective.slug)}>
      <article className={`container ${frame.page}`}>
        <p className={frame.back}>
          <Link href={href(routes.perspectives())}>← {t.backToList}</Link>
        </p>
        <p className={frame.eyebrow}>{t.kinds[perspective.kind]}</p>
        <h1 className={frame.title} lang={other(perspective.lang.title)}>
          {perspective.title}
        </h1>

        <dl className={styles.facts}>
          <dt>{t.published}</dt>
          <dd>
            {perspective.publishedDate ? (
              <time dateTime={perspective.publishedDate}>{formatDay(perspective.publishedDate, locale)}</time>
            ) : (
              t.undated
            )}
          </dd>
          {perspective.authors.length > 0 && (
            <>
              <dt>{t.by}</dt>
              <dd>{perspective.authors.join(', ')}</dd>
            </>
          )}
          {perspective.sessions.length > 0 && (
            <>
              <dt>{t.fromTheSession}</dt>
              <dd>
                {perspective.sessions.map((session, index) => (
                  <span key={`${session.year}-${session.slug}`}>
                    {index > 0 && ', '}
                    <Link href={href(routes.session(session.year, session.slug))}>{session.title}</Link> ({session.year})
                  </span>
                ))}
              </dd>
            </>
          )}
          {(source.name || sourceUrl) && (
            <>
              <dt>{t.source}</dt>
              <dd>
                {sourceUrl ? (
                  <a href={sourceUrl} rel="noopener noreferrer">
                    {source.name || new URL(sourceUrl).hostname}
                  </a>
                ) : (
                  source.name
                )}
              </dd>
            </>
          )}
        </dl>

        {perspective.summary && (
          <section aria-labelledby="summary" className={styles.section}>
            <h2 id="summary">{t.summary}</h2>
            <p className={styles.lead} lang={other(perspective.lang.summary)}>
              {perspective.summary}
            </p>
          </section>
        )}

        {perspective.people.length > 0 && (
          <section aria-labelledby="people" className={styles.section}>
            <h2 id="people">{t.peopleNamed}</h2>
            <p className={styles.note}>{t.peopleNamedNote}</p>
            <ul className={styles.people}>
              {perspective.people.map((person, index) => (
                <li key={`${person.name}-${index}`}>
                  <strong>{person.name}</strong>
                  {person.role && <span>{person.role}</span>}
                  {person.affiliation && <span>{person.affiliation}</span>}
                </li>
              ))}
            </ul>
          </section>
        )}

        {(perspective.body?.root?.children?.length ?? 0) > 0 && (
          <section aria-labelledby="body" className={styles.section}>
            {/* Rich text headings start at h3: this hidden h2 keeps the outline without a visible label. */}
            <h2 id="body" className={styles.visuallyHidden}>
              {t.bodyHeading[perspective.kind]}
            </h2>
            <div lang={other(perspective.lang.body)}>
              <RichText value={perspective.body} className={styles.body} />
            </div>
          </section>
        )}

        {perspective.themes.length > 0 && (
          <section aria-labelledby="themes" className={styles.section}>
            <h2 id="themes">{t.themes}</h2>
            <ul className={styles.themes}>
              {perspective.themes.map((theme) => (
                <li key={theme.id}>
                  <Link href={href(theme.year === null ? routes.perspectivesByTheme(theme.slug) : routes.theme(theme.year, theme.slug))}>
                    {theme.title}
                    {theme.year !== null && perspective.themes.some((o) => o.slug === theme.slug && o.id !== theme.id)
                      ? ` (${t.themeOfEdition(theme.year)})`
                      : ''}
                  </Link>
                </li>
              ))}
            </ul>
          </section>
        )}
      </article>
    </PublicPage>
  )
}

function truncate(text: string | null, max: number): string | null {
  if (!text) return null
  if (text.length <= max) return text
  const cut = text.slice(0, max - 1)
  return `${cut.slice(0, cut.lastIndexOf(' ') > max / 2 ? cut.lastIndexOf(' ') : cut.length)}…`
}
