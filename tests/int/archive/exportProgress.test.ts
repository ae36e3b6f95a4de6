/**
 * archive:export's progress when not on a terminal: exportEdition crawls a small stand-in site (a plain
 * HTTP server, no Payload) and reports each page and file it fetches against a total that grows as links
 * are found; the command then prints one summary line.
 */
import fs from 'node:fs'
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import os from 'node:os'
import path from 'node:path'

import { exportEdition } from '../../../src/archive/export/exporter'
import { fetchFrom } from '../../../src/platform/publish/http'
import { createProgress, type Progress } from '../../../src/platform/progress/progress'
import { progressSink } from '../helpers/progressSink'

const page = (title: string, links: string[]) =>
  `<!doctype html><html><head><title>${title}</title><link rel="stylesheet" href="/_next/static/css/site.css"></head>` +
  `<body>${links.map((href) => `<a href="${href}">${href}</a>`).join('')}</body></html>`

const SITE: Record<string, { type: string; body: string }> = {
  '/editions/2071': { type: 'text/html', body: page('Sample 2071', ['/editions/2071/speakers', '/fr/editions/2071', '/perspectives']) },
  '/fr/editions/2071': { type: 'text/html', body: page('Exemple 2071', ['/editions/2071']) },
  '/editions/2071/speakers': {
    type: 'text/html',
    body: page('Sample speakers', ['/editions/2071/speakers/a', '/editions/2071/speakers/b']),
  },
  '/editions/2071/speakers/a': { type: 'text/html', body: page('Sample speaker A', ['/editions/2071/speakers']) },
  '/editions/2071/speakers/b': { type: 'text/html', body: page('Sample speaker B', ['/editions/2071/speakers/a']) },
  '/_next/static/css/site.css': { type: 'text/css', body: 'body { background: url(/icon.svg) }' },
  '/icon.svg': { type: 'image/svg+xml', body: '<svg xmlns="http://www.w3.org/2000/svg"/>' },
}

let server: http.Server
let baseUrl: string
let out: string

beforeAll(async () => {
  server = http.createServer((req, res) => {
    const found = SITE[new URL(req.url ?? '/', 'http://x').pathname]
    res.writeHead(found ? 200 : 404, { 'content-type': found?.type ?? 'text/plain' })
    res.end(found?.body ?? 'not found')
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  out = fs.mkdtempSync(path.join(os.tmpdir(), 'archive-progress-'))
})

afterAll(async () => {
  await new Promise((resolve) => server.close(resolve))
  fs.rmSync(out, { recursive: true, force: true })
})

it('prints a plain line per page and file against a growing total, then one summary line', async () => {
  const sink = progressSink(false)
  let now = 0
  let bar: Progress | undefined
  const report = await exportEdition({
    source: (urlPath) => fetchFrom(baseUrl, urlPath),
    origin: baseUrl,
    scope: { year: 2071 },
    outDir: out,
    liveSite: 'https://commons-ai.example',
    content: {},
    title: 'Sample 2071',
    progress: (total) =>
      (bar = createProgress({ label: 'archive:export', total, stream: sink.stream, lineIntervalMs: 0, now: () => (now += 10) })),
  })
  const summary = bar!.done(`${report.pages.length} pages`)
  // 5 pages, the programme's 6 known addresses (404 here: tried, counted), the stylesheet and the icon it uses.
  const lines = sink.text().trim().split('\n')
  expect(report.pages).toHaveLength(5)
  expect(lines).toHaveLength(5 + 6 + 2 + 1)
  for (const line of lines.slice(0, -1)) expect(line).toMatch(/^archive:export: \d+\/\d+, .+ left$/)
  // At first only the start pages are known; the total grows while links are found and ends at 13.
  expect(lines[0]).toMatch(/^archive:export: 1\/8, /)
  expect(lines.at(-2)).toBe('archive:export: 13/13, 0 ms left')
  expect(lines.at(-1)).toBe(summary)
  expect(summary).toMatch(/^archive:export: 13 of 13 in \d+ ms, 5 pages$/)
  expect(sink.text()).not.toContain('\r')
})
