/**
 * Issue 18, item 1: a refused save shows on its field and its tab on the first try, with a summary
 * that stays until dismissed; plainly wrong data (end before start, empty title) is refused on
 * Save draft too, and an empty title blames the title, not the slug.
 */
import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'

import type { Page } from 'playwright-core'

import { AdminEditorPage } from './pages/adminEditor.page'
import { loginCookie } from './support/admin'
import { launchBrowser, type LaunchedBrowser } from './support/browser'
import { baseURL } from './support/env'
import { createSampleEdition, createSampleTheme, deleteSampleEdition, readEdition, type SampleEdition } from './support/sampleContent'

const YEAR = 2092

describe('refusals on their fields', () => {
  let launched: LaunchedBrowser
  let page: Page
  let editor: AdminEditorPage
  let cookie: string
  let edition: SampleEdition

  before(async () => {
    cookie = await loginCookie()
    edition = await createSampleEdition(cookie, YEAR, {
      en: { startDate: '2092-12-01T11:00:00.000Z', endDate: '2092-12-03T11:00:00.000Z' },
    })
    launched = await launchBrowser()
    page = await launched.context.newPage()
    editor = new AdminEditorPage(page, baseURL())
    await editor.login()
  })
  after(async () => {
    await launched?.close()
    if (cookie) await deleteSampleEdition(cookie, YEAR)
  })

  it('marks a web address without https:// on its field and its tab at the first Publish, and keeps a summary until dismissed', async () => {
    await editor.open('editions', edition.id, 'en')
    await editor.openTab('Dates & place')
    await editor.type('hostEvent.url', 'example.org/event')
    await editor.openTab('About')
    await editor.clickPublish()

    const summary = editor.errorSummary()
    await summary.waitFor({ timeout: 15_000 })
    assert.match(await summary.innerText(), /Enter a full web address starting with https:\/\//)
    assert.ok(await editor.tabHasError('Dates & place'), 'the "Dates & place" tab is not marked')
    // Payload's toast is gone after about 4 s; the summary is not.
    await page.waitForTimeout(6_000)
    assert.ok(await summary.isVisible(), 'the summary disappeared on its own')

    await summary.getByRole('link', { name: /Url/ }).first().click()
    const fieldError = editor.fieldError('hostEvent.url')
    await fieldError.waitFor({ timeout: 5_000 })
    assert.match(await fieldError.innerText(), /Enter a full web address starting with https:\/\//)

    await summary.getByRole('button', { name: 'Dismiss' }).click()
    await summary.waitFor({ state: 'hidden' })
  })

  it('keeps the errors of a refused Publish when the form state the editor typed before arrives after it', async () => {
    // Payload sends the form state 250 ms after each keystroke; on a busy server its answer (computed
    // before the save, without the save's errors) can arrive after the refused Publish. Delay it to be sure.
    await page.route('**/admin/**', async (route) => {
      if (route.request().headers()['next-action']) await new Promise((resolve) => setTimeout(resolve, 1_500))
      await route.continue()
    })
    try {
      await editor.open('editions', edition.id, 'en')
      await editor.openTab('Dates & place')
      await editor.type('hostEvent.url', 'example.org/late')
      await page.waitForTimeout(300) // the form state is on its way
      await page.locator('#action-save').click() // at once: no settle()
      const summary = editor.errorSummary()
      await summary.waitFor({ timeout: 15_000 })
      await page.waitForTimeout(4_000) // the late answer has arrived
      assert.ok(await summary.isVisible(), 'the summary disappeared when the late form state arrived')
      assert.match(
        await editor.fieldError('hostEvent.url').innerText({ timeout: 1_000 }),
        /Enter a full web address starting with https:\/\//,
      )
    } finally {
      await page.unrouteAll({ behavior: 'wait' })
    }
  })

  it('refuses an end date before the start date on Save draft, on the field', async () => {
    await editor.open('editions', edition.id, 'en')
    await editor.openTab('Dates & place')
    await editor.typeDate('endDate', '30 Nov 2092')
    await editor.clickSaveDraft()
    const fieldError = editor.fieldError('endDate')
    await fieldError.waitFor({ timeout: 15_000 })
    assert.match(await fieldError.innerText(), /end date cannot be before the start date/i)
    assert.match(await editor.errorSummary().innerText(), /end date cannot be before the start date/i)
    const stored = await readEdition(cookie, edition.id, 'en')
    assert.equal(new Date(String(stored.endDate)).toISOString().slice(0, 10), '2092-12-03')
  })

  it('refuses an empty title on Save draft, blaming the title and not the slug', async () => {
    const theme = await createSampleTheme(cookie, edition.id, 'Sample theme (test data)')
    await editor.open('themes', theme.id, 'en')
    await editor.type('title', '')
    await editor.clickSaveDraft()
    const fieldError = editor.fieldError('title')
    await fieldError.waitFor({ timeout: 15_000 })
    const summary = await editor.errorSummary().innerText()
    assert.match(summary, /Title/)
    assert.doesNotMatch(summary, /Slug/)
    assert.equal(await editor.fieldError('slug').count(), 0)
  })
})
