/**
 * Which URLs the publish folder holds, and which of them a content change affects. Pure functions.
 *
 * The list starts from the sitemap (every public page, both languages) and adds what the sitemap does
 * not name: /editions/<year> of the current edition (its canonical address is /), the programme feeds
 * of every edition, the .ics of every session, robots.txt and the sitemap itself. Social images are
 * found in the pages' og:image tags while publishing.
 */
import { cacheTags } from '../cache/cacheTags'

export const SITEMAP_PATH = '/sitemap.xml'

/** The paths (no origin) of the <loc> entries of a sitemap. */
export function sitemapPaths(xml: string): string[] {
  const paths: string[] = []
  for (const match of xml.matchAll(/<loc>\s*([^<\s]+)\s*<\/loc>/g)) {
    const loc = decodeXml(match[1]!)
    try {
      paths.push(new URL(loc, 'http://site.invalid').pathname)
    } catch {
      // not a URL: skip
    }
  }
  return [...new Set(paths)]
}

function decodeXml(text: string): string {
  return text
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
}

/** Every path to publish, from the sitemap's paths. */
export function publicPaths(fromSitemap: string[]): string[] {
  const paths = new Set<string>(['/', '/fr', ...fromSitemap])
  const years = new Set<string>()
  for (const p of fromSitemap) {
    const year = p.match(/^(?:\/fr)?\/editions\/(\d{4})(?:\/|$)/)?.[1]
    if (year) years.add(year)
  }
  for (const year of years) {
    paths.add(`/editions/${year}`)
    paths.add(`/fr/editions/${year}`)
    for (const suffix of ['', '.fr']) {
      paths.add(`/editions/${year}/programme${suffix}.ics`)
      paths.add(`/editions/${year}/programme${suffix}.json`)
    }
  }
  for (const p of fromSitemap) {
    const session = p.match(/^\/editions\/(\d{4})\/programme\/([^/]+)$/)
    if (session && session[2] !== 'themes') {
      paths.add(`${p}.ics`)
      paths.add(`${p}.fr.ics`)
    }
  }
  paths.add('/robots.txt')
  paths.add(SITEMAP_PATH)
  return [...paths]
}

/**
 * What a page or stylesheet links to that must be published with it: its social card (og:image) and
 * Next's content-hashed build assets (CSS, fonts), so the site keeps its looks with the app stopped.
 */
export function linkedPaths(text: string): string[] {
  const found = new Set<string>(ogImagePaths(text))
  for (const match of text.matchAll(/\/_next\/static\/[A-Za-z0-9._~\/-]+/g)) found.add(match[0])
  return [...found]
}

/** The path of every og:image of an HTML page (social cards are published beside the pages). */
function ogImagePaths(html: string): string[] {
  const found = new Set<string>()
  for (const match of html.matchAll(/<meta\b[^>]*\bproperty="og:image"[^>]*>/g)) {
    const content = match[0].match(/\bcontent="([^"]+)"/)?.[1]
    if (!content) continue
    try {
      found.add(new URL(decodeXml(content), 'http://site.invalid').pathname)
    } catch {
      // not a URL: skip
    }
  }
  return [...found]
}

const PERSPECTIVE_PAGE = /^\/perspectives\/(?!themes(?:\/|$))[^/]+$/

/** The path without its /fr prefix: what the content tags speak about. */
function basePath(p: string): string {
  if (p === '/fr') return '/'
  return p.startsWith('/fr/') ? p.slice(3) : p
}

/**
 * The paths a set of expired cache tags affects, most visible first (the home pages). Errs on the side
 * of too many: a page whose data did not change is answered from Next's render cache in a few ms and
 * its file is left alone when identical. Mirrors the tags the readers use (src/editions/cachedContent.ts,
 * src/perspectives/cachedPerspectives.ts, src/programme/cached.ts): site settings and the editions list feed every page's chrome; perspective
 * data appears on edition pages and the home page; an edition's data on its pages, the home page, the
 * editions list and the perspectives (filtered by its themes).
 */
export function pathsForTags(tags: Iterable<string>, all: string[]): string[] {
  const list = [...new Set(tags)]
  const everything =
    list.includes(cacheTags.siteSettings()) ||
    list.includes(cacheTags.editionsList()) ||
    list.includes(cacheTags.perspectives()) ||
    list.some((tag) => tag.startsWith('perspective:'))
  const years = new Set<string>()
  const editionYears = new Set<string>()
  for (const tag of list) {
    const edition = tag.match(/^edition:(\d+)$/)?.[1]
    const programme = tag.match(/^programme:(\d+)$/)?.[1]
    if (edition) {
      years.add(edition)
      editionYears.add(edition)
    }
    if (programme) years.add(programme)
  }
  const selected = all.filter((p) => {
    if (everything) return true
    const base = basePath(p)
    if (base === '/' || base === '/editions' || base === SITEMAP_PATH) return years.size > 0
    if (editionYears.size > 0 && base.startsWith('/perspectives')) return true
    // A perspective's own page names the sessions that link it ("From the session …").
    if (years.size > 0 && PERSPECTIVE_PAGE.test(base)) return true
    if (/opengraph-image$/.test(base) && years.size > 0 && !base.startsWith('/editions/')) return true
    const year = base.match(/^\/editions\/(\d{4})(?:[/.]|$)/)?.[1]
    return year !== undefined && years.has(year)
  })
  const rank = (p: string) => (basePath(p) === '/' ? 0 : p === SITEMAP_PATH ? 2 : 1)
  return selected.sort((a, b) => rank(a) - rank(b))
}
