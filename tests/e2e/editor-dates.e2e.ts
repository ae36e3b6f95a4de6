/**
 * Issue 18, item 5: an edition's dates and deadlines are entered and shown in Paris time whatever the
 * editor's browser says ("1 Dec 2093", 24-hour times), typed numeric dates are read day first, and the
 * CfP deadline is a day meaning the end of that day in Paris. The browser here is set to Montreal.
 */
import assert from 'node:assert/strict'
import { describe, it } from 'node:test'

import { editorSession } from './support/editorSession'
import { baseURL } from './support/env'
import { createSampleSession, readEdition } from './support/sampleContent'

const YEAR = 2093
/** The day an instant falls on in Paris. */
const parisDay = (iso: unknown) =>
  new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Paris', year: 'numeric', month: '2-digit', day: '2-digit' }).format(
    new Date(String(iso)),
  )

describe('dates in a browser set to Montreal', () => {
  const setup = editorSession({
    year: YEAR,
    edition: {
      en: {
        // Midnight in Paris on 1 and 3 December: the evening before in Montreal.
        startDate: '2093-11-30T23:00:00.000Z',
        endDate: '2093-12-02T23:00:00.000Z',
        cfp: { deadline: '2093-09-15T21:59:59.000Z' },
      },
    },
    browser: { timezoneId: 'America/Montreal', locale: 'en-US' },
  })

  it('shows the edition days and the CfP deadline as Paris days, "1 Dec 2093"', async () => {
    await setup.editor.open('editions', setup.edition.id, 'en')
    await setup.editor.openTab('Dates & place')
    assert.equal(await setup.editor.dateText('startDate'), '1 Dec 2093')
    assert.equal(await setup.editor.dateText('endDate'), '3 Dec 2093')
    await setup.editor.openTab('Call for proposals')
    assert.equal(await setup.editor.dateText('cfp.deadline'), '15 Sep 2093')
  })

  it('reads a typed 02/12/2093 as 2 December and stores the deadline day as its end in Paris', async () => {
    await setup.editor.open('editions', setup.edition.id, 'en')
    await setup.editor.openTab('Dates & place')
    await setup.editor.typeDate('endDate', '02/12/2093')
    assert.equal(await setup.editor.dateText('endDate'), '2 Dec 2093')
    await setup.editor.openTab('Call for proposals')
    await setup.editor.typeDate('cfp.deadline', '20 Sep 2093')
    await setup.editor.clickSaveDraft()
    await setup.editor.successToast().waitFor({ timeout: 30_000 })
    const stored = await readEdition(setup.cookie, setup.edition.id, 'en')
    assert.equal(parisDay(stored.endDate), '2093-12-02')
    assert.equal(parisDay(stored.startDate), '2093-12-01')
    assert.equal(new Date(String((stored.cfp as { deadline: string }).deadline)).toISOString(), '2093-09-20T21:59:59.000Z')
  })

  it('shows session times in Paris, 24-hour, in the form and in the list', async () => {
    const session = await createSampleSession(setup.cookie, setup.edition.id, {
      title: 'Sample session (test data)',
      start: '2093-12-01T13:00:00.000Z',
      end: '2093-12-01T14:30:00.000Z',
      room: 'Sample room',
    })
    await setup.editor.open('sessions', session.id, 'en')
    assert.equal(await setup.editor.dateText('start'), '1 Dec 2093, 14:00')
    assert.equal(await setup.editor.dateText('end'), '1 Dec 2093, 15:30')
    await setup.page.goto(`${baseURL()}/admin/collections/sessions?where[edition][equals]=${setup.edition.id}`)
    const row = setup.page.locator('tr', { hasText: 'Sample session (test data)' }).first()
    await row.waitFor({ timeout: 30_000 })
    // The date cell renders on the client after the row: wait for it, then read the row.
    await row.getByText('1 Dec 2093, 14:00').first().waitFor({ timeout: 30_000 })
    assert.match(await row.innerText(), /1 Dec 2093, 14:00/)
  })
})
