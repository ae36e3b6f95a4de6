/**
 * The static export copies a session's uploaded slides: the exporter crawls a stand-in app (a local
 * HTTP server answering like the production server: an edition page, a session page linking its PDF
 * at /api/slides/file/…), and the archive holds the PDF under slides/, linked relatively and listed in
 * the manifest. Sample data.
 */
import fs from 'node:fs'
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import os from 'node:os'
import path from 'node:path'

import { exportEdition } from '../../../src/archive/export/exporter'
import { fetchFrom } from '../../../src/platform/publish/http'
import { verifyArchive } from '../../../src/archive/export/manifest'
import { SAMPLE_PDF as PDF } from '../../fixtures/sampleFiles'

const page = (body: string) => `<!DOCTYPE html><html><head><title>Sample</title></head><body>${body}</body></html>`

const PAGES: Record<string, { type: string; body: string | Buffer }> = {
  '/editions/2025': { type: 'text/html; charset=utf-8', body: page('<a href="/editions/2025/programme/sample-talk">Sample talk</a>') },
  '/fr/editions/2025': { type: 'text/html; charset=utf-8', body: page('<a href="/fr/editions/2025/programme/sample-talk">Exemple</a>') },
  '/editions/2025/programme/sample-talk': {
    type: 'text/html; charset=utf-8',
    body: page(
      '<h2>After the session</h2><iframe src="https://player.vimeo.com/video/76979871" title="Recording"></iframe>' +
        '<a href="https://vimeo.com/76979871">Watch the recording on vimeo.com</a>' +
        '<a href="/api/slides/file/sample-deck.pdf" type="application/pdf">Slides (PDF)</a>',
    ),
  },
  '/fr/editions/2025/programme/sample-talk': {
    type: 'text/html; charset=utf-8',
    body: page('<a href="/api/slides/file/sample-deck.pdf" type="application/pdf">Diaporama (PDF)</a>'),
  },
  '/api/slides/file/sample-deck.pdf': { type: 'application/pdf', body: PDF },
}

describe('archive export of slides', () => {
  let server: http.Server
  let baseUrl: string
  let outDir: string

  beforeAll(async () => {
    server = http.createServer((req, res) => {
      const found = PAGES[(req.url ?? '/').split('?')[0]!]
      if (!found) {
        res.writeHead(404, { 'content-type': 'text/plain' }).end('not found')
        return
      }
      res.writeHead(200, { 'content-type': found.type }).end(found.body)
    })
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
    outDir = fs.mkdtempSync(path.join(os.tmpdir(), 'commons-hub-export-slides-'))
  })

  afterAll(async () => {
    await new Promise((resolve) => server.close(resolve))
    fs.rmSync(outDir, { recursive: true, force: true })
  })

  it('writes the PDF under slides/, links it relatively from both languages and lists it in the manifest', async () => {
    const report = await exportEdition({
      source: (urlPath) => fetchFrom(baseUrl, urlPath),
      origin: baseUrl,
      scope: { year: 2025 },
      outDir,
      liveSite: 'https://commons-ai.example',
      content: { edition: { year: 2025 } },
      title: 'Sample edition 2025',
    })
    expect(report.broken).toEqual([])
    expect(fs.readFileSync(path.join(outDir, 'slides/sample-deck.pdf'))).toEqual(PDF)

    const en = fs.readFileSync(path.join(outDir, 'editions/2025/programme/sample-talk/index.html'), 'utf8')
    const fr = fs.readFileSync(path.join(outDir, 'fr/editions/2025/programme/sample-talk/index.html'), 'utf8')
    expect(en).toContain('href="../../../../slides/sample-deck.pdf"')
    expect(fr).toContain('href="../../../../../slides/sample-deck.pdf"')
    expect(en).not.toContain('/api/slides/')
    // The recording stays where it is published: an outside link, listed as such.
    expect(report.externalLinks).toContain('https://vimeo.com/76979871')

    const manifest = JSON.parse(fs.readFileSync(path.join(outDir, 'manifest.json'), 'utf8')) as {
      files: Array<{ path: string; bytes: number }>
    }
    expect(manifest.files).toContainEqual(expect.objectContaining({ path: 'slides/sample-deck.pdf', bytes: PDF.length }))
    expect(verifyArchive(outDir)).toMatchObject({ ok: true, differences: [] })
  })
})
