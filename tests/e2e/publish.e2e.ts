import assert from 'node:assert/strict'
import crypto from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { after, before, describe, it } from 'node:test'

import { freePort, startAppServer, type AppServer } from '../../src/platform/publish/appServer'
import { startLocalNginx, type LocalNginx } from '../../src/platform/publish/localNginx'
import { MANIFEST } from '../../src/platform/publish/publisher'
import { launchBrowser, type LaunchedBrowser } from './support/browser'
import { PublishedSite } from './pages/published.page'

/**
 * Published pages as files, through the project's nginx config (deploy/nginx.conf adapted for Debian's
 * nginx 1.22 on loopback): its own production server on a fresh seeded database with PUBLISH_DIR, which
 * publishes everything on start (the folder is empty). Then an edit through nginx shows in a browser in
 * under 2 s, and with the app stopped every URL of the sitemap still answers 200 with the edit in it.
 */
const ADMIN = { email: 'publish.admin@example.org', password: 'a-long-test-password-2' }

describe('published pages served by nginx', () => {
  let dir: string
  let app: AppServer
  let nginx: LocalNginx
  let browser: LaunchedBrowser
  let site: PublishedSite

  before(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'commons-hub-publish-e2e-'))
    const publishDir = path.join(dir, 'publish')
    const nginxPort = await freePort()
    const appPort = await freePort()
    nginx = await startLocalNginx({ upstreams: [`127.0.0.1:${appPort}`], publishDir, port: nginxPort })
    app = await startAppServer({
      port: appPort,
      logFile: path.join(dir, 'server.log'),
      env: {
        ...process.env,
        DATABASE_URI: `file:${path.join(dir, 'publish.db')}`,
        PAYLOAD_SECRET: crypto.randomBytes(32).toString('hex'),
        MAIL_CAPTURE_DIR: path.join(dir, 'mail'),
        // Visitors (and the canonical links, the sitemap, the login's origin check) see nginx.
        NEXT_PUBLIC_SERVER_URL: nginx.url,
        NEXT_TELEMETRY_DISABLED: '1',
        PUBLISH_DIR: publishDir,
      },
    })
    // Start-up publishes everything into the empty folder; the manifest is written last.
    const started = Date.now()
    while (!fs.existsSync(path.join(publishDir, MANIFEST))) {
      assert.ok(Date.now() - started < 240_000, 'the start-up publish did not finish within 240 s')
      await new Promise((resolve) => setTimeout(resolve, 250))
    }
    console.log(`publish: start-up publish finished ${Date.now() - started} ms after the server answered`)
    browser = await launchBrowser()
    site = new PublishedSite(nginx.url, app.baseUrl)
  })

  after(async () => {
    await browser?.close()
    await app?.stop()
    await nginx?.stop()
    if (dir) fs.rmSync(dir, { recursive: true, force: true })
  })

  it('serves public pages from files, exactly as the production server answers them, with its headers', async () => {
    for (const page of ['/', '/fr', '/editions/2025', '/fr/editions/2025/speakers', '/sitemap.xml']) {
      const viaNginx = await fetch(`${nginx.url}${page}`)
      const viaApp = await fetch(`${app.baseUrl}${page}`)
      assert.equal(viaNginx.status, 200, page)
      assert.equal(viaNginx.headers.get('x-served-by'), 'publish', `${page} did not come from the publish folder`)
      assert.equal(await viaNginx.text(), await viaApp.text(), `${page}: the file differs from the server's answer`)
      if (page !== '/sitemap.xml') {
        assert.equal(viaNginx.headers.get('content-security-policy'), viaApp.headers.get('content-security-policy'), page)
        assert.match(viaNginx.headers.get('content-type') ?? '', /^text\/html/)
      }
      for (const header of [
        'x-content-type-options',
        'referrer-policy',
        'x-frame-options',
        'permissions-policy',
        'cross-origin-opener-policy',
      ]) {
        assert.equal(viaNginx.headers.get(header), viaApp.headers.get(header), `${page}: ${header}`)
      }
    }
    // The admin, the API and the proposal form still reach the app.
    for (const page of ['/api/editions?limit=1', '/editions/2026/propose']) {
      const response = await fetch(`${nginx.url}${page}`)
      assert.notEqual(response.headers.get('x-served-by'), 'publish', page)
    }
  })

  it('shows an edit made through nginx in a browser in under 2 s', async () => {
    await site.register(ADMIN)
    const edition = await site.edition(2026)
    const marker = `Published as a file ${Date.now()}`
    const page = await browser.context.newPage()
    await page.goto(`${nginx.url}/`)
    site.oldTagline = edition.tagline
    site.marker = marker
    await site.setTagline(edition.id, marker)
    const seenAfter = await site.waitForText(page, '/', marker, 10_000)
    console.log(`publish: the edit showed on / through nginx ${seenAfter ?? 'never'} ms after saving`)
    assert.ok(seenAfter !== null && seenAfter < 2000, `the edit did not show through nginx within 2 s (${seenAfter} ms)`)
    await page.close()
  })

  it('keeps serving every page of the sitemap with the app stopped, none of them stale', async () => {
    assert.ok(site.marker, 'runs after the edit test')
    // Let the publisher finish the rest of the edit's pages, then stop the app.
    await site.waitForQuietFolder(path.join(dir, 'publish'))
    await app.stop()
    assert.equal(
      await fetch(`${app.baseUrl}/`).then(
        () => 'up',
        () => 'down',
      ),
      'down',
    )
    const urls = await site.sitemapUrls()
    assert.ok(urls.length > 20, `the sitemap lists only ${urls.length} URLs`)
    const failures: string[] = []
    const stale: string[] = []
    for (const url of urls) {
      const response = await fetch(url)
      const body = await response.text()
      if (response.status !== 200) failures.push(`${url} → ${response.status}`)
      if (site.oldTagline && body.includes(site.oldTagline) && !new URL(url).pathname.startsWith('/fr')) stale.push(url)
    }
    console.log(
      `publish: ${urls.length} sitemap URLs through nginx with the app stopped, ${failures.length} not 200, ${stale.length} stale`,
    )
    assert.deepEqual(failures, [])
    assert.deepEqual(stale, [])
    assert.match(await (await fetch(`${nginx.url}/`)).text(), new RegExp(site.marker!))
  })
})
