/**
 * The editors' dashboard ("What needs attention"): per role and per edition, each line linking where to
 * act. Figures come from the database (counts), checked here against the generated sample data.
 */
import { createLocalReq, type CollectionSlug, type Payload } from 'payload'
import { createElement } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'

import { loadDashboard, MIN_REVIEWS, type Dashboard } from '../../../src/editions/dashboard/attention'
import { PerThemeChart } from '../../../src/editions/dashboard/PerThemeChart'
import { NOTHING } from '../../../src/editions/rollover/choices'
import { prepareNextEdition } from '../../../src/editions/rollover/prepareNextEdition'
import { seed } from '../../../src/seed/seed'
import { factories, type Factories } from '../helpers/factories'
import { startTestPayload, type TestPayload } from '../helpers/testPayload'

type Id = number | string
type Doc = Record<string, any> & { id: Id }

let ctx: TestPayload
let payload: Payload
let make: Factories
const context = { disableRevalidate: true }
const users = {} as Record<'admin' | 'editor' | 'reviewer', Doc>

const create = async (collection: CollectionSlug, data: Record<string, unknown>): Promise<Doc> => make.create(collection, data)

async function user(data: Record<string, unknown>): Promise<Doc> {
  const doc = await create('users', { password: 'correct horse battery staple', ...data })
  return (await payload.findByID({ collection: 'users', id: doc.id, overrideAccess: true, depth: 0 })) as unknown as Doc
}

const editionByYear = async (year: number): Promise<Doc> => make.editionOf(year)

const section = (dashboard: Dashboard, year: number) => dashboard.editions.find((entry) => entry.edition.year === year)
const line = (dashboard: Dashboard, year: number, key: string) => section(dashboard, year)?.lines.find((entry) => entry.key === key)

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')

let y2026: Doc
const NOW = new Date('2026-09-10T10:00:00.000Z')

beforeAll(async () => {
  ctx = await startTestPayload()
  payload = ctx.payload
  make = factories(payload)
  await seed(payload)
  y2026 = await editionByYear(2026)
  users.admin = await user({ email: 'admin@example.org', role: 'admin' })
  users.editor = await user({ email: 'editor@example.org', role: 'editor' })
  users.reviewer = await user({ email: 'reviewer@example.org', role: 'reviewer', reviewerEditions: [y2026.id] })
  const req = await createLocalReq({ user: { ...users.editor, collection: 'users' } as never }, payload)
  await prepareNextEdition(req, y2026.id, { ...NOTHING, themes: true, committee: true })
  // An English tagline not yet translated.
  const y2027 = await editionByYear(2027)
  await payload.update({
    collection: 'editions',
    id: y2027.id,
    data: { tagline: 'Sample tagline (generated)' },
    locale: 'en',
    overrideAccess: true,
    context,
  })
})

afterAll(async () => {
  await ctx?.close()
})

describe('what needs attention', () => {
  it('tells editors what the prepared 2027 edition lacks before its call can open, with links to the edition', async () => {
    const dashboard = await loadDashboard(payload, users.editor as never, NOW)
    const y2027 = await editionByYear(2027)
    expect(section(dashboard, 2025)).toBeUndefined() // archived: nothing to do there
    expect(line(dashboard, 2027, 'dates-missing')).toMatchObject({
      text: expect.stringMatching(/^Dates missing/),
      href: `/admin/collections/editions/${y2027.id}`,
    })
    expect(line(dashboard, 2027, 'cfp-deadline-missing')?.text).toMatch(/deadline missing/)
    expect(line(dashboard, 2027, 'french-missing')).toMatchObject({
      text: expect.stringMatching(/^French texts missing: edition \(Tagline\)/),
    })
    expect(line(dashboard, 2027, 'themes-missing')).toBeUndefined()
    expect(dashboard.site).toEqual([])
  })

  it('counts proposals per theme, those without enough reviews, unplaced sessions and sessions in conflict', async () => {
    const themes = (
      await payload.find({
        collection: 'themes',
        where: { edition: { equals: y2026.id } },
        sort: 'order',
        depth: 0,
        pagination: false,
        overrideAccess: true,
      })
    ).docs
    const proposal = (index: number, theme: Id) =>
      create('proposals', {
        edition: y2026.id,
        submitter: { name: `Sample Submitter ${index}`, email: `sample.${index}@example.org` },
        title: `Sample proposal ${index} (generated)`,
        abstract: 'A generated sample abstract long enough for validation: it compares three sample cases of data stewardship.',
        format: 'framing-talk',
        themes: [theme],
        bio: 'Sample data for a test.',
        consent: true,
      })
    const proposals = [await proposal(1, themes[0]!.id), await proposal(2, themes[0]!.id), await proposal(3, themes[1]!.id)]
    const second = await user({ email: 'reviewer2@example.org', role: 'reviewer', reviewerEditions: [y2026.id] })
    // Proposal 1 gets MIN_REVIEWS reviews; 2 gets one (by our reviewer); 3 none.
    await create('reviews', { proposal: proposals[0]!.id, reviewer: users.reviewer.id, score: 4 })
    await create('reviews', { proposal: proposals[0]!.id, reviewer: second.id, score: 3 })
    await create('reviews', { proposal: proposals[1]!.id, reviewer: users.reviewer.id, score: 2 })
    expect(MIN_REVIEWS).toBe(2)
    const room = await create('rooms', { name: 'Sample room (generated)', edition: y2026.id })
    const session = (title: string, start: string | null, room: number | string | null) =>
      create('sessions', {
        title,
        edition: y2026.id,
        kind: 'talk',
        ...(start ? { start, end: new Date(new Date(start).getTime() + 3600_000).toISOString() } : {}),
        room,
        _status: 'published',
      })
    await session('Sample session A (generated)', '2026-12-01T09:00:00.000Z', room.id)
    await session('Sample session B (generated)', '2026-12-01T09:30:00.000Z', room.id)
    await session('Sample session C (generated)', '2026-12-02T09:00:00.000Z', null)

    const dashboard = await loadDashboard(payload, users.editor as never, NOW)
    expect(line(dashboard, 2026, 'cfp-state')?.text).toBe('Call for proposals open, closes 15 September 2026: 6 days left')
    const perTheme = line(dashboard, 2026, 'cfp-proposals')!
    expect(perTheme.count).toBe(3)
    expect(perTheme.text).toContain(`${themes[0]!.title}: 2`)
    expect(perTheme.text).toContain(`${themes[1]!.title}: 1`)
    expect(perTheme.text).toContain(`${themes[2]!.title}: 0`)
    // The live version of "The call in numbers": the same counts per theme, drawn as SVG bars with a table.
    expect(section(dashboard, 2026)!.perTheme).toEqual(
      themes.map((theme, index) => ({ theme: theme.id, label: theme.title, count: [2, 1, 0][index] ?? 0 })),
    )
    const chart = renderToStaticMarkup(createElement(PerThemeChart, { perTheme: section(dashboard, 2026)!.perTheme!, year: 2026 }))
    expect(chart).toMatch(/<svg aria-hidden="true"/)
    expect(chart).toContain(`<th scope="row">${escapeHtml(themes[0]!.title)}</th><td>2</td>`)
    expect(chart).not.toMatch(/<script|on[a-z]+=/i)
    expect(line(dashboard, 2026, 'reviews-missing')).toMatchObject({ count: 2, text: '2 proposals with fewer than 2 reviews' })
    expect(line(dashboard, 2026, 'sessions-unplaced')).toMatchObject({ count: 1 })
    expect(line(dashboard, 2026, 'sessions-conflict')).toMatchObject({ count: 2 })
    expect(line(dashboard, 2026, 'reviews-missing')!.href).toMatch(/^\/admin\/collections\/proposals\?where/)

    // The reviewer: only their edition, only what they have not reviewed.
    const mine = await loadDashboard(payload, users.reviewer as never, NOW)
    expect(mine.editions.map((entry) => entry.edition.year)).toEqual([2026])
    expect(line(mine, 2026, 'to-review')).toMatchObject({
      count: 1,
      text: '1 proposal you have not reviewed yet (the call closes 15 September 2026)',
    })
    expect(mine.site).toEqual([])
  })

  it('shows admins the failed emails', async () => {
    const proposal = (await payload.find({ collection: 'proposals', limit: 1, depth: 0, overrideAccess: true })).docs[0]!
    await payload.update({
      collection: 'proposals',
      id: proposal.id,
      data: {
        emails: [{ kind: 'confirmation', to: 'sample.1@example.org', status: 'failed', error: 'sample failure', at: NOW.toISOString() }],
      },
      overrideAccess: true,
      context,
    })
    const forAdmin = await loadDashboard(payload, users.admin as never, NOW)
    expect(forAdmin.site).toEqual([
      expect.objectContaining({ key: 'emails-failed', count: 1 }),
      expect.objectContaining({ key: 'backup-age', text: expect.stringMatching(/^No backup recorded/) }),
    ])
    expect((await loadDashboard(payload, users.editor as never, NOW)).site).toEqual([])
    expect(await loadDashboard(payload, null, NOW)).toEqual({ role: null, editions: [], site: [] })
  })
})
