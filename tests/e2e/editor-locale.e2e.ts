/**
 * Issue 18, item 2: switching the content language with unsaved changes must ask (save, discard,
 * cancel) instead of carrying the typed text into the other language.
 */
import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'

import type { Page } from 'playwright-core'

import { AdminEditorPage } from './pages/adminEditor.page'
import { loginCookie } from './support/admin'
import { launchBrowser, type LaunchedBrowser } from './support/browser'
import { baseURL } from './support/env'
import { createSampleEdition, deleteSampleEdition, readEdition, type SampleEdition } from './support/sampleContent'

const YEAR = 2091
const EN_TAGLINE = 'Sample tagline in English (test data)'
const FR_TAGLINE = 'Accroche d’exemple en français (données de test)'

describe('switching the content language with unsaved changes', () => {
  let launched: LaunchedBrowser
  let page: Page
  let editor: AdminEditorPage
  let cookie: string
  let edition: SampleEdition

  before(async () => {
    cookie = await loginCookie()
    edition = await createSampleEdition(cookie, YEAR, { en: { tagline: EN_TAGLINE }, fr: { tagline: FR_TAGLINE } })
    launched = await launchBrowser()
    page = await launched.context.newPage()
    editor = new AdminEditorPage(page, baseURL())
    await editor.login()
  })
  after(async () => {
    await launched?.close()
    if (cookie) await deleteSampleEdition(cookie, YEAR)
  })

  it('asks first; Cancel keeps the typed English, Discard shows the stored French and keeps the English as it was', async () => {
    await editor.open('editions', edition.id, 'en')
    const typed = `Typed but not saved ${Date.now()}`
    await editor.type('tagline', typed)
    await editor.chooseLocale('fr')

    const dialog = editor.dialog(/unsaved changes/i)
    await dialog.waitFor({ timeout: 10_000 })
    await dialog.getByRole('button', { name: 'Cancel' }).click()
    await dialog.waitFor({ state: 'hidden' })
    assert.notEqual(editor.currentLocaleParam(), 'fr')
    assert.equal(await editor.field('tagline').inputValue(), typed)

    await editor.chooseLocale('fr')
    await dialog.waitFor({ timeout: 10_000 })
    await dialog.getByRole('button', { name: /^Discard/ }).click()
    await page.waitForURL((url) => url.searchParams.get('locale') === 'fr', { timeout: 30_000 })
    await page.waitForFunction(
      (expected) => (document.querySelector('#field-tagline') as HTMLInputElement | null)?.value === expected,
      FR_TAGLINE,
      { timeout: 30_000 },
    )
    assert.equal((await readEdition(cookie, edition.id, 'en')).tagline, EN_TAGLINE)
    assert.equal((await readEdition(cookie, edition.id, 'fr')).tagline, FR_TAGLINE)
  })

  it('"Save draft and switch" stores the typed text in English, then shows the French text', async () => {
    await editor.open('editions', edition.id, 'en')
    const typed = `Saved before switching ${Date.now()}`
    await editor.type('tagline', typed)
    await editor.chooseLocale('fr')
    const dialog = editor.dialog(/unsaved changes/i)
    await dialog.waitFor({ timeout: 10_000 })
    await dialog.getByRole('button', { name: /^Save/ }).click()
    await page.waitForURL((url) => url.searchParams.get('locale') === 'fr', { timeout: 30_000 })
    await page.waitForFunction(
      (expected) => (document.querySelector('#field-tagline') as HTMLInputElement | null)?.value === expected,
      FR_TAGLINE,
      { timeout: 30_000 },
    )
    assert.equal((await readEdition(cookie, edition.id, 'en')).tagline, typed)
    assert.equal((await readEdition(cookie, edition.id, 'fr')).tagline, FR_TAGLINE)
  })

  it('switches at once when nothing changed', async () => {
    await editor.open('editions', edition.id, 'fr')
    await editor.chooseLocale('en')
    await page.waitForURL((url) => url.searchParams.get('locale') === 'en', { timeout: 30_000 })
    assert.equal(await editor.dialog(/unsaved changes/i).count(), 0)
  })
})
