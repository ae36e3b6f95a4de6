import fs from 'node:fs/promises'
import path from 'node:path'

import { fileForPath } from './files'
import { Publisher, type FetchedPage, type FetchPage } from './publisher'

/**
 * The public site as nginx serves it (deploy/nginx.conf), as a page source: for each path the Publisher
 * publishes it into the publish folder, then the answer is the file it wrote, typed by its extension as
 * nginx types it. What the publisher leaves to the app (a redirect, a 404, a page that keeps its scripts
 * or frames a recording, a failed render) is answered as the app answered it; so are uploads (`/api/…`),
 * the root icons (the publisher does not keep their files up to date) and anything with a query, which
 * nginx sends to the app too. Redirects are followed here, a few hops at most.
 *
 * The archive export reads the site through it (scripts/archive-export.ts), so an archive holds the bytes
 * the site serves, made relative.
 */
export type PublishedSource = { fetchPage: FetchPage; close: () => void }

export function publishedSource(options: {
  /** The publish folder (the live PUBLISH_DIR: identical files are left alone, writes are atomic). */
  dir: string
  /** The production server, as the publisher asks it (redirects not followed). */
  fetchPage: FetchPage
  /** The app's origin, to tell its own absolute redirects from others. */
  origin: string
  log?: (line: string) => void
  maxRedirects?: number
}): PublishedSource {
  // The app's last answer for each path being published, for the paths the publisher leaves to the app.
  const answers = new Map<string, FetchedPage>()
  const publisher = new Publisher({
    dir: options.dir,
    fetchPage: async (urlPath) => {
      const page = await options.fetchPage(urlPath)
      answers.set(urlPath, page)
      return page
    },
    log: options.log,
    // One request per path: a failed render is a broken link of this run, not something to retry behind it.
    retryDelaysMs: [24 * 3600_000],
    concurrency: 1,
  })

  const once: FetchPage = async (urlPath) => {
    if (leftToApp(urlPath)) return options.fetchPage(urlPath)
    const outcome = await publisher.publishPath(urlPath)
    const answer = answers.get(urlPath)
    answers.delete(urlPath)
    if (outcome === 'written' || outcome === 'unchanged') {
      const file = fileForPath(urlPath)
      const body = await fs.readFile(path.join(options.dir, file))
      return { status: 200, headers: new Headers({ 'content-type': contentType(file) }), body }
    }
    if (!answer) throw new Error(`publish: no answer recorded for ${urlPath}`)
    return answer
  }

  return {
    fetchPage: (urlPath) => followRedirects(once, urlPath, options.origin, options.maxRedirects ?? 5),
    close: () => publisher.close(),
  }
}

async function followRedirects(fetchPage: FetchPage, urlPath: string, origin: string, hops: number): Promise<FetchedPage> {
  let current = urlPath
  for (let hop = 0; ; hop++) {
    const page = await fetchPage(current)
    const location = page.headers.get('location')
    if (page.status < 300 || page.status >= 400 || !location || hop >= hops) return page
    const target = new URL(location, new URL(current, origin))
    // A redirect off the site is answered as is: the caller sees it was not a page of the site.
    if (target.origin !== new URL(origin).origin) return page
    current = `${target.pathname}${target.search}`
  }
}

/** What nginx always passes to the app, and root files the publisher does not keep (Next's icons). */
function leftToApp(urlPath: string): boolean {
  if (urlPath.includes('?') || urlPath.startsWith('/api/')) return true
  return /^\/[^/]+\.[a-z0-9]+$/i.test(urlPath) && urlPath !== '/sitemap.xml' && urlPath !== '/robots.txt'
}

/** nginx's type for a published file (mime.types, the .ics line and charset utf-8 of deploy/nginx.conf). */
const TYPES: Record<string, string> = {
  html: 'text/html; charset=utf-8',
  css: 'text/css; charset=utf-8',
  js: 'application/javascript',
  json: 'application/json; charset=utf-8',
  xml: 'text/xml; charset=utf-8',
  txt: 'text/plain; charset=utf-8',
  ics: 'text/calendar; charset=utf-8',
  svg: 'image/svg+xml',
  png: 'image/png',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  gif: 'image/gif',
  webp: 'image/webp',
  avif: 'image/avif',
  ico: 'image/x-icon',
  woff: 'font/woff',
  woff2: 'font/woff2',
}

function contentType(file: string): string {
  const extension = path.posix.extname(file).slice(1).toLowerCase()
  // Social images are published as "opengraph-image", no extension: nginx's default type there is PNG.
  if (extension === '') return 'image/png'
  return TYPES[extension] ?? 'application/octet-stream'
}
