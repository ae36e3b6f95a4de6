/**
 * Issue 18, item 1: a refused save shows on its field and its tab on the first try, with a summary
 * that stays until dismissed; plainly wrong data (end before start, empty title) is refused on
 * Save draft too, and an empty title blames the title, not the slug.
 */
import assert from 'node:assert/strict'
import { describe, it } from 'node:test'

import { editorSession } from './support/editorSession'
import { createSampleTheme, readEdition } from './support/sampleContent'

const YEAR = 2092

describe('refusals on their fields', () => {
  const setup = editorSession({
    year: YEAR,
    edition: { en: { startDate: '2092-12-01T11:00:00.000Z', endDate: '2092-12-03T11:00:00.000Z' } },
  })

  it('marks a web address without https:// on its field and its tab at the first Publish, and keeps a summary until dismissed', async () => {
    await setup.editor.open('editions', setup.edition.id, 'en')
    await setup.editor.openTab('Dates & place')
    await setup.editor.type('hostEvent.url', 'example.org/event')
    await setup.editor.openTab('About')
    await setup.editor.clickPublish()

    const summary = setup.editor.errorSummary()
    await summary.waitFor({ timeout: 15_000 })
    assert.match(await summary.innerText(), /Enter a full web address starting with https:\/\//)
    assert.ok(await setup.editor.tabHasError('Dates & place'), 'the "Dates & place" tab is not marked')
    // Payload's toast is gone after about 4 s; the summary is not.
    await setup.page.waitForTimeout(6_000)
    assert.ok(await summary.isVisible(), 'the summary disappeared on its own')

    await summary.getByRole('link', { name: /Url/ }).first().click()
    const fieldError = setup.editor.fieldError('hostEvent.url')
    await fieldError.waitFor({ timeout: 5_000 })
    assert.match(await fieldError.innerText(), /Enter a full web address starting with https:\/\//)

    await summary.getByRole('button', { name: 'Dismiss' }).click()
    await summary.waitFor({ state: 'hidden' })
  })

  it('keeps the errors of a refused Publish when the form state the editor typed before arrives after it', async () => {
    // Payload sends the form state 250 ms after each keystroke; on a busy server its answer (computed
    // before the save, without the save's errors) can arrive after the refused Publish. Delay it to be sure.
    await setup.page.route('**/admin/**', async (route) => {
      if (route.request().headers()['next-action']) await new Promise((resolve) => setTimeout(resolve, 1_500))
      await route.continue()
    })
    try {
      await setup.editor.open('editions', setup.edition.id, 'en')
      await setup.editor.openTab('Dates & place')
      await setup.editor.type('hostEvent.url', 'example.org/late')
      await setup.page.waitForTimeout(300) // the form state is on its way
      await setup.page.locator('#action-save').click() // at once: no settle()
      const summary = setup.editor.errorSummary()
      await summary.waitFor({ timeout: 15_000 })
      await setup.page.waitForTimeout(4_000) // the late answer has arrived
      assert.ok(await summary.isVisible(), 'the summary disappeared when the late form state arrived')
      assert.match(
        await setup.editor.fieldError('hostEvent.url').innerText({ timeout: 1_000 }),
        /Enter a full web address starting with https:\/\//,
      )
    } finally {
      await setup.page.unrouteAll({ behavior: 'wait' })
    }
  })

  it('refuses an end date before the start date on Save draft, on the field', async () => {
    await setup.editor.open('editions', setup.edition.id, 'en')
    await setup.editor.openTab('Dates & place')
    await setup.editor.typeDate('endDate', '30 Nov 2092')
    await setup.editor.clickSaveDraft()
    const fieldError = setup.editor.fieldError('endDate')
    await fieldError.waitFor({ timeout: 15_000 })
    assert.match(await fieldError.innerText(), /end date cannot be before the start date/i)
    assert.match(await setup.editor.errorSummary().innerText(), /end date cannot be before the start date/i)
    const stored = await readEdition(setup.cookie, setup.edition.id, 'en')
    assert.equal(new Date(String(stored.endDate)).toISOString().slice(0, 10), '2092-12-03')
  })

  it('refuses an empty title on Save draft, blaming the title and not the slug', async () => {
    const theme = await createSampleTheme(setup.cookie, setup.edition.id, 'Sample theme (test data)')
    await setup.editor.open('themes', theme.id, 'en')
    await setup.editor.type('title', '')
    await setup.editor.clickSaveDraft()
    const fieldError = setup.editor.fieldError('title')
    await fieldError.waitFor({ timeout: 15_000 })
    const summary = await setup.editor.errorSummary().innerText()
    assert.match(summary, /Title/)
    assert.doesNotMatch(summary, /Slug/)
    assert.equal(await setup.editor.fieldError('slug').count(), 0)
  })
})
