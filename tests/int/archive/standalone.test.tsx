/**
 * An archive stands alone: the exporter, run on pages that carry the site's real header and footer,
 * keeps no link to the live site but canonical/alternate metadata (home, /editions, /perspectives and the
 * language switch lead inside the archive or to other editions' archives beside it), and
 * `npm run archive:links` checks that over file://, listing what does not stay in the folder.
 */
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import os from 'node:os'
import path from 'node:path'

import { renderToStaticMarkup } from 'react-dom/server'

import { exportEdition, type ExportReport } from '../../../src/archive/export/exporter'
import { fetchFrom } from '../../../src/platform/publish/http'
import { checkArchiveLinks } from '../../../src/archive/export/linkCheck'
import { archiveTarget, editionPath, siblingArchiveLink } from '../../../src/archive/export/paths'
import { localePath, type Locale } from '../../../src/platform/i18n'
import { SiteFooter } from '../../../src/platform/ui/SiteFooter'
import { SiteHeader } from '../../../src/platform/ui/SiteHeader'

const live = 'https://commons-ai.example'

/** A page as the app frames it: the site's header and footer around some links. */
function page(locale: Locale, pathname: string, origin: string, body: string): string {
  const header = renderToStaticMarkup(<SiteHeader locale={locale} path={pathname} />)
  const footer = renderToStaticMarkup(<SiteFooter locale={locale} />)
  return `<!DOCTYPE html><html lang="${locale}"><head><title>Sample ${locale} ${pathname}</title>
<link rel="stylesheet" href="/_next/static/css/site.css"/>
<link rel="canonical" href="${origin}${localePath(locale, pathname)}"/>
<link rel="alternate" hreflang="fr" href="${origin}${localePath('fr', pathname)}"/>
<meta property="og:image" content="${origin}${localePath(locale, pathname)}/opengraph-image"/>
</head><body>${header}<main>${body}</main>${footer}</body></html>`
}

/** The sample site's pages (English paths; French under /fr), with the links each holds. */
const BODIES: Record<string, string> = {
  '/editions/2026':
    '<a href="/editions/2026/themes/data">Theme</a><a href="/perspectives/sample-reading">Reading</a>' +
    '<a href="/editions/2025">Previous edition</a><a href="https://example.org/paper">Paper</a><a href="mailto:team@example.org">Mail</a>',
  '/editions/2026/themes/data': '<a href="/editions/2026">Back</a><a href="/perspectives/themes/data">Readings on data</a>',
  '/editions': '<a href="/editions/2027">2027</a><a href="/editions/2026">2026</a><a href="/editions/2025">2025</a>',
  '/perspectives': '<a href="/perspectives/sample-reading">Reading</a><a href="/perspectives/themes/data">Data</a>',
  '/perspectives/themes/data': '<a href="/perspectives/sample-reading">Reading</a>',
  '/perspectives/sample-reading': '<a href="/editions/2026/themes/data">Theme</a>',
}

let server: http.Server
let origin: string
const dirs: string[] = []
const tmp = (name: string) => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `commons-hub-${name}-`))
  dirs.push(dir)
  return dir
}

beforeAll(async () => {
  server = http.createServer((request, response) => {
    // No kept-alive connection: the test blocks on spawnSync meanwhile, and a connection the server closed
    // then would fail the next export's first request.
    response.setHeader('connection', 'close')
    const url = new URL(request.url ?? '/', 'http://x')
    const french = url.pathname === '/fr' || url.pathname.startsWith('/fr/')
    const pathname = french ? url.pathname.slice(3) || '/' : url.pathname
    if (pathname === '/_next/static/css/site.css') {
      response.writeHead(200, { 'content-type': 'text/css' }).end('body{font-family:system-ui;background:url(/_next/static/media/bg.svg)}')
    } else if (pathname === '/_next/static/media/bg.svg') {
      response.writeHead(200, { 'content-type': 'image/svg+xml' }).end('<svg xmlns="http://www.w3.org/2000/svg"/>')
    } else if (BODIES[pathname] !== undefined) {
      response
        .writeHead(200, { 'content-type': 'text/html; charset=utf-8' })
        .end(page(french ? 'fr' : 'en', pathname, origin, BODIES[pathname]!))
    } else {
      response.writeHead(404).end()
    }
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
})
afterAll(async () => {
  await new Promise((resolve) => server.close(resolve))
  dirs.forEach((dir) => fs.rmSync(dir, { recursive: true, force: true }))
})

/** The 2026 edition, archived while 2027 is current, into `<shelf>/2026`. */
async function export2026(shelf: string): Promise<{ out: string; report: ExportReport }> {
  const out = path.join(shelf, '2026')
  const report = await exportEdition({
    source: (urlPath) => fetchFrom(origin, urlPath),
    origin,
    scope: { year: 2026, includePerspectives: true, includeSitePages: true, currentYear: 2027 },
    outDir: out,
    liveSite: live,
    content: { edition: { year: 2026, updatedAt: '2026-12-04T00:00:00.000Z' } },
    title: 'Sample edition 2026',
  })
  return { out, report }
}

const links = (...args: string[]) =>
  spawnSync(process.execPath, [path.resolve('node_modules/tsx/dist/cli.mjs'), 'scripts/archive-links.ts', ...args], {
    encoding: 'utf8',
  })

describe('where links outside the edition lead in an archive', () => {
  const scope = { year: 2026, includePerspectives: true, includeSitePages: true, currentYear: 2027 }

  it('archives the list of editions and the perspectives only when asked', () => {
    expect(editionPath('/fr/editions', scope)).toBe('/fr/editions')
    expect(editionPath('/editions', { year: 2026 })).toBeNull()
    expect(editionPath('/perspectives', { year: 2026 })).toBeNull()
  })

  it("sends other editions to their archives beside this one, and home to the current edition's", () => {
    expect(archiveTarget('/editions/2025/themes/x', scope)).toEqual({ year: 2025, file: 'editions/2025/themes/x/index.html' })
    expect(archiveTarget('/editions/20250', scope)).toBeNull()
    expect(archiveTarget('/fr/editions/2025/programme.ics', scope)).toEqual({ year: 2025, file: 'fr/editions/2025/programme.ics' })
    expect(archiveTarget('/', scope)).toEqual({ year: 2027, file: 'editions/2027/index.html' })
    expect(archiveTarget('/fr', scope)).toEqual({ year: 2027, file: 'fr/editions/2027/index.html' })
    expect(archiveTarget('/', { year: 2026, currentYear: null })).toEqual({ index: true })
    expect(archiveTarget('/editions/2026/x', scope)).toBeNull()
    expect(archiveTarget('/speaker', scope)).toBeNull()
    expect(siblingArchiveLink('fr/editions/2026/index.html', 2025, 'fr/editions/2025/index.html')).toBe(
      '../../../../2025/fr/editions/2025/index.html',
    )
    expect(siblingArchiveLink('index.html', 2025, 'editions/2025/index.html', '#a')).toBe('../2025/editions/2025/index.html#a')
  })
})

describe('an exported archive stands alone', () => {
  it("keeps no link to the live site but canonical/alternate metadata; the header's links stay in the archive", async () => {
    const { out, report } = await export2026(tmp('standalone'))
    expect(report.broken).toEqual([])
    for (const file of [
      'editions/index.html',
      'fr/editions/index.html',
      'perspectives/index.html',
      'fr/perspectives/index.html',
      'perspectives/themes/data/index.html',
      'fr/perspectives/sample-reading/index.html',
    ]) {
      expect(fs.existsSync(path.join(out, file))).toBe(true)
    }
    const html = fs.readFileSync(path.join(out, 'editions/2026/index.html'), 'utf8')
    const hrefs = [...html.matchAll(/<a\b[^>]*\shref="([^"]*)"/g)].map((match) => match[1])
    expect(hrefs).toEqual([
      // The brand link leads home: the current edition's archive (2027), beside this one.
      '../../../2027/editions/2027/index.html',
      '../index.html',
      '../../perspectives/index.html',
      '../../fr/editions/2026/index.html',
      'themes/data/index.html',
      '../../perspectives/sample-reading/index.html',
      '../../../2025/editions/2025/index.html',
      'https://example.org/paper',
      'mailto:team@example.org',
    ])
    expect(html).toContain(`<link rel="canonical" href="${live}/editions/2026"/>`)
    expect(report.otherEditions).toEqual(['/', '/editions/2025', '/editions/2027', '/fr'])

    const manifest = JSON.parse(fs.readFileSync(path.join(out, 'manifest.json'), 'utf8'))
    expect(manifest.externalLinks).toContain('https://example.org/paper')
    // Only the metadata (canonical, alternate, social cards) names the live site.
    expect(report.outboundLinks).toBeGreaterThan(0)

    expect(checkArchiveLinks(out, { siteUrl: live }).offenders).toEqual([])
    const result = links(out, '--site-url', live)
    expect(result.stderr).toBe('')
    expect(result.stdout).toMatch(/^archive:links: \d+ links in \d+ files stay in .* \(\d+ to other editions' archives beside it\)\.\n$/)
    expect(result.status).toBe(0)
    // Without --site-url the live site is read from metadata.json, which this export does not write:
    // every http link must then be listed in the manifest, and the canonical links are.
    expect(links(out).status).toBe(0)
  })

  it('lists what leaves the folder and exits 1: the live site, root-relative, missing files, unlisted links', async () => {
    const shelf = tmp('standalone-broken')
    const { out } = await export2026(shelf)
    const file = path.join(out, 'fr/editions/2026/index.html')
    const html = fs.readFileSync(file, 'utf8')
    fs.writeFileSync(
      file,
      html.replace(
        '<main>',
        `<main><a href="${live}/fr/editions">Live</a><a href="/fr/editions/2026">Root</a><a href="themes/gone/index.html">Gone</a>` +
          '<a href="https://example.net/unlisted">Unlisted</a><a href="themes/data/">Folder</a><img src="../../../../elsewhere/x.png"/>',
      ),
    )
    // The 2025 archive is beside this one but lacks the page linked to.
    fs.mkdirSync(path.join(shelf, '2025', 'editions', '2025'), { recursive: true })

    const result = links(out, '--site-url', live)
    expect(result.status).toBe(1)
    const lines = result.stderr.trim().split('\n')
    for (const expected of [
      `fr/editions/2026/index.html: ${live}/fr/editions (points to the live site)`,
      'fr/editions/2026/index.html: /fr/editions/2026 (root-relative: over file:// it names the root of the disk)',
      'fr/editions/2026/index.html: themes/gone/index.html (no such file)',
      'fr/editions/2026/index.html: https://example.net/unlisted (external link not listed in manifest.json)',
      'fr/editions/2026/index.html: themes/data/ (a folder, not a file (file:// has no index))',
      'fr/editions/2026/index.html: ../../../../elsewhere/x.png (leaves the archive)',
      'editions/2026/index.html: ../../../2025/editions/2025/index.html (no such file in the 2025 archive beside this one)',
    ]) {
      expect(lines).toContain(expected)
    }
    expect(lines.at(-1)).toMatch(/^archive:links: \d+ link\(s\) do not stay in /)
    expect(links(path.join(out, 'nowhere')).status).toBe(1)
    expect(links().status).toBe(2)
  })
})
