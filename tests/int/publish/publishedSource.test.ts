import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { exportEdition } from '../../../src/archive/export/exporter'
import type { FetchedPage } from '../../../src/platform/publish/publisher'
import { publishedSource, type PublishedSource } from '../../../src/platform/publish/publishedSource'

/**
 * The published site as a page source (what archive:export reads): a fake production server (a map of
 * path → answer, no HTTP) and a temporary publish folder. A page the publisher publishes is answered from
 * the file it wrote; what it leaves to the app is answered as the app answered; redirects are followed.
 */
const ORIGIN = 'http://127.0.0.1:3999'
const STRIPPED = "default-src 'self'; script-src 'none'"
const FRAMING = "default-src 'self'; script-src 'none'; frame-src https://player.vimeo.com"

type Answer = { status?: number; type?: string; csp?: string; location?: string; body?: string }

function fakeApp(site: Record<string, Answer>, calls: string[]) {
  return async (urlPath: string): Promise<FetchedPage> => {
    calls.push(urlPath)
    const entry = site[urlPath] ?? { status: 404, type: 'text/html; charset=utf-8', body: 'not found' }
    const headers = new Headers({ 'content-type': entry.type ?? 'text/html; charset=utf-8' })
    if (entry.csp) headers.set('content-security-policy', entry.csp)
    if (entry.location) headers.set('location', entry.location)
    return { status: entry.status ?? 200, headers, body: Buffer.from(entry.body ?? '') }
  }
}

const html = (title: string, links: string[] = []) =>
  `<!doctype html><html><head><title>${title}</title><link rel="stylesheet" href="/_next/static/css/site.css"></head>` +
  `<body><main><h1>${title}</h1>${links.map((href) => `<a href="${href}">${href}</a>`).join('')}</main></body></html>`

const sampleSite = (): Record<string, Answer> => ({
  '/editions/2071': { csp: STRIPPED, body: html('Sample edition 2071', ['/editions/2071/recorded', '/editions/2071/moved']) },
  '/fr/editions/2071': { csp: STRIPPED, body: html('Exemple 2071') },
  // Frames a recording: keeps its own CSP, so the publisher leaves it to the app.
  '/editions/2071/recorded': { csp: FRAMING, body: html('Sample recorded session') },
  '/editions/2071/moved': { status: 308, location: '/editions/2071/speakers', body: '' },
  '/editions/2071/speakers': { csp: STRIPPED, body: html('Sample speakers') },
  '/editions/2071/broken': { status: 500, body: 'Internal Server Error' },
  '/editions/2071/loop': { status: 307, location: '/editions/2071/loop' },
  '/editions/2071/away': { status: 302, location: 'https://elsewhere.example/page' },
  '/_next/static/css/site.css': { type: 'text/css; charset=utf-8', body: 'body{color:#111}' },
  '/api/media/file/sample.png': { type: 'image/png', body: 'PNG' },
})

let SITE: Record<string, Answer>
let dir: string
let calls: string[]
let logs: string[]
let source: PublishedSource

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'commons-hub-published-source-'))
  calls = []
  logs = []
  SITE = sampleSite()
  source = publishedSource({ dir, fetchPage: fakeApp(SITE, calls), origin: ORIGIN, log: (line) => logs.push(line) })
})
afterEach(() => {
  source.close()
  fs.rmSync(dir, { recursive: true, force: true })
})

it('answers a published page from the file the publisher wrote, typed as nginx types it', async () => {
  const page = await source.fetchPage('/editions/2071')
  const file = path.join(dir, 'editions/2071/index.html')
  expect(page.status).toBe(200)
  expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8')
  // The file's answer, not the app's: nginx sets its own fixed headers for files.
  expect(page.headers.get('content-security-policy')).toBeNull()
  expect(fs.readFileSync(file, 'utf8')).toBe(SITE['/editions/2071']!.body)
  expect(page.body.equals(fs.readFileSync(file))).toBe(true)
  // Asked again (a second export into the live folder): the identical file is left as it was.
  const { ino, mtimeMs } = fs.statSync(file)
  expect((await source.fetchPage('/editions/2071')).body.equals(page.body)).toBe(true)
  expect(fs.statSync(file)).toMatchObject({ ino, mtimeMs })
  const css = await source.fetchPage('/_next/static/css/site.css')
  expect(css.headers.get('content-type')).toBe('text/css; charset=utf-8')
  expect(fs.readFileSync(path.join(dir, '_next/static/css/site.css'), 'utf8')).toBe('body{color:#111}')
  expect(calls).toEqual(['/editions/2071', '/editions/2071', '/_next/static/css/site.css'])
})

it('answers a page the publisher leaves to the app as the app answered it, once, and writes no file for it', async () => {
  const page = await source.fetchPage('/editions/2071/recorded')
  expect(page.status).toBe(200)
  expect(page.headers.get('content-security-policy')).toBe(FRAMING)
  expect(page.body.toString()).toBe(SITE['/editions/2071/recorded']!.body)
  expect(fs.existsSync(path.join(dir, 'editions/2071/recorded/index.html'))).toBe(false)
  const missing = await source.fetchPage('/editions/2071/nowhere')
  expect(missing.status).toBe(404)
  // Uploads are the app's (nginx sends /api to it): answered, never written into the publish folder.
  const media = await source.fetchPage('/api/media/file/sample.png')
  expect(media.body.toString()).toBe('PNG')
  expect(fs.existsSync(path.join(dir, 'api'))).toBe(false)
  expect(calls).toEqual(['/editions/2071/recorded', '/editions/2071/nowhere', '/api/media/file/sample.png'])
})

it('follows a redirect to the page it leads to, published; a loop or a redirect off the site stops', async () => {
  const page = await source.fetchPage('/editions/2071/moved')
  expect(page.status).toBe(200)
  expect(page.body.toString()).toBe(SITE['/editions/2071/speakers']!.body)
  expect(fs.existsSync(path.join(dir, 'editions/2071/speakers/index.html'))).toBe(true)
  expect(fs.existsSync(path.join(dir, 'editions/2071/moved/index.html'))).toBe(false)

  calls.length = 0
  const loop = await source.fetchPage('/editions/2071/loop')
  expect(loop.status).toBe(307)
  expect(calls).toHaveLength(6)
  const away = await source.fetchPage('/editions/2071/away')
  expect(away.status).toBe(302)
  expect(away.headers.get('location')).toBe('https://elsewhere.example/page')
})

it('answers a failed render (5xx) with its status and keeps the previous file; the export counts it as broken', async () => {
  fs.mkdirSync(path.join(dir, 'editions/2071/broken'), { recursive: true })
  fs.writeFileSync(path.join(dir, 'editions/2071/broken/index.html'), 'previous')
  const failed = await source.fetchPage('/editions/2071/broken')
  expect(failed.status).toBe(500)
  expect(fs.readFileSync(path.join(dir, 'editions/2071/broken/index.html'), 'utf8')).toBe('previous')
  expect(logs).toEqual([expect.stringMatching(/^publish: \/editions\/2071\/broken failed \(HTTP 500\)/)])

  const out = fs.mkdtempSync(path.join(os.tmpdir(), 'commons-hub-published-export-'))
  try {
    SITE['/editions/2071']!.body = html('Sample edition 2071', ['/editions/2071/broken'])
    const report = await exportEdition({
      source: source.fetchPage,
      origin: ORIGIN,
      scope: { year: 2071 },
      outDir: out,
      liveSite: 'https://commons-ai.example',
      content: {},
      title: 'Sample edition 2071',
    })
    expect(report.broken).toContainEqual({ path: '/editions/2071/broken', status: 500, from: '/editions/2071' })
    expect(fs.existsSync(path.join(out, 'editions/2071/broken/index.html'))).toBe(false)
    expect(logs).toHaveLength(2)
    // The archived page is the published file, made relative.
    const archived = fs.readFileSync(path.join(out, 'editions/2071/index.html'), 'utf8')
    const published = fs.readFileSync(path.join(dir, 'editions/2071/index.html'), 'utf8')
    expect(archived).toContain('<h1>Sample edition 2071</h1>')
    expect(archived).toContain('href="broken/index.html"')
    expect(published).toContain('href="/editions/2071/broken"')
    expect(archived.replace('href="broken/index.html"', 'href="/editions/2071/broken"')).toBe(
      published.replace('href="/_next/static/css/site.css"', 'href="../../assets/css/site.css"'),
    )
  } finally {
    fs.rmSync(out, { recursive: true, force: true })
  }
})
