/**
 * The dashboard's later lines: proposals per day of the call (Paris days, with its SVG chart and table),
 * decisions not yet sent to their speakers, and for admins the last backup's age (recorded by
 * `npm run backup` in the database) and failed emails. All from count queries on sample data.
 */
import type { Payload } from 'payload'
import { renderToStaticMarkup } from 'react-dom/server'

import { recordBackupRun } from '../../../src/backup/BackupRuns'
import { loadDashboard, type Dashboard } from '../../../src/editions/dashboard/attention'
import { PerDayChart } from '../../../src/editions/dashboard/PerDayChart'
import { MAX_DAYS, parisDay, parisDayStart } from '../../../src/editions/dashboard/perDay'
import { factories, type AuthUser, type Doc, type Factories } from '../helpers/factories'
import { startTestPayload, type TestPayload } from '../helpers/testPayload'

let ctx: TestPayload
let payload: Payload
let make: Factories
let admin: AuthUser
let editor: AuthUser
let edition: Doc

const NOW = new Date('2031-03-10T10:00:00.000Z')
const line = (dashboard: Dashboard, key: string) =>
  dashboard.editions.find((entry) => entry.edition.year === 2031)?.lines.find((l) => l.key === key)
const siteLine = (dashboard: Dashboard, key: string) => dashboard.site.find((l) => l.key === key)

/** A sample proposal received at `at` (the database's createdAt, as if it came then). */
async function receivedAt(at: string, data: Record<string, unknown> = {}): Promise<Doc> {
  const doc = await make.proposal(edition, data)
  await payload.db.updateOne({ collection: 'proposals', id: doc.id, data: { createdAt: at }, req: {} as never })
  return doc
}

/** The `where` of an admin list address (`?where[and][0][edition][equals]=1…`), as the list view reads it. */
function whereOf(href: string): Record<string, unknown> {
  const root: Record<string, unknown> = {}
  for (const [name, value] of new URLSearchParams(href.split('?')[1])) {
    const keys = [...name.matchAll(/\[([^\]]*)\]/g)].map((match) => match[1]!)
    let node: any = root
    keys.forEach((key, index) => {
      if (index === keys.length - 1) node[key] = value
      else node = node[key] ??= /^\d+$/.test(keys[index + 1]!) ? [] : {}
    })
  }
  return root
}

beforeAll(async () => {
  ctx = await startTestPayload()
  payload = ctx.payload
  make = factories(payload)
  admin = await make.user('admin')
  editor = await make.user('editor')
  edition = await make.edition(2031, { cfp: { deadline: '2031-03-31T21:59:59.000Z' } })
})
afterAll(async () => {
  await ctx?.close()
})

describe('Paris days', () => {
  it('start at midnight in Paris, summer and winter time alike', () => {
    expect(parisDayStart('2031-01-15').toISOString()).toBe('2031-01-14T23:00:00.000Z')
    expect(parisDayStart('2031-07-15').toISOString()).toBe('2031-07-14T22:00:00.000Z')
    // The night clocks go back (26 October 2031) and forward (30 March 2031).
    expect(parisDayStart('2031-10-26').toISOString()).toBe('2031-10-25T22:00:00.000Z')
    expect(parisDayStart('2031-10-27').toISOString()).toBe('2031-10-26T23:00:00.000Z')
    expect(parisDayStart('2031-03-31').toISOString()).toBe('2031-03-30T22:00:00.000Z')
    expect(parisDay(new Date('2031-03-01T23:30:00.000Z'))).toBe('2031-03-02')
  })
})

describe('what needs attention, continued', () => {
  it('counts proposals per Paris day of the call, from the first proposal to today, and draws them', async () => {
    expect(line(await loadDashboard(payload, editor as never, NOW), 'cfp-per-day')).toBeUndefined() // none yet
    await receivedAt('2031-03-01T09:00:00.000Z')
    await receivedAt('2031-03-01T23:30:00.000Z') // 2 March in Paris
    await receivedAt('2031-03-02T12:00:00.000Z')
    await receivedAt('2031-03-09T12:00:00.000Z')
    const dashboard = await loadDashboard(payload, editor as never, NOW)
    const perDay = dashboard.editions.find((entry) => entry.edition.year === 2031)!.perDay!
    expect(perDay.days).toHaveLength(10) // 1 to 10 March
    expect(perDay.days.slice(0, 3)).toEqual([
      { day: '2031-03-01', count: 1 },
      { day: '2031-03-02', count: 2 },
      { day: '2031-03-03', count: 0 },
    ])
    expect(perDay.days.at(-2)).toEqual({ day: '2031-03-09', count: 1 })
    expect(perDay).toMatchObject({ earlier: 0, total: 4 })
    expect(line(dashboard, 'cfp-per-day')).toMatchObject({
      text: 'Proposals per day of the call: 4 in 10 days, busiest 2031-03-02 (2)',
      href: `/admin/collections/proposals?${encodeURIComponent('where[edition][equals]')}=${edition.id}`,
    })
    const html = renderToStaticMarkup(<PerDayChart perDay={perDay} year={2031} />)
    expect(html.match(/<rect /g)).toHaveLength(10)
    expect(html).toContain('<svg aria-hidden="true"')
    expect(html).toContain('<th scope="row">2031-03-02</th><td>2</td>')
  })

  it('shows the last days of a long call, the days before as "earlier"', async () => {
    await receivedAt('2030-12-01T12:00:00.000Z')
    const perDay = (await loadDashboard(payload, editor as never, NOW)).editions.find((entry) => entry.edition.year === 2031)!.perDay!
    expect(perDay.days).toHaveLength(MAX_DAYS)
    expect(perDay.days.at(-1)!.day).toBe('2031-03-10')
    expect(perDay).toMatchObject({ earlier: 1, total: 5 })
  })

  it('lists decisions waiting in the Decisions outbox, until they are released', async () => {
    const decided = await receivedAt('2031-03-05T12:00:00.000Z', { status: 'waitlisted' })
    await receivedAt('2031-03-05T13:00:00.000Z', { status: 'in-review' })
    const before = line(await loadDashboard(payload, editor as never, NOW), 'decisions-unsent')
    expect(before).toEqual({
      key: 'decisions-unsent',
      tone: 'todo',
      count: 1,
      text: '1 decision waiting in the Decisions outbox (not yet released to the speakers)',
      href: '/admin/decisions-outbox',
    })
    await payload.update({
      collection: 'proposals',
      id: decided.id,
      data: { releasedDecision: 'waitlist', decisionEmail: { kind: 'waitlist', status: 'captured' } } as never,
      overrideAccess: true,
      context: { disableRevalidate: true },
    })
    expect(line(await loadDashboard(payload, editor as never, NOW), 'decisions-unsent')).toBeUndefined()
  })

  it('lists released acceptances whose speakers have not all confirmed, until they answer', async () => {
    const accepted = await receivedAt('2031-03-05T14:00:00.000Z', { status: 'accepted' })
    const people = (response: string) => [
      { name: 'Sample Submitter', email: 'submitter@example.org', role: 'submitter', response: 'confirmed' },
      { name: 'Sample Co-speaker', email: 'co@example.org', role: 'framing', response },
    ]
    await payload.update({
      collection: 'proposals',
      id: accepted.id,
      data: { releasedDecision: 'accept', participation: people('waiting') } as never,
      overrideAccess: true,
      context: { disableRevalidate: true },
    })
    const waiting = line(await loadDashboard(payload, editor as never, NOW), 'speakers-unconfirmed')
    expect(waiting).toMatchObject({ count: 1, text: '1 accepted proposal with speakers who have not confirmed their participation' })
    expect(waiting!.href).toContain(encodeURIComponent('[participation.response][equals]'))
    await payload.update({
      collection: 'proposals',
      id: accepted.id,
      data: { participation: people('declined') } as never,
      overrideAccess: true,
      context: { disableRevalidate: true },
    })
    expect(line(await loadDashboard(payload, editor as never, NOW), 'speakers-unconfirmed')).toBeUndefined()
  })

  it('counts sessions placed or taken off on the schedule board (their drafts), as the board shows them', async () => {
    const room = await make.create('rooms', { name: 'Sample room 2031 (generated)', edition: edition.id })
    // A session made from an accepted proposal: a draft with no time yet.
    const waiting = await make.create(
      'sessions',
      { title: 'Sample unplaced session (generated)', edition: edition.id, kind: 'talk' },
      { draft: true },
    )
    const placed = await make.create('sessions', {
      title: 'Sample placed session (generated)',
      edition: edition.id,
      kind: 'talk',
      start: '2031-06-01T09:00:00.000Z',
      end: '2031-06-01T10:00:00.000Z',
      room: room.id,
      _status: 'published',
    })
    const unplaced = async () => line(await loadDashboard(payload, editor as never, NOW), 'sessions-unplaced')
    expect(await unplaced()).toMatchObject({ count: 1 })
    // The board saves drafts: the first is placed, the second taken off the board.
    const draft = (id: unknown, data: Record<string, unknown>) =>
      payload.update({
        collection: 'sessions',
        id: id as never,
        data: data as never,
        draft: true,
        overrideAccess: true,
        context: { disableRevalidate: true },
      })
    await draft(waiting.id, { start: '2031-06-01T11:00:00.000Z', end: '2031-06-01T12:00:00.000Z', room: room.id })
    expect(await unplaced()).toBeUndefined()
    await draft(placed.id, { start: null, end: null })
    expect(await unplaced()).toMatchObject({ count: 1, text: '1 session without a time or a room' })
  })

  it("links each line to the place to act: the edition's themes, the proposals a reviewer has not reviewed", async () => {
    const bare = await make.edition(2032, { status: 'draft', _status: 'draft' })
    const themesLine = (await loadDashboard(payload, editor as never, NOW)).editions
      .find((entry) => entry.edition.year === 2032)!
      .lines.find((l) => l.key === 'themes-missing')!
    expect(themesLine.href).toBe(`/admin/collections/themes?${encodeURIComponent('where[edition][equals]')}=${bare.id}`)

    const reviewer = await make.user('reviewer', { reviewerEditions: [edition.id] })
    const [reviewed, open] = [await make.proposal(edition, { status: 'in-review' }), await make.proposal(edition, { status: 'in-review' })]
    await make.create('reviews', { proposal: reviewed.id, reviewer: reviewer.id, score: 3 })
    const toReview = line(await loadDashboard(payload, reviewer as never, NOW), 'to-review')!
    // The link lists what the line counts: open proposals of the edition, without the ones already reviewed.
    const listed = await payload.find({
      collection: 'proposals',
      where: whereOf(toReview.href) as never,
      overrideAccess: true,
      depth: 0,
      pagination: false,
    })
    expect(listed.docs.length).toBe(toReview.count)
    expect(listed.docs.map((doc) => doc.id)).toContain(open.id)
    expect(listed.docs.map((doc) => doc.id)).not.toContain(reviewed.id)
  })

  it("counts the committee's texts missing in French too (affiliations), linking to the edition's committee", async () => {
    const bare = await make.edition(2033, { status: 'draft', _status: 'draft' })
    await payload.update({
      collection: 'editions',
      id: bare.id,
      data: { title: 'Édition exemple 2033' },
      locale: 'fr',
      overrideAccess: true,
      context: { disableRevalidate: true },
    })
    const member = await make.create('committee-members', {
      name: 'Sample Member (generated)',
      role: 'member',
      affiliation: 'Sample Lab',
      edition: bare.id,
    })
    const french = async () =>
      (await loadDashboard(payload, editor as never, NOW)).editions
        .find((entry) => entry.edition.year === 2033)!
        .lines.find((l) => l.key === 'french-missing')
    expect(await french()).toEqual({
      key: 'french-missing',
      tone: 'todo',
      count: 1,
      text: 'French texts missing: 1 committee member',
      href: `/admin/collections/committee-members?${encodeURIComponent('where[edition][equals]')}=${bare.id}`,
    })
    await payload.update({
      collection: 'committee-members',
      id: member.id,
      data: { affiliation: 'Laboratoire exemple' },
      locale: 'fr',
      overrideAccess: true,
      context: { disableRevalidate: true },
    })
    expect(await french()).toBeUndefined()
  })

  it("tells admins the last backup's age, from the backups' record, and failed emails; editors see neither", async () => {
    expect(siteLine(await loadDashboard(payload, admin as never, NOW), 'backup-age')).toMatchObject({
      tone: 'todo',
      text: 'No backup recorded: run npm run backup -- --out <file> on the server',
      href: '/admin/collections/backup-runs',
    })
    await recordBackupRun(payload, { at: new Date('2031-03-07T09:00:00.000Z'), file: 'sample-a.json', bytes: 10, documents: 1 })
    expect(siteLine(await loadDashboard(payload, admin as never, NOW), 'backup-age')).toMatchObject({
      tone: 'todo',
      text: 'Last backup 3 days ago (sample-a.json, 7 March 2031)',
    })
    await recordBackupRun(payload, { at: new Date('2031-03-10T08:00:00.000Z'), file: 'sample-b.json', bytes: 10, documents: 1 })
    expect(siteLine(await loadDashboard(payload, admin as never, NOW), 'backup-age')).toMatchObject({
      tone: 'info',
      text: 'Last backup 2 hours ago (sample-b.json, 10 March 2031)',
    })

    const failing = await receivedAt('2031-03-06T12:00:00.000Z', { status: 'rejected' })
    await payload.update({
      collection: 'proposals',
      id: failing.id,
      data: { decisionEmail: { kind: 'decline', status: 'failed' } } as never,
      overrideAccess: true,
      context: { disableRevalidate: true },
    })
    const forAdmin = await loadDashboard(payload, admin as never, NOW)
    expect(siteLine(forAdmin, 'emails-failed')).toMatchObject({ count: 1, text: '1 proposal with a failed email' })
    expect(line(forAdmin, 'decisions-unsent')).toMatchObject({ count: 1 }) // a failed decision email is released again from the outbox
    expect((await loadDashboard(payload, editor as never, NOW)).site).toEqual([])
    // The record is closed to everyone but admins through the API.
    await expect(payload.find({ collection: 'backup-runs', overrideAccess: false, user: editor as never })).rejects.toThrow()
  })
})
