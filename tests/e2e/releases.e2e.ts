import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'

import ICAL from 'ical.js'

import { ScheduleBoard } from './pages/board.page'
import { PublicProgrammeTools, PublishReleasePanel } from './pages/releases.page'
import { loginCookie } from './support/admin'
import { launchBrowser, type LaunchedBrowser } from './support/browser'
import { baseURL } from './support/env'
import { deleteCreated, jsonApi, type Created } from './support/rest'

/**
 * Programme releases end to end, through the running production server: an editor's draft session is
 * published by "Publish programme version N" in the admin, a visitor ticks it in a personal agenda
 * (plain form, no script), the editor moves it in the draft and publishes the next version, and the
 * public changelog and the personal agenda feed both show the move. Sample data only, removed after.
 */
type Id = number | string

describe('programme releases', () => {
  let launched: LaunchedBrowser
  let headers: Record<string, string>
  const created: Created = []
  let edition: Id
  let session: Id

  const api = jsonApi(() => headers)

  before(async () => {
    const cookie = await loginCookie()
    headers = { cookie, origin: baseURL() }
    launched = await launchBrowser({ loginCookie: cookie })
    const editions = (await (await fetch(`${baseURL()}/api/editions?where[year][equals]=2026&depth=0`)).json()) as {
      docs: Array<{ id: Id }>
    }
    edition = editions.docs[0]!.id
    const room = await api('POST', '/rooms', { name: 'Sample release room (test data)', edition })
    assert.equal(room.status, 201)
    created.push({ collection: 'rooms', id: room.json.doc!.id })
    const draft = await api('POST', '/sessions?draft=true', {
      title: 'Sample released session (test data)',
      slug: 'sample-released-session',
      kind: 'talk',
      edition,
      // Not placed yet (like a session made from an accepted proposal): the board places it.
      _status: 'draft',
    })
    assert.equal(draft.status, 201, JSON.stringify(draft.json))
    session = draft.json.doc!.id
    created.push({ collection: 'sessions', id: session })
  })

  after(async () => {
    await deleteCreated(created, headers)
    await launched?.close()
  })

  it('places a session on the board with the keyboard, publishes it with "Publish programme version N", moves it in the next version, and the changelog and a personal agenda follow', async () => {
    const admin = await launched.context.newPage()
    const board = new ScheduleBoard(admin, baseURL())
    await board.open()
    await board.chooseEdition(2026)
    const card = board.unplaced('Sample released session (test data)')
    await card.focus()
    await admin.keyboard.press('Enter') // 09:00–10:00 in the first room
    const block = board.placed('Sample released session (test data)')
    await block.waitFor()
    for (let i = 0; i < 3; i += 1) await admin.keyboard.press('ArrowDown') // 09:15
    await admin.keyboard.press('Shift+ArrowDown') // ends 10:20
    await admin.keyboard.press('Shift+ArrowUp') // ends 10:15
    await board.announcement().filter({ hasText: '09:15–10:15' }).waitFor()
    await board.saved().waitFor()
    assert.match(
      (await block.getAttribute('aria-label'))!,
      /Sample released session \(test data\), 09:15–10:15, Sample release room \(test data\)/,
    )
    const stored = await api('GET', `/sessions/${session}?draft=true&depth=0`)
    assert.equal(stored.json.start, '2026-12-01T08:15:00.000Z')
    assert.equal(stored.json.end, '2026-12-01T09:15:00.000Z')
    // The board changed the draft only: the public programme does not have it yet.
    assert.equal((await fetch(`${baseURL()}/editions/2026/programme/sample-released-session`)).status, 404)

    const panel = new PublishReleasePanel(admin, baseURL())
    await panel.open()
    await panel.chooseEdition(2026)
    await panel.writeNote('en', 'Sample first version (test data)')
    const first = Number(/(\d+)$/.exec(await panel.publishButton().innerText())![1])
    await panel.publishButton().click()
    await panel
      .status()
      .filter({ hasText: `Version ${first} published` })
      .waitFor({ timeout: 30_000 })

    // A visitor makes an agenda with the plain form (no script may load: it must work without).
    const visitorPage = await launched.context.newPage()
    await visitorPage.route('**/*.js', (route) => route.abort())
    const visitor = new PublicProgrammeTools(visitorPage, baseURL())
    assert.equal((await visitor.gotoAgendaForm(2026))?.status(), 200)
    await visitor.tick('Sample released session (test data)')
    await visitor.save()
    const feedUrl = new URL((await visitor.feedLink().getAttribute('href'))!, baseURL()).toString()
    const eventOf = async () => {
      const calendar = new ICAL.Component(ICAL.parse(await (await fetch(feedUrl)).text()))
      ICAL.TimezoneService.register(calendar.getFirstSubcomponent('vtimezone')!)
      const [event] = calendar.getAllSubcomponents('vevent').map((vevent) => new ICAL.Event(vevent))
      return { release: calendar.getFirstPropertyValue('x-commons-programme-release'), event: event! }
    }
    const before = await eventOf()
    assert.equal(before.release, String(first))
    assert.equal(before.event.summary, 'Sample released session (test data)')
    assert.equal(before.event.startDate.toJSDate().toISOString(), '2026-12-01T08:15:00.000Z')

    // The editor moves the session in the draft: nothing public changes until the next release.
    const moved = await api('PATCH', `/sessions/${session}?draft=true`, {
      start: '2026-12-02T08:00:00.000Z',
      end: '2026-12-02T09:00:00.000Z',
    })
    assert.equal(moved.status, 200, JSON.stringify(moved.json))
    assert.equal((await eventOf()).event.startDate.toJSDate().toISOString(), '2026-12-01T08:15:00.000Z')
    await panel.open()
    await panel.chooseEdition(2026)
    await panel.writeNote('en', 'Sample second version (test data)')
    await panel.publishButton().click()
    await panel
      .status()
      .filter({ hasText: `Version ${first + 1} published` })
      .waitFor({ timeout: 30_000 })
    // Nothing changed since: the next publish is refused with a reason.
    await panel.open()
    await panel.chooseEdition(2026)
    await panel.publishButton().click()
    await panel
      .status()
      .filter({ hasText: `the same as version ${first + 1}` })
      .waitFor({ timeout: 30_000 })

    // The public changelog lists the move, newest first, in English and French.
    assert.equal((await visitor.gotoChanges(2026))?.status(), 200)
    const headings = await visitor.releaseHeadings()
    assert.match(headings[0]!, new RegExp(`^Version ${first + 1} · `))
    const change = await visitor.release(first + 1).innerText()
    assert.match(change, /Sample second version \(test data\)/)
    assert.match(
      change,
      /Moved in time: was Tuesday 1 December, 09:15–10:15, Sample release room \(test data\); now Wednesday 2 December, 09:00–10:00/,
    )
    await visitor.gotoChanges(2026, 'fr')
    assert.match(await visitor.release(first + 1).innerText(), /Déplacée dans le temps\s*: avant mardi 1 décembre, 09:15–10:15/)

    // …and the personal agenda feed moved the event: same UID, new time, higher SEQUENCE.
    const after = await eventOf()
    assert.equal(after.release, String(first + 1))
    assert.equal(after.event.uid, before.event.uid)
    assert.equal(after.event.startDate.toJSDate().toISOString(), '2026-12-02T08:00:00.000Z')
    assert.ok(after.event.sequence > before.event.sequence)
    await visitorPage.close()
    await admin.close()
  })
})
