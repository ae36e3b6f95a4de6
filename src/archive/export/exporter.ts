import fs from 'node:fs'
import path from 'node:path'

import type { FetchPage } from '../../platform/publish/publisher'
import type { StartProgress } from '../../platform/progress/progress'
import { rewriteCss, rewriteHtml } from './html'
import { citationCff, metadataJson, type ArchiveMetadata } from './citation'
import { renderIndex } from './indexPage'
import { writeManifest } from './manifest'
import { assetSource, editionPath, fileForPath, type Scope } from './paths'

/**
 * Crawls one edition through a page source and writes the static archive (see ./paths.ts for the
 * layout). The command's source is the published site (src/platform/publish/publishedSource.ts): each
 * page is published as the live site serves it, then read back and made relative, so the archive is
 * what the site served. Starts at the edition page in English and French, follows every link that stays in
 * the edition, and tries the programme and its feeds at their known addresses (a 404 there only means
 * the app does not serve them).
 */

export type ExportOptions = {
  /** Answers a path (with its query) as the site does, redirects followed. */
  source: FetchPage
  /** The app's origin: links in its pages are resolved against it. */
  origin: string
  scope: Scope
  outDir: string
  liveSite: string
  /** The edition's public content (content.json). */
  content: unknown
  title: string
  /** What CITATION.cff and metadata.json say; without it they are not written. */
  metadata?: ArchiveMetadata
  log?: (line: string) => void
  /** Started with the pages known at first; the total grows as the crawl finds pages and files. */
  progress?: StartProgress
}

export type ExportReport = {
  pages: string[]
  files: number
  bytes: number
  ms: number
  internalLinks: number
  outboundLinks: number
  feeds: string[]
  broken: Array<{ path: string; status: number; from: string }>
  /** Links kept to places outside the archive, also listed in manifest.json. */
  externalLinks: string[]
  /** Site paths of other editions this archive links to (in their archives beside it). */
  otherEditions: string[]
}

/** Known addresses of the programme (page and feeds); optional: tried, a 404 is fine. */
function optionalPaths(year: number): string[] {
  const base = `/editions/${year}/programme`
  return [base, `/fr${base}`, `${base}.ics`, `${base}.json`, `/fr${base}.ics`, `/fr${base}.json`]
}

export async function exportEdition(options: ExportOptions): Promise<ExportReport> {
  const started = Date.now()
  const { source: fetchPage, scope, outDir, liveSite } = options
  const log = options.log ?? (() => {})
  const origin = new URL(options.origin)
  const written = new Map<string, number>()
  const write = (file: string, data: string | Buffer) => {
    const target = path.join(outDir, file)
    fs.mkdirSync(path.dirname(target), { recursive: true })
    fs.writeFileSync(target, data)
    written.set(file, Buffer.byteLength(data))
  }

  const report: ExportReport = {
    pages: [],
    files: 0,
    bytes: 0,
    ms: 0,
    internalLinks: 0,
    outboundLinks: 0,
    feeds: [],
    broken: [],
    externalLinks: [],
    otherEditions: [],
  }
  const external = new Set<string>()
  const otherEditions = new Set<string>()
  const queue: Array<{ path: string; from: string; optional: boolean }> = [
    { path: `/editions/${scope.year}`, from: '(start)', optional: false },
    { path: `/fr/editions/${scope.year}`, from: '(start)', optional: false },
    ...optionalPaths(scope.year).map((p) => ({ path: p, from: '(known programme address)', optional: true })),
  ]
  const seen = new Set<string>()
  const assets = new Map<string, URL>()
  // What the crawl has found so far (pages and files), for the progress bar's total.
  const found = new Set<string>()
  const find = (key: string | null): number => (key === null || found.has(key) ? 0 : (found.add(key), 1))
  const bar = options.progress?.(queue.reduce((count, item) => count + find(editionPath(item.path, scope)), 0))

  while (queue.length > 0) {
    const item = queue.shift()!
    const inside = editionPath(item.path, scope)
    if (inside === null || seen.has(inside)) continue
    seen.add(inside)
    bar?.tick()
    const url = new URL(inside, origin)
    const response = await fetchPage(`${url.pathname}${url.search}`)
    if (response.status !== 200) {
      if (!(item.optional && response.status === 404)) report.broken.push({ path: inside, status: response.status, from: item.from })
      continue
    }
    const file = fileForPath(inside)
    const type = response.headers.get('content-type') ?? ''
    if (!type.includes('text/html')) {
      write(file, response.body)
      report.feeds.push(file)
      log(`file   ${file}`)
      continue
    }
    const result = rewriteHtml(response.body.toString('utf8'), { pageUrl: url, pageFile: file, scope, liveSite })
    write(file, result.html)
    report.pages.push(file)
    report.internalLinks += result.links.length
    report.outboundLinks += result.outbound
    for (const link of result.external) external.add(link)
    for (const link of result.otherEditions) otherEditions.add(link)
    log(`page   ${file}`)
    for (const link of result.links) {
      queue.push({ path: link, from: inside, optional: false })
      bar?.addToTotal(find(editionPath(link, scope)))
    }
    for (const asset of result.assets) {
      assets.set(asset.file, asset.url)
      bar?.addToTotal(find(`asset:${asset.file}`))
    }
  }

  // Stylesheets (and what they reference), icons, media.
  const fetchedAssets = new Set<string>()
  const pending = [...assets.entries()]
  while (pending.length > 0) {
    const [file, url] = pending.shift()!
    if (fetchedAssets.has(file)) continue
    fetchedAssets.add(file)
    bar?.tick()
    const source = assetSource(url)
    const response = await fetchPage(`${source.pathname}${source.search}`)
    if (response.status !== 200) {
      report.broken.push({ path: source.pathname, status: response.status, from: '(asset)' })
      continue
    }
    if (file.endsWith('.css')) {
      const css = rewriteCss(response.body.toString('utf8'), source, file)
      write(file, css.css)
      for (const asset of css.assets) {
        pending.push([asset.file, asset.url])
        bar?.addToTotal(find(`asset:${asset.file}`))
      }
    } else {
      write(file, response.body)
    }
  }

  write('content.json', `${JSON.stringify(options.content, null, 2)}\n`)
  const titles = report.pages.map((page) => ({ file: page, title: pageTitle(fs.readFileSync(path.join(outDir, page), 'utf8')) }))
  // The crawl order depends on the server's answers; the index lists pages in a fixed order.
  titles.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0))
  write(
    'index.html',
    renderIndex({
      title: options.title,
      year: scope.year,
      pages: titles,
      feeds: [...report.feeds].sort(),
      liveSite,
      citation: Boolean(options.metadata),
      contentDate: newestChange(options.content),
    }),
  )
  if (options.metadata) {
    write('CITATION.cff', citationCff(options.metadata))
    write('metadata.json', metadataJson(options.metadata))
  }
  // Last: the SHA-256 of every file written above.
  report.externalLinks = [...external].sort()
  report.otherEditions = [...otherEditions].sort()
  writeManifest(outDir, report.externalLinks)

  report.files = written.size
  report.bytes = [...written.values()].reduce((sum, size) => sum + size, 0)
  report.ms = Date.now() - started
  return report
}

/** The newest `updatedAt` anywhere in the content: the date the archived content was last changed. */
export function newestChange(content: unknown): string | null {
  let newest: string | null = null
  const visit = (value: unknown) => {
    if (Array.isArray(value)) return value.forEach(visit)
    if (value === null || typeof value !== 'object') return
    for (const [key, inner] of Object.entries(value)) {
      if (key === 'updatedAt' && typeof inner === 'string' && (newest === null || inner > newest)) newest = inner
      else visit(inner)
    }
  }
  visit(content)
  return newest
}

function pageTitle(html: string): string {
  const match = html.match(/<title[^>]*>([\s\S]*?)<\/title>/i)
  return match ? match[1]!.trim() : ''
}
