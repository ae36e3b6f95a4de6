/**
 * Issue 18, item 5: an edition's dates and deadlines are entered and shown in Paris time whatever the
 * editor's browser says ("1 Dec 2093", 24-hour times), typed numeric dates are read day first, and the
 * CfP deadline is a day meaning the end of that day in Paris. The browser here is set to Montreal.
 */
import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'

import type { Page } from 'playwright-core'

import { AdminEditorPage } from './pages/adminEditor.page'
import { loginCookie } from './support/admin'
import { launchBrowser, type LaunchedBrowser } from './support/browser'
import { baseURL } from './support/env'
import { createSampleEdition, createSampleSession, deleteSampleEdition, readEdition, type SampleEdition } from './support/sampleContent'

const YEAR = 2093
/** The day an instant falls on in Paris. */
const parisDay = (iso: unknown) =>
  new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Paris', year: 'numeric', month: '2-digit', day: '2-digit' }).format(
    new Date(String(iso)),
  )

describe('dates in a browser set to Montreal', () => {
  let launched: LaunchedBrowser
  let page: Page
  let editor: AdminEditorPage
  let cookie: string
  let edition: SampleEdition

  before(async () => {
    cookie = await loginCookie()
    edition = await createSampleEdition(cookie, YEAR, {
      en: {
        // Midnight in Paris on 1 and 3 December: the evening before in Montreal.
        startDate: '2093-11-30T23:00:00.000Z',
        endDate: '2093-12-02T23:00:00.000Z',
        cfp: { deadline: '2093-09-15T21:59:59.000Z' },
      },
    })
    launched = await launchBrowser({ timezoneId: 'America/Montreal', locale: 'en-US' })
    page = await launched.context.newPage()
    editor = new AdminEditorPage(page, baseURL())
    await editor.login()
  })
  after(async () => {
    await launched?.close()
    if (cookie) await deleteSampleEdition(cookie, YEAR)
  })

  it('shows the edition days and the CfP deadline as Paris days, "1 Dec 2093"', async () => {
    await editor.open('editions', edition.id, 'en')
    await editor.openTab('Dates & place')
    assert.equal(await editor.dateText('startDate'), '1 Dec 2093')
    assert.equal(await editor.dateText('endDate'), '3 Dec 2093')
    await editor.openTab('Call for proposals')
    assert.equal(await editor.dateText('cfp.deadline'), '15 Sep 2093')
  })

  it('reads a typed 02/12/2093 as 2 December and stores the deadline day as its end in Paris', async () => {
    await editor.open('editions', edition.id, 'en')
    await editor.openTab('Dates & place')
    await editor.typeDate('endDate', '02/12/2093')
    assert.equal(await editor.dateText('endDate'), '2 Dec 2093')
    await editor.openTab('Call for proposals')
    await editor.typeDate('cfp.deadline', '20 Sep 2093')
    await editor.clickSaveDraft()
    await editor.successToast().waitFor({ timeout: 30_000 })
    const stored = await readEdition(cookie, edition.id, 'en')
    assert.equal(parisDay(stored.endDate), '2093-12-02')
    assert.equal(parisDay(stored.startDate), '2093-12-01')
    assert.equal(new Date(String((stored.cfp as { deadline: string }).deadline)).toISOString(), '2093-09-20T21:59:59.000Z')
  })

  it('shows session times in Paris, 24-hour, in the form and in the list', async () => {
    const session = await createSampleSession(cookie, edition.id, {
      title: 'Sample session (test data)',
      start: '2093-12-01T13:00:00.000Z',
      end: '2093-12-01T14:30:00.000Z',
      room: 'Sample room',
    })
    await editor.open('sessions', session.id, 'en')
    assert.equal(await editor.dateText('start'), '1 Dec 2093, 14:00')
    assert.equal(await editor.dateText('end'), '1 Dec 2093, 15:30')
    await page.goto(`${baseURL()}/admin/collections/sessions?where[edition][equals]=${edition.id}`)
    const row = page.locator('tr', { hasText: 'Sample session (test data)' }).first()
    await row.waitFor({ timeout: 30_000 })
    // The date cell renders on the client after the row: wait for it, then read the row.
    await row.getByText('1 Dec 2093, 14:00').first().waitFor({ timeout: 30_000 })
    assert.match(await row.innerText(), /1 Dec 2093, 14:00/)
  })
})
