/**
 * Issue 18, item 4: a room or speaker clash shows as a warning while editing, before Save and Publish,
 * and never blocks; the Programme list has a "with conflicts" filter; long titles do not push columns
 * off the screen.
 */
import assert from 'node:assert/strict'
import { before, describe, it } from 'node:test'

import { editorSession } from './support/editorSession'
import { baseURL } from './support/env'
import { asEditor, createSampleSession } from './support/sampleContent'

const YEAR = 2094
const LONG_TITLE = `Sample session with a very long title that goes on and on to test the list layout (test data) ${'and more '.repeat(8)}`

describe('scheduling conflicts in the admin', () => {
  const setup = editorSession({ year: YEAR, edition: {}, browser: { viewport: { width: 1400, height: 900 } } })
  let first: { id: number | string }
  let second: { id: number | string }

  before(async () => {
    // 10:00–11:00 and 11:00–12:00 in Paris, same room: back to back, no conflict yet.
    first = await createSampleSession(setup.cookie, setup.edition.id, {
      title: LONG_TITLE,
      start: `${YEAR}-12-01T09:00:00.000Z`,
      end: `${YEAR}-12-01T10:00:00.000Z`,
      room: 'Sample room A',
    })
    second = await createSampleSession(setup.cookie, setup.edition.id, {
      title: 'Sample session B (test data)',
      start: `${YEAR}-12-01T10:00:00.000Z`,
      end: `${YEAR}-12-01T11:00:00.000Z`,
      room: 'Sample room A',
    })
  })

  it('warns while the editor moves a session onto another one, and publishes anyway', async () => {
    await setup.editor.open('sessions', second.id, 'en')
    const warning = setup.page.getByRole('status').filter({ hasText: 'Scheduling conflict' })
    assert.equal(await warning.count(), 0)
    await setup.editor.typeDate('start', `1 Dec ${YEAR}, 10:30`)
    await warning.waitFor({ timeout: 15_000 })
    assert.match(await warning.innerText(), /Room "Sample room A" is also used by "Sample session with a very long title/)
    await setup.editor.clickPublish()
    await setup.editor.successToast().waitFor({ timeout: 30_000 })
    assert.ok(await warning.isVisible(), 'the warning went away on save')
    const stored = await fetch(`${baseURL()}/api/sessions/${second.id}?depth=0&draft=true`, { headers: asEditor(setup.cookie) })
    const body = (await stored.json()) as { _status: string; start: string }
    assert.equal(body._status, 'published', JSON.stringify(body))
    assert.equal(body.start, `${YEAR}-12-01T09:30:00.000Z`)
  })

  it('filters the Programme list to the sessions with conflicts, titles cut to fit', async () => {
    await setup.page.goto(`${baseURL()}/admin/collections/sessions?limit=100`)
    const filter = setup.page.getByRole('link', { name: /with conflicts/i })
    await filter.waitFor({ timeout: 30_000 })
    await filter.click()
    await setup.page.waitForURL((url) => url.search.includes('where'), { timeout: 30_000 })
    const rows = setup.page.locator('tbody tr')
    await rows.first().waitFor()
    const ids = await rows.evaluateAll((trs) =>
      trs.map((tr) => tr.querySelector('a[href*="/collections/sessions/"]')?.getAttribute('href') ?? ''),
    )
    assert.deepEqual(ids.map((href) => href.split('/').pop()).sort(), [String(first.id), String(second.id)].sort())
    const cell = setup.page.locator('td.cell-title').filter({ hasText: 'very long title' }).first()
    const box = await cell.boundingBox()
    assert.ok(box && box.width <= 480, `the long title cell is ${box?.width} px wide`)
  })
})
