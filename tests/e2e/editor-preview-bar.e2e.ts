/**
 * Issue 18, item 3: a page in draft mode says so ("Preview — draft content · Exit preview"); exiting
 * and logging out clear draft mode; the admin's Preview button is labelled, and speakers have one.
 */
import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'

import type { Page } from 'playwright-core'

import { AdminEditorPage } from './pages/adminEditor.page'
import { loginCookie } from './support/admin'
import { launchBrowser, type LaunchedBrowser } from './support/browser'
import { baseURL } from './support/env'
import { createSampleEdition, createSampleSpeaker, deleteSampleEdition } from './support/sampleContent'

const YEAR = 2097

describe('the preview bar', () => {
  let launched: LaunchedBrowser
  let page: Page
  let editor: AdminEditorPage

  before(async () => {
    launched = await launchBrowser()
    page = await launched.context.newPage()
    editor = new AdminEditorPage(page, baseURL())
    await editor.login()
  })
  after(async () => {
    await launched?.close()
    await deleteSampleEdition(await loginCookie(), YEAR)
  })

  const bar = () => page.getByRole('region', { name: /^(Preview|Aperçu)$/ })
  const hasDraftCookie = async () => (await launched.context.cookies(baseURL())).some((cookie) => cookie.name === '__prerender_bypass')

  it('labels the Preview button, on speakers too', async () => {
    const cookie = await loginCookie()
    const edition = await createSampleEdition(cookie, YEAR)
    const speaker = await createSampleSpeaker(cookie, edition.id, 'Sample Speaker (test data)')
    for (const [collection, id] of [['speakers', speaker.id]] as const) {
      await editor.open(collection, id)
      const button = page.locator('#preview-button')
      await button.waitFor({ timeout: 15_000 })
      assert.match(await button.innerText(), /Preview/)
    }
  })

  it('shows the bar on every page in draft mode, and "Exit preview" turns draft mode off', async () => {
    await page.goto(`${baseURL()}/api/draft-preview?path=${encodeURIComponent('/editions')}`)
    assert.equal(new URL(page.url()).pathname, '/editions')
    await bar().waitFor({ timeout: 10_000 })
    assert.match(await bar().innerText(), /Preview — draft content/)
    await page.goto(`${baseURL()}/fr`)
    assert.match(await bar().innerText(), /Aperçu — contenu en brouillon/)

    await page.goto(`${baseURL()}/editions`)
    await bar().getByRole('link', { name: 'Exit preview' }).click()
    await page.waitForURL((url) => url.pathname === '/editions' && !url.search.includes('exit'))
    assert.equal(await bar().count(), 0)
    assert.equal(await hasDraftCookie(), false)
    await page.goto(`${baseURL()}/`)
    assert.equal(await bar().count(), 0)
  })

  it('logging out of the admin turns draft mode off', async () => {
    await page.goto(`${baseURL()}/api/draft-preview?path=${encodeURIComponent('/')}`)
    await bar().waitFor({ timeout: 10_000 })
    await page.goto(`${baseURL()}/admin/logout`)
    await page.waitForURL(/\/admin\/login/, { timeout: 30_000 })
    assert.equal(await hasDraftCookie(), false)
    await page.goto(`${baseURL()}/`)
    assert.equal(await bar().count(), 0)
    await editor.login()
  })
})
