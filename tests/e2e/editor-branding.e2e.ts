/**
 * Issue 18, item 8: the login and the admin carry the conference's name and mark, not Payload's; the
 * side menu is open on a 1,400 px screen; no image comes from an outside service (Gravatar).
 */
import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'

import type { Page } from 'playwright-core'

import { AdminEditorPage } from './pages/adminEditor.page'
import { launchBrowser, type LaunchedBrowser } from './support/browser'
import { baseURL } from './support/env'

describe('the admin carries the conference brand', () => {
  let launched: LaunchedBrowser
  let page: Page
  const outside: string[] = []

  before(async () => {
    launched = await launchBrowser({ viewport: { width: 1400, height: 900 } })
    page = await launched.context.newPage()
    page.on('request', (request) => {
      if (!request.url().startsWith(baseURL()) && !request.url().startsWith('data:')) outside.push(request.url())
    })
  })
  after(async () => {
    await launched?.close()
  })

  it('shows "Commons AI" and its mark on the login page, and no Payload logo', async () => {
    await page.goto(`${baseURL()}/admin/login`)
    await page.locator('input[name="email"]').waitFor()
    const brand = page.locator('.login__brand')
    assert.match(await brand.innerText(), /Commons AI/)
    assert.equal(await brand.locator('svg[class*="graphic-logo"], .graphic-logo').count(), 0, "Payload's logo is still shown")
    assert.match(await page.title(), /Commons AI/)
  })

  it('opens the side menu on a 1,400 px screen and loads nothing from outside the site', async () => {
    const editor = new AdminEditorPage(page, baseURL())
    await editor.login()
    await page.waitForLoadState('networkidle')
    await page.waitForFunction(
      () => document.querySelector('.template-default')?.classList.contains('template-default--nav-open') === true,
      null,
      {
        timeout: 10_000,
      },
    )
    assert.ok(await page.locator('nav a[href="/admin/collections/editions"]').first().isVisible())
    await page.goto(`${baseURL()}/admin/account`)
    await page.waitForLoadState('networkidle')
    assert.deepEqual(outside, [], `requests outside the site: ${outside.join(', ')}`)
  })
})
