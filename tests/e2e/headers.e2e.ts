import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'

import { launchBrowser, type LaunchedBrowser } from './support/browser'
import { baseURL } from './support/env'
import { collectPageErrors } from './support/pageErrors'

const PUBLIC_PAGES = ['/', '/fr', '/editions', '/editions/2025', '/fr/editions/2026/committee', '/perspectives']

describe('public pages are plain documents with strict security headers', () => {
  let launched: LaunchedBrowser
  before(async () => {
    launched = await launchBrowser()
  })
  after(async () => {
    await launched?.close()
  })

  for (const path of PUBLIC_PAGES) {
    it(`${path}: no script to run, a no-script CSP and the common headers`, async () => {
      const response = await fetch(`${baseURL()}${path}`)
      assert.equal(response.status, 200)
      const html = await response.text()
      const scripts = html.match(/<script\b[^>]*>/g) ?? []
      assert.deepEqual(
        scripts.filter((tag) => !tag.includes('application/ld+json')),
        [],
        'only JSON-LD data blocks remain',
      )
      assert.doesNotMatch(html, /rel="modulepreload"|as="script"/)
      const csp = response.headers.get('content-security-policy') ?? ''
      assert.match(csp, /script-src 'none'/)
      assert.match(csp, /frame-ancestors 'self'/)
      assert.match(csp, /object-src 'none'/)
      assert.equal(response.headers.get('x-content-type-options'), 'nosniff')
      assert.equal(response.headers.get('referrer-policy'), 'strict-origin-when-cross-origin')
      assert.equal(response.headers.get('x-frame-options'), 'SAMEORIGIN')
    })
  }

  // Issue 12 finding 6: 404 pages shipped Next's runtime (9 scripts) with no CSP. Every 404 is Next's error
  // shell, drawn by the runtime: it keeps its scripts, named one by one in its policy.
  for (const path of ['/no-such-page', '/fr/no-such-page', '/editions/1999', '/perspectives/no-such-perspective']) {
    it(`${path}: a 404 page with a CSP that names its own scripts and nothing else`, async () => {
      const response = await fetch(`${baseURL()}${path}`)
      assert.equal(response.status, 404)
      const html = await response.text()
      const inline = (html.match(/<script\b(?![^>]*\bsrc=)[^>]*>/g) ?? []).filter((tag) => !tag.includes('application/ld+json'))
      const csp = response.headers.get('content-security-policy') ?? ''
      const scriptSrc = csp.split(';').find((directive) => directive.trim().startsWith('script-src')) ?? ''
      assert.ok(scriptSrc, `a script-src directive: ${csp}`)
      assert.doesNotMatch(scriptSrc, /unsafe-inline|unsafe-eval|\*/)
      assert.equal((scriptSrc.match(/'sha256-/g) ?? []).length > 0 || inline.length === 0, true, 'inline scripts are named by hash')
      assert.match(csp, /object-src 'none'/)
      assert.match(csp, /frame-ancestors 'self'/)
      assert.equal(response.headers.get('x-content-type-options'), 'nosniff')
    })
  }

  it('a 404 page draws its heading in the browser and breaks no policy', async () => {
    const page = await launched.context.newPage()
    const errors = collectPageErrors(page)
    const response = await page.goto(`${baseURL()}/no-such-page`, { waitUntil: 'networkidle' })
    assert.equal(response?.status(), 404)
    await page.locator('h1', { hasText: 'Page not found' }).waitFor({ timeout: 15_000 })
    // The document's own 404 is the point; anything else going wrong (a refused script) is not.
    assert.deepEqual(
      errors.filter(
        (error) =>
          error !== `404 ${baseURL()}/no-such-page` &&
          error !== 'Failed to load resource: the server responded with a status of 404 (Not Found)',
      ),
      [],
    )
    await page.close()
  })

  it('the home page loads no JavaScript in the browser and breaks no policy', async () => {
    const page = await launched.context.newPage()
    const errors = collectPageErrors(page)
    const scripts: string[] = []
    page.on('request', (request) => {
      if (request.resourceType() === 'script') scripts.push(request.url())
    })
    await page.goto(`${baseURL()}/`, { waitUntil: 'networkidle' })
    assert.deepEqual(scripts, [])
    assert.deepEqual(errors, [])
    assert.match(await page.locator('h1').first().innerText(), /Commons AI/)
    await page.close()
  })

  it("keeps a public page for a moment in the microcache, but never an editor's preview", async () => {
    await (await fetch(`${baseURL()}/editions`)).text()
    const again = await fetch(`${baseURL()}/editions`)
    assert.equal(again.headers.get('x-microcache'), 'HIT')
    assert.match(again.headers.get('content-security-policy') ?? '', /script-src 'none'/)
    assert.match(await again.text(), /<h1/)
    const preview = await fetch(`${baseURL()}/editions`, { headers: { cookie: '__prerender_bypass=not-an-editor' } })
    assert.equal(preview.headers.get('x-microcache'), null)
    await preview.text()
  })

  it('compresses pages and assets for browsers that accept it', async () => {
    const page = await fetch(`${baseURL()}/`, { headers: { 'accept-encoding': 'gzip' } })
    assert.equal(page.headers.get('content-encoding'), 'gzip')
    const html = await page.text()
    const css = html.match(/href="(\/_next\/static\/[^"]+\.css)"/)?.[1]
    assert.ok(css, 'the page links its stylesheet')
    const stylesheet = await fetch(`${baseURL()}${css}`, { headers: { 'accept-encoding': 'gzip' } })
    assert.equal(stylesheet.status, 200)
    assert.equal(stylesheet.headers.get('content-encoding'), 'gzip')
  })

  it('the admin and the API keep their scripts but send the common headers', async () => {
    const admin = await fetch(`${baseURL()}/admin/login`)
    assert.equal(admin.status, 200)
    assert.match(await admin.text(), /<script/)
    assert.equal(admin.headers.get('x-content-type-options'), 'nosniff')
    assert.equal(admin.headers.get('x-frame-options'), 'SAMEORIGIN')
    const api = await fetch(`${baseURL()}/api/editions?limit=1`)
    assert.equal(api.headers.get('x-content-type-options'), 'nosniff')
    assert.equal(api.headers.get('content-security-policy'), null)
  })
})
