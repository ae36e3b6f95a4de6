import type { MetadataRoute } from 'next'

import { getCurrentEditionYear, getEditionPage, getEditionsList } from '@/editions/cachedContent'
import { getPerspectives, getPerspectiveThemes } from '@/perspectives/cachedPerspectives'
import { LOCALES } from '@/platform/i18n'
import { absoluteUrl, canonicalEditionPath, routes } from '@/platform/routes'
import { getProgramme } from '@/programme/cached'
import { themesInUse } from '@/programme/schedule'

/**
 * /sitemap.xml: every public page, in English and French, each with its hreflang alternates.
 * Rendered on request (the build has no database) from the cached, tagged readers, so it is
 * as cheap as a cached page and follows editors' changes as the pages do.
 */
export const dynamic = 'force-dynamic'

type Page = { path: string; lastModified?: string }

export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const [editions, currentYear, perspectives, themes] = await Promise.all([
    getEditionsList('en'),
    getCurrentEditionYear(),
    getPerspectives('en'),
    getPerspectiveThemes('en'),
  ])
  const editionPages = await Promise.all(editions.map((edition) => getEditionPage(edition.year, 'en')))
  const programmes = await Promise.all(editions.map((edition) => getProgramme(edition.year, 'en')))

  const pages: Page[] = [{ path: routes.home() }, { path: routes.editions() }]
  for (const page of editionPages) {
    if (!page) continue
    const year = page.edition.year
    pages.push({ path: canonicalEditionPath(year, currentYear), lastModified: page.edition.updatedAt })
    for (const theme of page.themes) pages.push({ path: routes.theme(year, theme.slug), lastModified: theme.updatedAt })
    pages.push({ path: routes.committee(year) }, { path: routes.speakers(year) })
    for (const speaker of page.speakers) {
      pages.push({ path: routes.speaker(year, speaker.slug), lastModified: speaker.updatedAt })
    }
    const sessions = programmes.find((programme) => programme?.edition.year === year)?.sessions ?? []
    pages.push({ path: routes.programme(year), lastModified: latest(sessions.map((session) => session.updatedAt)) })
    for (const session of sessions) pages.push({ path: routes.session(year, session.slug), lastModified: session.updatedAt })
    for (const theme of themesInUse(sessions)) pages.push({ path: routes.programmeByTheme(year, theme.slug) })
  }
  pages.push({ path: routes.perspectives() })
  for (const perspective of perspectives) {
    pages.push({ path: routes.perspective(perspective.slug), lastModified: perspective.updatedAt })
  }
  for (const theme of themes) pages.push({ path: routes.perspectivesByTheme(theme.slug) })

  // One entry per path (the current edition's page is the home page), with its latest change.
  const byPath = new Map<string, string | undefined>()
  for (const { path, lastModified } of pages) {
    const known = byPath.get(path)
    byPath.set(path, known && lastModified ? (known > lastModified ? known : lastModified) : (known ?? lastModified))
  }
  return [...byPath].flatMap(([path, lastModified]) =>
    LOCALES.map((locale) => ({
      url: absoluteUrl(locale, path),
      ...(lastModified ? { lastModified } : {}),
      alternates: {
        languages: {
          en: absoluteUrl('en', path),
          fr: absoluteUrl('fr', path),
          'x-default': absoluteUrl('en', path),
        },
      },
    })),
  )
}

/** The most recent of ISO dates (undefined for none). */
function latest(dates: string[]): string | undefined {
  return dates.reduce<string | undefined>((max, date) => (max && max > date ? max : date), undefined)
}
