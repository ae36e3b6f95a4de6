import assert from 'node:assert/strict'
import fs from 'node:fs'
import path from 'node:path'
import { after, before, describe, it } from 'node:test'

import Ajv2020 from 'ajv/dist/2020.js'
import ICAL from 'ical.js'

import { ProgrammePage } from './pages/programme.page'
import { loginCookie } from './support/admin'
import { launchBrowser, type LaunchedBrowser } from './support/browser'
import { baseURL } from './support/env'
import { deleteCreated, type Created } from './support/rest'
import { collectPageErrors } from './support/pageErrors'
import { editionOf } from './support/records'

/**
 * The 2026 programme in a browser. No real programme is in the seeds: the test first sees the empty
 * state, then creates clearly labelled sample sessions and a sample speaker through the running
 * server's REST API (so its hooks expire the cached pages), and removes them afterwards.
 */
type Id = number | string

describe('programme', () => {
  let launched: LaunchedBrowser
  let headers: Record<string, string>
  const created: Created = []
  let theme: { id: Id; slug: string; title: string }
  let otherTheme: { id: Id; slug: string; title: string }
  let draftId: Id

  async function post(collection: string, body: Record<string, unknown>) {
    const response = await fetch(`${baseURL()}/api/${collection}`, {
      method: 'POST',
      headers: { ...headers, 'content-type': 'application/json' },
      body: JSON.stringify(body),
    })
    assert.equal(response.status, 201, await response.clone().text())
    const doc = ((await response.json()) as { doc: { id: Id; slug: string } }).doc
    created.push({ collection, id: doc.id })
    return doc
  }

  before(async () => {
    launched = await launchBrowser()
    headers = { cookie: await loginCookie(), origin: baseURL() }
  })
  after(async () => {
    await deleteCreated(created, headers)
    await launched?.close()
  })

  it('shows the empty state while no session is published, and the edition page links to the programme', async () => {
    const page = await launched.context.newPage()
    const errors = collectPageErrors(page)
    const programme = new ProgrammePage(page, baseURL())
    await programme.gotoEdition(2026)
    await programme.editionProgrammeLink().click()
    await page.waitForURL(/\/editions\/2026\/programme$/)
    assert.equal(await programme.heading(), 'Programme')
    assert.match(await programme.mainText(), /The programme will be published here\./)
    assert.equal((await programme.gotoProgramme(2026, 'fr'))?.status(), 200)
    assert.match(await programme.mainText(), /Le programme sera publié ici\./)
    assert.deepEqual(errors, [])
    await page.close()
  })

  it('lists sample sessions by day and time with rooms, in English and French, in Paris time', async () => {
    const edition = (await editionOf(2026)).id
    const themes = (await (await fetch(`${baseURL()}/api/themes?where[edition][equals]=${edition}&sort=order&depth=0`)).json()) as {
      docs: Array<{ id: Id; slug: string; title: string }>
    }
    assert.ok(themes.docs.length >= 2, 'the seeded 2026 edition has themes')
    theme = themes.docs[0]!
    otherTheme = themes.docs[1]!
    const speaker = await post('speakers', { name: 'Sample Programme Speaker (test data)', editions: [edition], _status: 'published' })
    // Rooms are chosen from the edition's list.
    const roomA = await post('rooms', { name: 'Sample room A', edition })
    const roomB = await post('rooms', { name: 'Sample room B', edition })
    await post('sessions', {
      title: 'Sample workshop (test data)',
      slug: 'sample-workshop',
      kind: 'workshop',
      edition,
      start: '2026-12-01T09:00:00.000Z',
      end: '2026-12-01T10:30:00.000Z',
      room: roomA.id,
      speakers: [speaker.id],
      themes: [theme.id],
      segments: [
        { kind: 'framing-talk', title: 'Sample framing', minutes: 20 },
        { kind: 'audience-reflection', minutes: 45 },
        { kind: 'inspiring-initiative', minutes: 20 },
      ],
      _status: 'published',
    })
    await post('sessions', {
      title: 'Sample talk (test data)',
      slug: 'sample-talk',
      kind: 'talk',
      edition,
      start: '2026-12-02T13:00:00.000Z',
      end: '2026-12-02T14:00:00.000Z',
      room: roomB.id,
      themes: [otherTheme.id],
      _status: 'published',
    })
    // A draft in the workshop's room at the same time: saved (conflicts never block), but flagged.
    const draft = await post('sessions', {
      title: 'Sample unpublished draft (test data)',
      slug: 'sample-draft',
      kind: 'talk',
      edition,
      start: '2026-12-01T09:00:00.000Z',
      end: '2026-12-01T10:00:00.000Z',
      room: roomA.id,
      _status: 'draft',
    })
    draftId = draft.id

    const page = await launched.context.newPage()
    const errors = collectPageErrors(page)
    const programme = new ProgrammePage(page, baseURL())
    assert.equal((await programme.gotoProgramme(2026))?.status(), 200)
    assert.deepEqual(await programme.dayHeadings(), ['Tuesday 1 December', 'Wednesday 2 December'])
    assert.deepEqual(await programme.sessionSlugs(), ['sample-workshop', 'sample-talk'])
    const card = await programme.sessionCard('sample-workshop').innerText()
    assert.match(card, /10:00–11:30/)
    // The room's name alone: no "Room"/"Salle" prefix (a room named "Salle 2" printed "Salle Salle 2").
    assert.match(card, /· Sample room A/)
    assert.doesNotMatch(card, /Room Sample/)
    assert.match(card, /Sample Programme Speaker \(test data\)/)
    assert.match(await programme.mainText(), /All times are Paris time \(Europe\/Paris, UTC\+1\)\./)

    assert.equal((await programme.gotoProgramme(2026, 'fr'))?.status(), 200)
    assert.deepEqual(await programme.dayHeadings(), ['mardi 1 décembre', 'mercredi 2 décembre'])
    assert.match(await programme.sessionCard('sample-talk').innerText(), /Conférence[\s\S]*14:00–15:00 · Sample room B/i)
    assert.match(await programme.mainText(), /heure de Paris \(Europe\/Paris, UTC\+1\)/)
    assert.deepEqual(errors, [])
    await page.close()
  })

  it('filters by theme on its own page', async () => {
    const page = await launched.context.newPage()
    const errors = collectPageErrors(page)
    const programme = new ProgrammePage(page, baseURL())
    await programme.gotoProgramme(2026)
    assert.equal(await programme.activeFilter(), 'All sessions')
    await programme.filterLink(theme.title).click()
    await page.waitForURL(new RegExp(`/editions/2026/programme/themes/${theme.slug}$`))
    assert.equal(await programme.activeFilter(), theme.title)
    assert.deepEqual(await programme.sessionSlugs(), ['sample-workshop'])
    assert.equal((await programme.gotoProgramme(2026, 'fr', otherTheme.slug))?.status(), 200)
    assert.deepEqual(await programme.sessionSlugs(), ['sample-talk'])
    assert.deepEqual(errors, [])
    assert.equal((await fetch(`${baseURL()}/editions/2026/programme/themes/no-such-theme`)).status, 404)
    await page.close()
  })

  it('shows a session with its segments and speakers, in both languages, and the speaker page lists it', async () => {
    const page = await launched.context.newPage()
    const errors = collectPageErrors(page)
    const programme = new ProgrammePage(page, baseURL())
    assert.equal((await programme.gotoSession(2026, 'sample-workshop'))?.status(), 200)
    assert.equal(await programme.heading(), 'Sample workshop (test data)')
    assert.match(await programme.sessionFacts(), /Tuesday 1 December, 10:00–11:30 \(Paris time, UTC\+1\)/)
    assert.match(await programme.sessionFacts(), /Room\s+Sample room A/)
    assert.match(await programme.mainText(), /Framing talk: Sample framing \(20 min\)/)
    assert.equal(await programme.calendarLink().getAttribute('href'), '/editions/2026/programme/sample-workshop.ics')

    assert.equal((await programme.gotoSession(2026, 'sample-workshop', 'fr'))?.status(), 200)
    assert.match(await programme.sessionFacts(), /mardi 1 décembre, 10:00–11:30 \(heure de Paris, UTC\+1\)/)
    assert.match(await programme.mainText(), /Intervention de cadrage : Sample framing|Intervention de cadrage: Sample framing/)
    assert.equal(await programme.calendarLink().getAttribute('href'), '/editions/2026/programme/sample-workshop.fr.ics')
    await programme.sessionSpeakerLink('Sample Programme Speaker (test data)').click()
    await page.waitForURL(/\/fr\/editions\/2026\/speakers\/sample-programme-speaker-test-data$/)
    const listed = await programme.speakerSessions()
    assert.equal(listed.length, 1)
    assert.match(listed[0]!, /Sample workshop \(test data\) — mardi 1 décembre, 10:00 · Sample room A/)

    assert.deepEqual(errors, [])
    // The unpublished draft has no public page.
    assert.equal((await fetch(`${baseURL()}/editions/2026/programme/sample-draft`)).status, 404)
    await page.close()
  })

  it('shows editors the room conflict in the admin, and refuses a session ending before it starts', async () => {
    const expected = 'Room "Sample room A" is also used by "Sample workshop (test data)" at the same time.'
    const api = (await (await fetch(`${baseURL()}/api/sessions/${draftId}?draft=true&depth=0`, { headers })).json()) as {
      conflicts?: string
    }
    assert.equal(api.conflicts, expected)
    const publicView = (await (await fetch(`${baseURL()}/api/sessions?depth=0`)).json()) as { docs: Array<Record<string, unknown>> }
    assert.ok(publicView.docs.length >= 2)
    assert.ok(publicView.docs.every((doc) => !('conflicts' in doc) && doc._status === 'published'))

    const [name, value] = headers.cookie!.split('=') as [string, string]
    await launched.context.addCookies([{ name, value, url: baseURL() }])
    const page = await launched.context.newPage()
    await page.goto(`${baseURL()}/admin/collections/sessions/${draftId}`)
    const field = page.locator('#field-conflicts')
    await field.waitFor({ timeout: 30_000 })
    assert.equal(await field.inputValue(), expected)
    await page.close()
    await launched.context.clearCookies()

    const refused = await fetch(`${baseURL()}/api/sessions/${draftId}?draft=true`, {
      method: 'PATCH',
      headers: { ...headers, 'content-type': 'application/json' },
      body: JSON.stringify({ end: '2026-12-01T08:00:00.000Z' }),
    })
    assert.equal(refused.status, 400)
    assert.match(await refused.text(), /The session must end after it starts\./)
  })

  it('serves the programme as iCalendar and JSON, valid and matching the pages', async () => {
    const ics = await fetch(`${baseURL()}/editions/2026/programme.ics`)
    assert.equal(ics.status, 200)
    assert.equal(ics.headers.get('content-type'), 'text/calendar; charset=utf-8')
    const calendar = new ICAL.Component(ICAL.parse(await ics.text()))
    const events = calendar.getAllSubcomponents('vevent')
    assert.deepEqual(
      events.map((event) => event.getFirstPropertyValue('summary')),
      ['Sample workshop (test data)', 'Sample talk (test data)'],
    )
    assert.equal(events[0]!.getFirstProperty('dtstart')!.getParameter('tzid'), 'Europe/Paris')
    assert.equal(String(events[0]!.getFirstPropertyValue('dtstart')), '2026-12-01T10:00:00')

    const single = await fetch(`${baseURL()}/editions/2026/programme/sample-talk.fr.ics`)
    assert.equal(single.status, 200)
    const one = new ICAL.Component(ICAL.parse(await single.text())).getAllSubcomponents('vevent')
    assert.equal(one.length, 1)
    assert.equal(one[0]!.getFirstPropertyValue('uid'), events[1]!.getFirstPropertyValue('uid'))
    assert.match(String(one[0]!.getFirstPropertyValue('categories')), /Conférence/)
    assert.equal((await fetch(`${baseURL()}/editions/2026/programme/sample-draft.ics`)).status, 404)
    assert.equal((await fetch(`${baseURL()}/editions/1999/programme.ics`)).status, 404)

    const json = await fetch(`${baseURL()}/editions/2026/programme.json`)
    assert.equal(json.status, 200)
    assert.equal(json.headers.get('content-type'), 'application/json; charset=utf-8')
    const body = (await json.json()) as { sessions: Array<{ slug: string; uid: string; start: string }> }
    const schema = JSON.parse(fs.readFileSync(path.resolve('src/programme/programme.schema.json'), 'utf8'))
    const ajv = new Ajv2020({ allErrors: true })
    ajv.addFormat('date-time', (value: string) => !Number.isNaN(Date.parse(value)))
    const validate = ajv.compile(schema)
    assert.ok(validate(body), JSON.stringify(validate.errors))
    assert.deepEqual(
      body.sessions.map((session) => session.slug),
      ['sample-workshop', 'sample-talk'],
    )
    assert.equal(body.sessions[0]!.uid, events[0]!.getFirstPropertyValue('uid'))
    assert.equal(body.sessions[0]!.start, '2026-12-01T10:00:00+01:00')
    const french = (await (await fetch(`${baseURL()}/editions/2026/programme.fr.json`)).json()) as { locale: string }
    assert.equal(french.locale, 'fr')
  })
})
