import {
  archiveTarget,
  assetFile,
  editionPath,
  fileForPath,
  hasFileExtension,
  normalisePath,
  relativeLink,
  siblingArchiveLink,
  type Scope,
} from './paths'

/**
 * Turns a page of the app into a page of the static archive. Pure (tested in
 * tests/int/archive/archiveExport.test.ts); the exporter downloads what it reports.
 *
 * - Next's runtime scripts go (an archive needs no JavaScript: the pages are rendered on the server);
 *   JSON-LD data stays. Preload/prefetch hints go with them.
 * - Forms go: they post to the app, which the archive must not need.
 * - Links inside the archive (the edition in both languages, its feeds, and with the scope's options the
 *   list of editions and the perspectives) become relative links to archive files.
 * - Links to other editions, and the home page, lead to those editions' archives beside this one
 *   (see ./paths.ts), so the archive stands alone when the site goes.
 * - Canonical/alternate links and social-card URLs name the live site: they say where the original is.
 *   Any other link to the app that is left (e.g. with a query) names the live site too, is listed as
 *   external, and is what `npm run archive:links` reports.
 * - Stylesheets, icons and images become relative links to downloaded files; next/image URLs are
 *   replaced by the original upload (srcset/sizes dropped).
 */

export type RewriteContext = {
  /** The URL the page was fetched from (its origin is the app's). */
  pageUrl: URL
  /** The archive file of this page. */
  pageFile: string
  scope: Scope
  /** The public site, for links that leave the edition (no trailing slash). */
  liveSite: string
}

export type RewriteResult = {
  html: string
  /** Edition paths this page links to (pages and files to archive too). */
  links: string[]
  /** App URLs of assets to download, with the archive file each goes to. */
  assets: Array<{ url: URL; file: string }>
  /** How many links now point at the live site. */
  outbound: number
  /** Every link the page keeps that leads outside the archive (listed in the manifest). */
  external: string[]
  /** Links to other editions' archives (relative, beside this one), as site paths. */
  otherEditions: string[]
}

/** The entities React writes in attribute values, decoded (the link checker reads attributes the same way). */
export const decodeEntities = (value: string) =>
  value
    .replace(/&amp;/g, '&')
    .replace(/&#x2F;/gi, '/')
    .replace(/&#39;/g, "'")
    .replace(/&quot;/g, '"')
const encodeAttr = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;')

const DROPPED_LINK_RELS = new Set(['preload', 'modulepreload', 'prefetch', 'preconnect', 'dns-prefetch', 'expect', 'manifest'])
const ASSET_LINK_RELS = new Set(['stylesheet', 'icon', 'shortcut', 'apple-touch-icon', 'mask-icon'])

function attr(tag: string, name: string): string | undefined {
  const match = tag.match(new RegExp(`\\s${name}=(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i'))
  if (!match) return undefined
  return decodeEntities(match[1] ?? match[2] ?? match[3] ?? '')
}

function setAttr(tag: string, name: string, value: string): string {
  const pattern = new RegExp(`(\\s${name}=)(?:"[^"]*"|'[^']*'|[^\\s>]+)`, 'i')
  return tag.replace(pattern, `$1"${encodeAttr(value)}"`)
}

function dropAttr(tag: string, name: string): string {
  return tag.replace(new RegExp(`\\s${name}=(?:"[^"]*"|'[^']*'|[^\\s>]+)`, 'gi'), '')
}

export function rewriteHtml(input: string, ctx: RewriteContext): RewriteResult {
  const links = new Set<string>()
  const assets = new Map<string, { url: URL; file: string }>()
  let outbound = 0
  const external = new Set<string>()
  const otherEditions = new Set<string>()
  const appOrigin = ctx.pageUrl.origin

  const live = (url: URL) => {
    outbound++
    const pathname = normalisePath(url.pathname)
    const target = `${ctx.liveSite}${pathname === '/' ? '/' : pathname}${url.search}${url.hash}`
    external.add(target)
    return target
  }
  const asAsset = (url: URL): string | null => {
    const file = assetFile(url)
    if (!file) return null
    assets.set(file, { url, file })
    return relativeLink(ctx.pageFile, file)
  }
  /** A link in an <a>: relative inside the edition, absolute to the live site outside it. */
  const rewriteLink = (raw: string): string => {
    if (/^(#|mailto:|tel:|data:|javascript:)/i.test(raw)) return raw
    let url: URL
    try {
      url = new URL(raw, ctx.pageUrl)
    } catch {
      return raw
    }
    if (url.origin !== appOrigin) {
      if (/^https?:$/.test(url.protocol)) external.add(url.href)
      return raw
    }
    const inside = editionPath(url.pathname, ctx.scope)
    if (inside !== null && !url.search) {
      links.add(inside)
      return relativeLink(ctx.pageFile, fileForPath(inside), url.hash)
    }
    const target = url.search ? null : archiveTarget(url.pathname, ctx.scope)
    if (target && 'index' in target) return relativeLink(ctx.pageFile, 'index.html', url.hash)
    if (target) {
      otherEditions.add(normalisePath(url.pathname))
      return siblingArchiveLink(ctx.pageFile, target.year, target.file, url.hash)
    }
    if (hasFileExtension(url.pathname)) {
      const asset = asAsset(url)
      if (asset) return asset
    }
    return live(url)
  }
  const absoluteLive = (raw: string): string => {
    try {
      const url = new URL(raw, ctx.pageUrl)
      return url.origin === appOrigin ? live(url) : raw
    } catch {
      return raw
    }
  }

  let html = input
    // Runtime scripts (Next's flight data, chunks, inline bootstraps); JSON-LD stays.
    .replace(/<script\b([^>]*)>[\s\S]*?<\/script>/gi, (whole, attrs: string) =>
      /type=["']?application\/ld\+json/i.test(attrs) ? whole : '',
    )
    .replace(/<noscript\b[^>]*>[\s\S]*?<\/noscript>/gi, '')
    // Forms post to the app.
    .replace(/<form\b[\s\S]*?<\/form>/gi, '')

  html = html.replace(/<link\b[^>]*>/gi, (tag) => {
    const rel = (attr(tag, 'rel') ?? '').toLowerCase().split(/\s+/)
    if (rel.some((value) => DROPPED_LINK_RELS.has(value))) return ''
    const href = attr(tag, 'href')
    if (!href) return tag
    if (rel.some((value) => ASSET_LINK_RELS.has(value))) {
      let url: URL
      try {
        url = new URL(href, ctx.pageUrl)
      } catch {
        return ''
      }
      if (url.origin !== appOrigin) return tag
      const asset = asAsset(url)
      return asset ? setAttr(tag, 'href', asset) : ''
    }
    return setAttr(tag, 'href', absoluteLive(href))
  })

  html = html.replace(/<a\b[^>]*>/gi, (tag) => {
    const href = attr(tag, 'href')
    return href === undefined ? tag : setAttr(tag, 'href', rewriteLink(href))
  })

  html = html.replace(/<(img|source)\b[^>]*>/gi, (tag, name: string) => {
    const isImg = name.toLowerCase() === 'img'
    const src = isImg ? attr(tag, 'src') : attr(tag, 'srcset')?.split(',')[0]?.trim().split(/\s+/)[0]
    let asset: string | null = null
    if (src) {
      try {
        const url = new URL(src, ctx.pageUrl)
        if (url.origin === appOrigin) asset = asAsset(url)
      } catch {
        asset = null
      }
    }
    if (!asset) return tag
    // One original file instead of next/image's resized variants.
    return isImg ? dropAttr(dropAttr(setAttr(tag, 'src', asset), 'srcset'), 'sizes') : dropAttr(setAttr(tag, 'srcset', asset), 'sizes')
  })

  // Social cards and similar metadata naming the app's URLs: the live site's.
  html = html.replace(/<meta\b[^>]*>/gi, (tag) => {
    const content = attr(tag, 'content')
    return content && content.startsWith(appOrigin) ? setAttr(tag, 'content', absoluteLive(content)) : tag
  })

  return { html, links: [...links], assets: [...assets.values()], outbound, external: [...external], otherEditions: [...otherEditions] }
}

/** url(...) references of a stylesheet, rewritten to archive files next to it. */
export function rewriteCss(css: string, cssUrl: URL, cssFile: string): { css: string; assets: Array<{ url: URL; file: string }> } {
  const assets = new Map<string, { url: URL; file: string }>()
  const out = css.replace(/url\(\s*(["']?)([^"')]+)\1\s*\)/gi, (whole, quote: string, raw: string) => {
    if (/^(data:|#)/i.test(raw)) return whole
    let url: URL
    try {
      url = new URL(raw, cssUrl)
    } catch {
      return whole
    }
    if (url.origin !== cssUrl.origin) return whole
    const file = assetFile(url)
    if (!file) return whole
    assets.set(file, { url, file })
    return `url(${quote}${relativeLink(cssFile, file)}${quote})`
  })
  return { css: out, assets: [...assets.values()] }
}
