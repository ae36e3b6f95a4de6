import path from 'node:path'

/**
 * Where each URL of the app goes in a static archive of one edition, and how one archived file links
 * to another. Pure functions (tested in tests/int/archive/archiveExport.test.ts).
 *
 * Layout of an archive folder:
 *   index.html                          the archive's own index (both languages)
 *   content.json                        the edition's public content
 *   editions/2025/index.html            /editions/2025 (English at the root, as on the site)
 *   editions/2025/themes/x/index.html   /editions/2025/themes/x
 *   fr/editions/2025/…/index.html       the French pages
 *   editions/2025/programme.ics         files the app serves inside the edition (feeds)
 *   assets/…                            CSS (from /_next/static) and icons
 *   media/…                             uploaded images, in their original size
 *   slides/…                            sessions' slides (PDF files uploaded to the site)
 *   editions/index.html                 /editions, the list of editions the header links to (with includeSitePages)
 *   perspectives/…/index.html           /perspectives, its theme filters and every perspective it lists (with includePerspectives)
 *   manifest.json, CITATION.cff, metadata.json   checksums and citation (see ./manifest.ts, ./citation.ts)
 * Every link is relative and names `index.html` explicitly, so the folder works from file:// too.
 *
 * Archives of several editions sit side by side, each in a folder named by its year (`archives/2025/`,
 * `archives/2026/`): a link to another edition goes to that edition's archive there
 * (`../2025/editions/2025/index.html` from the root of the 2026 archive), so archives link to each other
 * without the live site. The site's home leads to the current edition's archive (or to this archive's index).
 */

export type Scope = {
  year: number
  /** Paths that show the edition under another address: '/' and '/fr' when it is the current edition. */
  aliases?: Record<string, string>
  /**
   * Whether the perspective pages the archive links to (/perspectives, its theme filters and single
   * perspectives, both languages) are archived with it, so its readings do not break when the site goes.
   */
  includePerspectives?: boolean
  /** Whether the list of editions (/editions, /fr/editions), which the header links to, is archived with it. */
  includeSitePages?: boolean
  /** The current edition's year, where the site's home ('/', '/fr') leads when it is not an alias; null: none. */
  currentYear?: number | null
}

const PERSPECTIVE_PAGE = /^(\/fr)?\/perspectives(\/themes\/[^/.]+|\/(?!themes$)[^/.]+)?$/
const EDITIONS_LIST = /^(\/fr)?\/editions$/
const OTHER_EDITION = /^(\/fr)?\/editions\/(\d{4})(?=$|[/.])/

/** '/en/x/' → '/x'; '' → '/'. English lives at the root of the site (src/proxy.ts). */
export function normalisePath(pathname: string): string {
  let p = pathname.replace(/\/{2,}/g, '/')
  if (p === '/en' || p.startsWith('/en/')) p = p.slice(3) || '/'
  if (p.length > 1 && p.endsWith('/')) p = p.slice(0, -1)
  return p === '' ? '/' : p
}

/** The edition's own path of a (normalised) path, following the aliases; null when it is outside the edition. */
export function editionPath(pathname: string, scope: Scope): string | null {
  const p = normalisePath(pathname)
  const aliased = scope.aliases?.[p] ?? p
  const prefix = `/editions/${scope.year}`
  for (const root of [prefix, `/fr${prefix}`]) {
    if (aliased === root || aliased.startsWith(`${root}/`) || aliased.startsWith(`${root}.`)) return aliased
  }
  if (scope.includePerspectives && PERSPECTIVE_PAGE.test(aliased)) return aliased
  if (scope.includeSitePages && EDITIONS_LIST.test(aliased)) return aliased
  return null
}

/**
 * Where a path outside this archive leads among archives: another edition's page (in that edition's
 * archive, see the layout above), or this archive's index for the home page when no edition is current.
 * Null: nowhere among archives (the live site only).
 */
export function archiveTarget(pathname: string, scope: Scope): { year: number; file: string } | { index: true } | null {
  const p = normalisePath(pathname)
  if (p === '/' || p === '/fr') {
    if (scope.currentYear === null || scope.currentYear === undefined || scope.currentYear === scope.year) return { index: true }
    return { year: scope.currentYear, file: fileForPath(`${p === '/' ? '' : '/fr'}/editions/${scope.currentYear}`) }
  }
  const match = p.match(OTHER_EDITION)
  if (!match || Number(match[2]) === scope.year) return null
  return { year: Number(match[2]), file: fileForPath(p) }
}

/** A relative link from a file of this archive to a file of another edition's archive beside it. */
export function siblingArchiveLink(fromFile: string, year: number, toFile: string, hash = ''): string {
  const depth = path.posix.dirname(fromFile) === '.' ? 0 : path.posix.dirname(fromFile).split('/').length
  return `${'../'.repeat(depth)}../${year}/${toFile}${hash}`
}

export function hasFileExtension(pathname: string): boolean {
  return /\.[a-z0-9]{1,8}$/i.test(path.posix.basename(pathname))
}

/** The archive file of an edition path: a page becomes a directory's index.html, a file keeps its name. */
export function fileForPath(editionPathname: string): string {
  const p = editionPathname.replace(/^\/+/, '')
  if (hasFileExtension(editionPathname)) return safe(p)
  return safe(p === '' ? 'index.html' : `${p}/index.html`)
}

/** The archive file of an asset URL (CSS, icon, image), or null when it is not an asset of the app. */
export function assetFile(url: URL): string | null {
  const pathname = decodeURIComponent(url.pathname)
  if (pathname === '/_next/image') {
    const original = url.searchParams.get('url')
    if (!original) return null
    return assetFile(new URL(original, url))
  }
  if (pathname.startsWith('/_next/static/')) return safe(`assets/${pathname.slice('/_next/static/'.length)}`)
  if (pathname.startsWith('/api/media/file/')) return safe(`media/${pathname.slice('/api/media/file/'.length)}`)
  if (pathname.startsWith('/media/')) return safe(`media/${pathname.slice('/media/'.length)}`)
  if (pathname.startsWith('/api/slides/file/')) return safe(`slides/${pathname.slice('/api/slides/file/'.length)}`)
  // Root files such as /icon.svg, /favicon.ico.
  if (/^\/[^/]+\.(svg|ico|png|jpe?g|webp|avif|gif|css|woff2?)$/i.test(pathname)) return safe(`assets${pathname}`)
  return null
}

/** The URL to download for an asset: next/image URLs are replaced by their original file. */
export function assetSource(url: URL): URL {
  if (url.pathname === '/_next/image') {
    const original = url.searchParams.get('url')
    if (original) return new URL(original, url)
  }
  return new URL(url.pathname, url)
}

/** A relative link from one archive file to another (both relative to the archive root). */
export function relativeLink(fromFile: string, toFile: string, hash = ''): string {
  const from = path.posix.dirname(fromFile)
  const rel = path.posix.relative(from, toFile)
  return `${rel === '' ? path.posix.basename(toFile) : rel}${hash}`
}

/** No '..', no absolute paths, no odd characters in a file name taken from a URL. */
function safe(relative: string): string {
  const cleaned = relative
    .split('/')
    .filter((part) => part !== '' && part !== '.' && part !== '..')
    .map((part) => part.replace(/[^\p{L}\p{N}._@+-]/gu, '_'))
    .join('/')
  if (cleaned === '') throw new Error(`Not a file path: ${relative}`)
  return cleaned
}
