/**
 * `npm run archive:export` against the running e2e server: the 2025 archive, exported into `<shelf>/2025`
 * and served by a plain static server, works on its own — every internal link resolves, links to other
 * editions lead to their archives beside it (`<shelf>/2026/…`), none to the live site, no request goes to
 * the app, `npm run archive:links` finds nothing, the edition's facts are there in both languages — and a
 * page opens from file:// too.
 */
import assert from 'node:assert/strict'
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { after, before, describe, it } from 'node:test'
import { pathToFileURL } from 'node:url'

import type { Page } from 'playwright-core'

import { launchBrowser, type LaunchedBrowser } from './support/browser'
import { baseURL } from './support/env'
import { serveStatic, type StaticServer } from './support/staticServer'

function runExport(args: string[], env: Record<string, string> = {}) {
  const dir = process.env.E2E_DIR
  if (!dir) throw new Error('E2E_DIR is not set: run the browser tests with `npm run test:e2e`')
  const started = Date.now()
  const result = spawnSync(process.execPath, ['scripts/ts.mjs', 'scripts/archive-export.ts', ...args], {
    encoding: 'utf8',
    env: { ...process.env, DATABASE_URI: `file:${path.join(dir, 'e2e.db')}`, NEXT_PUBLIC_SERVER_URL: '', ...env },
    timeout: 180_000,
  })
  return { ...result, ms: Date.now() - started }
}

describe('static export of an edition', () => {
  let shelf: string
  let out: string
  let publishDir: string
  let base: string
  let launched: LaunchedBrowser
  let page: Page
  let server: StaticServer
  const appOrigin = new URL(baseURL()).origin
  const liveSite = 'https://commons-ai.example'
  const requested: string[] = []

  before(async () => {
    shelf = fs.mkdtempSync(path.join(os.tmpdir(), 'commons-hub-archive-'))
    out = path.join(shelf, '2025')
    // The export publishes each page into PUBLISH_DIR (here a folder of this test) and archives that file.
    publishDir = fs.mkdtempSync(path.join(os.tmpdir(), 'commons-hub-archive-published-'))
    const result = runExport(['--year', '2025', '--out', out, '--base-url', baseURL(), '--site-url', liveSite], {
      PUBLISH_DIR: publishDir,
    })
    assert.equal(result.status, 0, `export failed:\n${result.stdout}\n${result.stderr}`)
    console.log(
      result.stdout
        .split('\n')
        .filter((line) => line.startsWith('Archived'))
        .join('\n'),
      `(${result.ms} ms with start-up)`,
    )
    server = await serveStatic(shelf)
    base = `${server.url}/2025`
    launched = await launchBrowser()
    page = await launched.context.newPage()
    page.on('request', (request) => requested.push(request.url()))
  })
  after(async () => {
    await launched?.close()
    await server?.close()
    if (shelf) fs.rmSync(shelf, { recursive: true, force: true })
    if (publishDir) fs.rmSync(publishDir, { recursive: true, force: true })
  })

  it('refuses a year without a published edition, with a clear message and exit code 1', () => {
    const result = runExport(['--year', '2031', '--out', path.join(out, 'never'), '--base-url', baseURL()])
    assert.equal(result.status, 1)
    assert.match(result.stderr, /There is no published edition 2031\. Published editions: 2025, 2026\./)
    assert.equal(fs.existsSync(path.join(out, 'never')), false)
  })

  it('writes the pages in both languages, content.json without private data, and an index', () => {
    for (const file of ['index.html', 'content.json', 'editions/2025/index.html', 'fr/editions/2025/index.html']) {
      assert.ok(fs.existsSync(path.join(out, file)), `${file} is missing`)
    }
    const content = JSON.parse(fs.readFileSync(path.join(out, 'content.json'), 'utf8'))
    assert.equal(content.edition.year, 2025)
    assert.equal(content.edition.status, 'archived')
    assert.match(JSON.stringify(content.edition.title), /Commons AI 2025/)
    assert.doesNotMatch(JSON.stringify(content), /@|proposal|password/i)
    const html = fs.readFileSync(path.join(out, 'editions/2025/index.html'), 'utf8')
    assert.doesNotMatch(html, /<script(?![^>]*application\/ld\+json)/i)
    assert.doesNotMatch(html, new RegExp(appOrigin.replace(/[.:/]/g, '\\$&')))
  })

  it('follows every internal link from the index: none broken, none to the live site, no request to the app server', async () => {
    const visited = new Set<string>()
    const queue = [`${base}/index.html`]
    const manifest = JSON.parse(fs.readFileSync(path.join(out, 'manifest.json'), 'utf8'))
    let linksChecked = 0
    let outbound = 0
    let otherEditions = 0
    while (queue.length > 0) {
      const url = queue.shift()!
      if (visited.has(url)) continue
      visited.add(url)
      // Feeds and data files (.ics, .json…) are downloads in a browser: check that they are there.
      if (!/(\.html|\/)$/.test(new URL(url).pathname)) {
        const file = await fetch(url)
        assert.equal(file.status, 200, `broken link: ${url}`)
        await file.arrayBuffer()
        continue
      }
      const response = await page.goto(url)
      assert.equal(response?.status(), 200, `broken link: ${url}`)
      if (!(response?.headers()['content-type'] ?? '').includes('text/html')) continue
      const hrefs = await page.locator('a[href]').evaluateAll((anchors) => anchors.map((anchor) => (anchor as HTMLAnchorElement).href))
      for (const href of hrefs) {
        const target = new URL(href)
        if (target.href.startsWith(`${base}/`)) {
          linksChecked++
          target.hash = ''
          queue.push(target.toString())
        } else if (target.origin === server.url) {
          // Another edition's archive, beside this one (not exported here).
          assert.match(target.pathname, /^\/(\d{4})\/(fr\/)?editions\/\1\//, `a link leaves the archive: ${href} (on ${url})`)
          otherEditions++
        } else if (target.protocol.startsWith('http')) {
          outbound++
          assert.ok(!href.startsWith(liveSite), `a link points to the live site: ${href} (on ${url})`)
          assert.ok(manifest.externalLinks.includes(href), `an external link is not listed in manifest.json: ${href}`)
        }
      }
    }
    console.log(
      `archive: ${visited.size} files visited, ${linksChecked} internal links checked, ${otherEditions} to other editions' archives, ${outbound} external`,
    )
    assert.ok(visited.size >= 4, `only ${visited.size} files reached from the index`)
    const toApp = requested.filter((url) => url.startsWith(appOrigin))
    assert.deepEqual(toApp, [], 'the archive requested the app server')
    const elsewhere = requested.filter((url) => !url.startsWith(server.url) && !url.startsWith('data:'))
    assert.deepEqual(elsewhere, [], 'the archive requested another origin')
    // Stylesheets came from the archive itself.
    assert.ok(
      server.requests.some((pathname) => pathname.endsWith('.css')),
      'no stylesheet was loaded',
    )
  })

  it('archives the published pages: each page reads as its published file, links apart', () => {
    // The words of <main>, tags and their attributes (the links the export makes relative) left out.
    const mainText = (html: string) =>
      (html.match(/<main\b[^>]*>([\s\S]*)<\/main>/)?.[1] ?? '')
        .replace(/<(script|form)\b[\s\S]*?<\/\1>/gi, '')
        .replace(/<[^>]+>/g, ' ')
        .replace(/\s+/g, ' ')
        .trim()
    const manifest = JSON.parse(fs.readFileSync(path.join(out, 'manifest.json'), 'utf8')) as { files: Array<{ path: string }> }
    // Every archived page but the archive's own index; a page that frames a recording is the app's (no file).
    const pages = manifest.files.map((entry) => entry.path).filter((file) => file.endsWith('.html') && file !== 'index.html')
    const compared = pages.filter((file) => fs.existsSync(path.join(publishDir, file)))
    for (const file of ['editions/2025/index.html', 'fr/editions/2025/index.html'])
      assert.ok(compared.includes(file), `${file} was not published`)
    for (const file of compared) {
      const text = mainText(fs.readFileSync(path.join(publishDir, file), 'utf8'))
      assert.ok(text.length > 0, `${file}: no <main> text`)
      assert.equal(mainText(fs.readFileSync(path.join(out, file), 'utf8')), text, `${file}: the archived page is not the published one`)
    }
    console.log(`archive: ${compared.length} of ${pages.length} archived pages compared with their published files`)
  })

  it('passes npm run archive:links (over file://: every link resolves inside, none to the live site)', () => {
    const result = spawnSync(process.execPath, ['scripts/ts.mjs', 'scripts/archive-links.ts', out, '--site-url', liveSite], {
      encoding: 'utf8',
      timeout: 120_000,
    })
    assert.equal(result.status, 0, `archive:links:\n${result.stdout}\n${result.stderr}`)
    assert.match(result.stdout, /^archive:links: \d+ links in \d+ files stay in /)
  })

  it("shows the edition's facts, marked as a past edition, in English and French", async () => {
    await page.goto(`${base}/index.html`)
    await page.getByRole('link', { name: 'Read the archive in English' }).click()
    const main = await page.locator('main').innerText()
    assert.match(main, /Commons AI 2025/)
    assert.match(main, /around fifteen speakers/)
    assert.match(main, /Past edition/)
    const color = await page.locator('body').evaluate((body) => getComputedStyle(body).fontFamily)
    assert.match(color, /system-ui/, 'the site CSS applies')
    await page.goto(`${base}/index.html`)
    await page.getByRole('link', { name: 'Lire l’archive en français' }).click()
    assert.match(await page.locator('main').innerText(), /une quinzaine d’intervenantes et d’intervenants/)
  })

  it('opens from file:// with its stylesheet', async () => {
    const fileUrl = pathToFileURL(path.join(out, 'editions/2025/index.html')).toString()
    const before = requested.length
    await page.goto(fileUrl)
    assert.match(await page.locator('main').innerText(), /around fifteen speakers/)
    const font = await page.locator('body').evaluate((body) => getComputedStyle(body).fontFamily)
    assert.match(font, /system-ui/)
    const fr = await page.locator('a[hreflang="fr"]').first().getAttribute('href')
    assert.equal(fr, '../../fr/editions/2025/index.html')
    await page.locator('a[hreflang="fr"]').first().click()
    assert.match(page.url(), /^file:.*\/fr\/editions\/2025\/index\.html$/)
    assert.ok(
      requested.slice(before).every((url) => url.startsWith('file:')),
      'a file:// page requested the network',
    )
  })
})
