import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { gunzipSync } from 'node:zlib'

import { fileForPath, writeFileAtomic } from '../../../src/platform/publish/files'
import { pathsForTags, publicPaths, sitemapPaths } from '../../../src/platform/publish/paths'
import { MANIFEST, Publisher, type FetchedPage } from '../../../src/platform/publish/publisher'

/**
 * The publisher against a fake production server: a map of path → answer. What it writes is compared
 * byte for byte with what the "server" answered.
 */
const STRIPPED_CSP = "default-src 'self'; script-src 'none'"

type Site = Map<string, { status?: number; type?: string; csp?: string | null; body: string }>

function page(body: string, extra: { status?: number; type?: string; csp?: string | null } = {}) {
  return { body, ...extra }
}

function sitemap(paths: string[]): string {
  return `<?xml version="1.0"?><urlset>${paths.map((p) => `<url><loc>https://site.example${p}</loc></url>`).join('')}</urlset>`
}

function html(title: string, og?: string): string {
  return `<!DOCTYPE html><html><head><title>${title}</title>${og ? `<meta property="og:image" content="https://site.example${og}?abc"/>` : ''}</head><body>${title}</body></html>`
}

function fakeServer(site: Site, calls: string[] = []) {
  return async (urlPath: string): Promise<FetchedPage> => {
    calls.push(urlPath)
    const entry = site.get(urlPath)
    if (!entry) return { status: 404, headers: new Headers({ 'content-type': 'text/html' }), body: Buffer.from('nope') }
    const type = entry.type ?? 'text/html; charset=utf-8'
    const headers = new Headers({ 'content-type': type })
    if (type.startsWith('text/html') && entry.csp !== null) headers.set('content-security-policy', entry.csp ?? STRIPPED_CSP)
    return { status: entry.status ?? 200, headers, body: Buffer.from(entry.body) }
  }
}

function baseSite(): Site {
  const pages = [
    '/',
    '/fr',
    '/editions',
    '/fr/editions',
    '/editions/2025',
    '/fr/editions/2025',
    '/editions/2025/programme',
    '/editions/2025/programme/opening',
    '/perspectives',
    '/fr/perspectives',
  ]
  const site: Site = new Map()
  site.set('/sitemap.xml', page(sitemap(pages.filter((p) => p !== '/editions/2025')), { type: 'application/xml' }))
  for (const p of pages) site.set(p, page(html(`page ${p}`, p === '/' ? '/opengraph-image' : undefined)))
  site.set('/opengraph-image', page('PNGDATA', { type: 'image/png' }))
  site.set('/editions/2025/programme.ics', page('BEGIN:VCALENDAR', { type: 'text/calendar' }))
  site.set('/editions/2025/programme.json', page('{"sessions":[]}', { type: 'application/json' }))
  site.set('/editions/2025/programme/opening.ics', page('BEGIN:VCALENDAR opening', { type: 'text/calendar' }))
  site.set('/robots.txt', page('User-Agent: *', { type: 'text/plain' }))
  return site
}

let dir: string
const read = (relative: string) => fs.readFileSync(path.join(dir, relative), 'utf8')
const exists = (relative: string) => fs.existsSync(path.join(dir, relative))

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'publish-test-'))
})
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }))

describe('file layout', () => {
  it('maps pages to index.html and files to their own name', () => {
    expect(fileForPath('/')).toBe('index.html')
    expect(fileForPath('/fr')).toBe('fr/index.html')
    expect(fileForPath('/fr/editions/2025/themes/open-data')).toBe('fr/editions/2025/themes/open-data/index.html')
    expect(fileForPath('/editions/2026/programme.fr.ics')).toBe('editions/2026/programme.fr.ics')
    expect(fileForPath('/sitemap.xml')).toBe('sitemap.xml')
    expect(fileForPath('/editions/2025/opengraph-image')).toBe('editions/2025/opengraph-image')
  })

  it('refuses paths that would leave the folder or hide as dot files', () => {
    expect(() => fileForPath('/editions/../../etc/passwd')).toThrow(/Refusing/)
    expect(() => fileForPath('/%2e%2e/x')).toThrow(/Refusing/)
    expect(() => fileForPath('/.publish-manifest.json')).toThrow(/Refusing/)
  })

  it('writes through a temporary file and leaves an identical file untouched', async () => {
    expect(await writeFileAtomic(dir, 'a/b/index.html', Buffer.from('one'))).toBe(true)
    const before = fs.statSync(path.join(dir, 'a/b/index.html')).mtimeMs
    await new Promise((resolve) => setTimeout(resolve, 20))
    expect(await writeFileAtomic(dir, 'a/b/index.html', Buffer.from('one'))).toBe(false)
    expect(fs.statSync(path.join(dir, 'a/b/index.html')).mtimeMs).toBe(before)
    expect(await writeFileAtomic(dir, 'a/b/index.html', Buffer.from('two'))).toBe(true)
    expect(read('a/b/index.html')).toBe('two')
    expect(fs.readdirSync(path.join(dir, 'a/b'))).toEqual(['index.html'])
  })
})

describe('which paths', () => {
  it('adds the current edition’s own address, feeds and session calendars to the sitemap', () => {
    const paths = publicPaths(
      sitemapPaths(sitemap(['/', '/editions/2026/programme', '/editions/2026/programme/keynote', '/fr/editions/2026/programme/keynote'])),
    )
    expect(paths).toEqual(
      expect.arrayContaining([
        '/editions/2026',
        '/fr/editions/2026',
        '/editions/2026/programme.ics',
        '/editions/2026/programme.fr.json',
        '/editions/2026/programme/keynote.ics',
        '/editions/2026/programme/keynote.fr.ics',
        '/sitemap.xml',
        '/robots.txt',
      ]),
    )
    expect(paths).not.toContain('/fr/editions/2026/programme/keynote.ics')
  })

  it('a programme change touches its edition and the home pages, not another edition', () => {
    const all = [
      '/',
      '/fr',
      '/editions',
      '/editions/2025',
      '/editions/2026/programme',
      '/fr/editions/2026/programme/x',
      '/perspectives',
      '/sitemap.xml',
    ]
    const chosen = pathsForTags(['programme:2026'], all)
    expect(chosen[0]).toBe('/')
    expect(chosen).toEqual(
      expect.arrayContaining(['/', '/fr', '/editions', '/editions/2026/programme', '/fr/editions/2026/programme/x', '/sitemap.xml']),
    )
    expect(chosen).not.toContain('/editions/2025')
    expect(chosen).not.toContain('/perspectives')
    // A perspective's page names the sessions that link it.
    const withPerspective = pathsForTags(['programme:2026'], [...all, '/perspectives/x', '/fr/perspectives/x', '/perspectives/themes/y'])
    expect(withPerspective).toEqual(expect.arrayContaining(['/perspectives/x', '/fr/perspectives/x']))
    expect(withPerspective).not.toContain('/perspectives/themes/y')
    expect(pathsForTags(['edition:2026'], all)).toContain('/perspectives')
    expect(pathsForTags(['site-settings'], all)).toHaveLength(all.length)
  })
})

describe('publishing', () => {
  it('writes every page, feed and social image exactly as the server answered them', async () => {
    const site = baseSite()
    const publisher = new Publisher({ dir, fetchPage: fakeServer(site), log: () => {} })
    const summary = await publisher.publishAll()
    expect(summary.failed).toBe(0)
    expect(read('index.html')).toBe(site.get('/')!.body)
    expect(read('fr/index.html')).toBe(site.get('/fr')!.body)
    expect(read('editions/2025/index.html')).toBe(site.get('/editions/2025')!.body)
    expect(read('editions/2025/programme/opening/index.html')).toBe(site.get('/editions/2025/programme/opening')!.body)
    expect(read('editions/2025/programme.ics')).toBe('BEGIN:VCALENDAR')
    expect(read('editions/2025/programme/opening.ics')).toBe('BEGIN:VCALENDAR opening')
    expect(read('opengraph-image')).toBe('PNGDATA')
    expect(read('sitemap.xml')).toBe(site.get('/sitemap.xml')!.body)
    // Feeds the app does not serve (404) leave no file.
    expect(exists('editions/2025/programme.fr.ics')).toBe(false)
    expect(exists(MANIFEST)).toBe(true)
    expect(await publisher.isEmpty()).toBe(false)
  })

  it('writes a gzip copy beside each text file worth compressing, and removes it with its page', async () => {
    const site = baseSite()
    const long = html(`long page ${'lorem ipsum '.repeat(200)}`)
    site.set('/editions/2025/programme/opening', page(long))
    site.set(
      '/editions/2025/programme.json',
      page(JSON.stringify({ sessions: Array(200).fill('sample session') }), { type: 'application/json' }),
    )
    const publisher = new Publisher({ dir, fetchPage: fakeServer(site), log: () => {} })
    await publisher.publishAll()
    const gz = (relative: string) => gunzipSync(fs.readFileSync(path.join(dir, `${relative}.gz`))).toString('utf8')
    expect(gz('editions/2025/programme/opening/index.html')).toBe(long)
    expect(gz('editions/2025/programme.json')).toBe(site.get('/editions/2025/programme.json')!.body)
    // Short files and images have none (nginx serves them as they are).
    expect(exists('index.html.gz')).toBe(false)
    expect(exists('opengraph-image.gz')).toBe(false)
    // Published again unchanged, the copy keeps its bytes and its time.
    const before = fs.statSync(path.join(dir, 'editions/2025/programme/opening/index.html.gz')).mtimeMs
    await publisher.publishAll()
    expect(fs.statSync(path.join(dir, 'editions/2025/programme/opening/index.html.gz')).mtimeMs).toBe(before)
    // A page that is gone takes its copy with it: nginx must not serve a stale compressed page.
    site.delete('/editions/2025/programme/opening')
    await publisher.publishTags(['programme:2025'])
    expect(exists('editions/2025/programme/opening/index.html')).toBe(false)
    expect(exists('editions/2025/programme/opening/index.html.gz')).toBe(false)
  })

  it('leaves pages that keep Next’s runtime to the app, and removes pages that are gone', async () => {
    const site = baseSite()
    const publisher = new Publisher({ dir, fetchPage: fakeServer(site), log: () => {} })
    await publisher.publishAll()
    expect(exists('perspectives/index.html')).toBe(true)
    // The page now needs its scripts (no no-script policy): its file goes, the app answers it.
    site.set('/perspectives', page(html('streamed'), { csp: null }))
    // A page disappears from the sitemap and answers 404.
    site.set(
      '/sitemap.xml',
      page(sitemap(['/', '/fr', '/editions', '/fr/editions', '/perspectives', '/fr/perspectives']), { type: 'application/xml' }),
    )
    site.delete('/editions/2025/programme/opening')
    // A page that frames a recording has its own frame-src, which nginx's fixed header for files lacks.
    site.set('/fr/perspectives', page(html('framed'), { csp: `${STRIPPED_CSP}; frame-src https://player.vimeo.com` }))
    const summary = await publisher.publishTags(['site-settings'])
    expect(exists('perspectives/index.html')).toBe(false)
    expect(exists('fr/perspectives/index.html')).toBe(false)
    expect(exists('editions/2025/programme/opening/index.html')).toBe(false)
    expect(summary.removed).toBeGreaterThanOrEqual(2)
  })

  it('a change publishes the pages its tags name, and only those are requested', async () => {
    const site = baseSite()
    const calls: string[] = []
    const publisher = new Publisher({ dir, fetchPage: fakeServer(site, calls), log: () => {}, settleMs: 5 })
    await publisher.publishAll()
    calls.length = 0
    site.set('/editions/2025/programme', page(html('new programme')))
    publisher.schedule(['programme:2025'])
    await publisher.idle()
    expect(read('editions/2025/programme/index.html')).toContain('new programme')
    expect(calls).toContain('/editions/2025/programme')
    expect(calls).not.toContain('/perspectives')
  })

  it('a failed render keeps the previous file, logs one line and is retried until it succeeds', async () => {
    const site = baseSite()
    const lines: string[] = []
    let failuresLeft = 0
    const server = fakeServer(site)
    const publisher = new Publisher({
      dir,
      log: (line) => lines.push(line),
      retryDelaysMs: [30, 30],
      fetchPage: async (urlPath) => {
        if (urlPath === '/editions/2025' && failuresLeft > 0) {
          failuresLeft--
          return { status: 500, headers: new Headers({ 'content-type': 'text/html' }), body: Buffer.from('<html>Internal error</html>') }
        }
        return server(urlPath)
      },
    })
    await publisher.publishAll()
    const before = read('editions/2025/index.html')

    site.set('/editions/2025', page(html('edited 2025')))
    failuresLeft = 1
    const summary = await publisher.publishTags(['edition:2025'])
    expect(summary.failed).toBe(1)
    // The reader still gets the previous page, never the error.
    expect(read('editions/2025/index.html')).toBe(before)
    expect(lines).toHaveLength(1)
    expect(lines[0]).toMatch(/^publish: \/editions\/2025 failed \(HTTP 500\); keeping the previous file, retry 1 in 30 ms$/)

    await publisher.idle()
    expect(read('editions/2025/index.html')).toContain('edited 2025')
    expect(lines).toHaveLength(1)
    publisher.close()
  })

  it('a run whose sitemap cannot be read keeps every file and is retried', async () => {
    const site = baseSite()
    const lines: string[] = []
    let down = false
    const server = fakeServer(site)
    const publisher = new Publisher({
      dir,
      log: (line) => lines.push(line),
      retryDelaysMs: [30],
      settleMs: 5,
      fetchPage: async (urlPath) => {
        if (down) throw new Error('connect ECONNREFUSED')
        return server(urlPath)
      },
    })
    await publisher.publishAll()
    down = true
    site.set('/', page(html('new home')))
    publisher.schedule(['site-settings'])
    await publisher.flush()
    expect(lines).toEqual([
      expect.stringMatching(/^publish: tags site-settings failed \(connect ECONNREFUSED\); keeping the previous files, retrying$/),
    ])
    expect(read('index.html')).toContain('page /')
    down = false
    await publisher.idle()
    expect(read('index.html')).toContain('new home')
    publisher.close()
  })
})
