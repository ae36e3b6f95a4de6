/**
 * Archiving an edition: the admin's "Archive this edition" action (POST /api/editions/:id/archive and
 * its domain function) reaches the same state as the seed's archived 2025 edition; archived content is
 * refused to editors and reviewers with a message saying why; an admin unarchives.
 */
import { Forbidden, type CollectionSlug, type Payload } from 'payload'

import { archiveEdition, unarchiveEdition } from '../../../src/archive/archiveEdition'
import { archiveEndpoints } from '../../../src/archive/endpoints'
import { isCfpOpen } from '../../../src/cfp/window'
import { endOfDayInParis } from '../../../src/platform/dates'
import { parisDay } from '../../../src/platform/fields/parisDates'
import { editionState } from '../../../src/editions/read'
import type { Edition } from '../../../src/payload-types'
import { loadSeedData } from '../../../src/seed/data'
import { seed } from '../../../src/seed/seed'
import { factories, SAMPLE_ABSTRACT, type AuthUser, type Doc, type Factories, type Id } from '../helpers/factories'
import { firstErrorMessage, postToEndpoint } from '../helpers/http'
import { startTestPayload, type TestPayload } from '../helpers/testPayload'

let ctx: TestPayload
let payload: Payload
const users = {} as Record<'admin' | 'editor' | 'reviewer', AuthUser>
let sequence = 0
const next = () => ++sequence

let make: Factories
const create = (collection: CollectionSlug, data: Record<string, unknown>) => make.create(collection, data)
const reqAs = (user: AuthUser | undefined) => make.reqAs(user)

async function editionByYear(year: number): Promise<Edition> {
  const { docs } = await payload.find({ collection: 'editions', where: { year: { equals: year } }, depth: 0, overrideAccess: true })
  if (!docs[0]) throw new Error(`no edition ${year}`)
  return docs[0]
}

async function currentYear(): Promise<number | null> {
  const settings = await payload.findGlobal({ slug: 'site-settings', depth: 1, overrideAccess: true })
  const current = settings.currentEdition
  return typeof current === 'object' && current ? current.year : null
}

/** The outcome of an attempt: 'allowed', or the message of the Forbidden it threw. */
async function attempt(fn: () => Promise<unknown>): Promise<string> {
  try {
    await fn()
    return 'allowed'
  } catch (error) {
    if (error instanceof Forbidden) return error.message
    throw error
  }
}

/** Content of every kind that belongs to an edition, created with overrideAccess. */
async function fillEdition(edition: Edition, live: Edition) {
  const theme = await create('themes', { title: `Theme ${next()}`, edition: edition.id, _status: 'published' })
  const member = await create('committee-members', { name: `Member ${next()}`, role: 'member', edition: edition.id })
  const session = await create('sessions', {
    title: `Session ${next()}`,
    edition: edition.id,
    kind: 'talk',
    start: '2025-12-01T09:00:00.000Z',
    end: '2025-12-01T10:00:00.000Z',
  })
  const proposal = await create('proposals', {
    edition: edition.id,
    submitter: { name: 'Sample Submitter', email: `sample.${next()}@example.org` },
    title: `Sample proposal ${next()}`,
    abstract: SAMPLE_ABSTRACT,
    format: 'framing-talk',
    bio: 'Sample data for a test.',
    consent: true,
  })
  const review = await create('reviews', { proposal: proposal.id, reviewer: users.reviewer.id, score: 3 })
  const onlyHere = await create('speakers', { name: `Speaker ${next()}`, editions: [edition.id], _status: 'published' })
  const shared = await create('speakers', { name: `Speaker ${next()}`, editions: [edition.id, live.id], _status: 'published' })
  const perspective = await create('perspectives', {
    title: `Perspective ${next()}`,
    kind: 'reading',
    themes: [theme.id],
    _status: 'published',
  })
  return { theme, member, session, proposal, review, onlyHere, shared, perspective }
}

/**
 * What "archived" means, observed from outside: lifecycle status and public state, the CfP, Site
 * settings, what editors and reviewers may still change (with the message they get), and that pending
 * proposals are kept as they were.
 */
async function archivedState(year: number, liveYear: number) {
  const edition = await editionByYear(year)
  const live = await editionByYear(liveYear)
  await payload.update({
    collection: 'users',
    id: users.reviewer.id,
    data: { reviewerEditions: [edition.id, live.id] },
    overrideAccess: true,
  })
  users.reviewer = {
    ...(await payload.findByID({ collection: 'users', id: users.reviewer.id, overrideAccess: true })),
    collection: 'users',
  } as unknown as AuthUser
  const content = await fillEdition(edition, live)
  const update = (user: AuthUser, collection: CollectionSlug, id: Id, data: Record<string, unknown>) =>
    attempt(() => payload.update({ collection, id, data: data as never, overrideAccess: false, user, depth: 0 }))
  const editor = users.editor
  const cfpAt = (date: string) => isCfpOpen(edition.cfp, editionState(edition), new Date(date))
  return {
    status: edition.status,
    published: edition._status,
    publicState: editionState(edition),
    cfpOpenAtAnyTime: [cfpAt('2025-01-01T00:00:00Z'), cfpAt(new Date().toISOString()), cfpAt('2099-01-01T00:00:00Z')],
    currentEdition: await currentYear(),
    liveEditionStatus: live.status,
    editor: {
      edition: await update(editor, 'editions', edition.id, { tagline: 'changed' }),
      theme: await update(editor, 'themes', content.theme.id, { summary: 'changed' }),
      committee: await update(editor, 'committee-members', content.member.id, { affiliation: 'changed' }),
      session: await update(editor, 'sessions', content.session.id, { title: 'changed' }),
      proposal: await update(editor, 'proposals', content.proposal.id, { status: 'accepted' }),
      review: await update(editor, 'reviews', content.review.id, { comment: 'changed' }),
      speakerOnlyHere: await update(editor, 'speakers', content.onlyHere.id, { affiliation: 'changed' }),
      speakerShared: await update(editor, 'speakers', content.shared.id, { affiliation: 'changed' }),
      speakerSharedLeaves: await update(editor, 'speakers', content.shared.id, { editions: [live.id] }),
      perspective: await update(editor, 'perspectives', content.perspective.id, { summary: 'changed' }),
      newTheme: await attempt(() =>
        payload.create({ collection: 'themes', data: { title: 'New', edition: edition.id } as never, overrideAccess: false, user: editor }),
      ),
      deleteSession: await attempt(() =>
        payload.delete({ collection: 'sessions', id: content.session.id, overrideAccess: false, user: editor }),
      ),
    },
    reviewer: { review: await update(users.reviewer, 'reviews', content.review.id, { comment: 'changed' }) },
    pendingProposal: (await payload.findByID({ collection: 'proposals', id: content.proposal.id, overrideAccess: true })).status,
  }
}

async function removeEdition(year: number) {
  const edition = await editionByYear(year)
  const where = { edition: { equals: edition.id } }
  for (const collection of ['reviews', 'sessions', 'proposals', 'themes', 'committee-members'] as const) {
    await payload.delete({ collection, where, overrideAccess: true, context: { disableRevalidate: true } })
  }
  await payload.delete({
    collection: 'speakers',
    where: { editions: { in: [edition.id] } },
    overrideAccess: true,
    context: { disableRevalidate: true },
  })
  await payload.delete({ collection: 'editions', id: edition.id, overrideAccess: true, context: { disableRevalidate: true } })
}

beforeAll(async () => {
  ctx = await startTestPayload()
  payload = ctx.payload
  make = factories(payload)
  users.admin = await make.user('admin')
  users.editor = await make.user('editor')
  users.reviewer = await make.user('reviewer')
})

afterAll(async () => {
  await ctx?.close()
})

const FROZEN = (what: string) => `This edition is archived (2025): ${what} read-only; an admin can unarchive it.`

describe('the admin action reaches the state the seed gives the 2025 edition', () => {
  let byAction: Awaited<ReturnType<typeof archivedState>>

  it('archives a fresh 2025 edition that is still the current one, making 2026 current', async () => {
    // 2025 as it was while it ran: current, in Site settings, with a call for proposals still open.
    const data = loadSeedData()
    const running = {
      ...data,
      editions: data.editions.map((edition) =>
        edition.year === 2025
          ? { ...edition, status: 'current' as const, isCurrent: true }
          : { ...edition, status: 'upcoming' as const, isCurrent: false },
      ),
    }
    await seed(payload, running)
    const fresh = await editionByYear(2025)
    // A deadline is a day: it is stored as the end of that day in Paris (src/platform/fields/parisDates.ts).
    const deadline = endOfDayInParis(parisDay(new Date(Date.now() + 30 * 24 * 3600 * 1000))).toISOString()
    await payload.update({
      collection: 'editions',
      id: fresh.id,
      data: { cfp: { deadline } },
      overrideAccess: true,
      context: { disableRevalidate: true },
    })
    expect(fresh.status).toBe('current')
    expect(await currentYear()).toBe(2025)
    expect(isCfpOpen({ deadline }, editionState(fresh), new Date())).toBe(true)

    const result = await archiveEdition(await reqAs(users.editor), fresh.id, { nextCurrentEdition: (await editionByYear(2026)).id })
    expect(result.edition).toMatchObject({ year: 2025, status: 'archived' })
    expect(result.currentEdition).toMatchObject({ year: 2026 })
    expect(result.message).toContain('The 2026 edition is now the current one')
    // The deadline is a fact of the archive: kept; the CfP is closed by the status.
    expect((await editionByYear(2025)).cfp?.deadline).toBe(deadline)

    byAction = await archivedState(2025, 2026)
    expect(byAction).toMatchObject({ status: 'archived', currentEdition: 2026, liveEditionStatus: 'current', pendingProposal: 'in-review' })
  })

  it('gives the same observable state as the seed', async () => {
    await removeEdition(2025)
    await payload.updateGlobal({ slug: 'site-settings', data: { currentEdition: null }, overrideAccess: true })
    await seed(payload)
    const bySeed = await archivedState(2025, 2026)
    expect(byAction).toEqual(bySeed)
    expect(bySeed).toEqual({
      status: 'archived',
      published: 'published',
      publicState: 'past',
      cfpOpenAtAnyTime: [false, false, false],
      currentEdition: 2026,
      liveEditionStatus: 'current',
      editor: {
        edition: FROZEN('it is'),
        theme: FROZEN('its themes are'),
        committee: FROZEN('its committee is'),
        session: FROZEN('its programme sessions are'),
        proposal: FROZEN('its proposals are'),
        review: FROZEN('the reviews of its proposals are'),
        speakerOnlyHere: FROZEN('its speakers are'),
        speakerShared: 'allowed',
        speakerSharedLeaves: FROZEN('its speakers are'),
        perspective: 'allowed',
        newTheme: FROZEN('its themes are'),
        deleteSession: FROZEN('its programme sessions are'),
      },
      reviewer: { review: FROZEN('the reviews of its proposals are') },
      pendingProposal: 'in-review', // its review moved it on; archiving leaves it there
    })
  })
})

const post = (action: 'archive' | 'unarchive', id: Id | string, user: AuthUser | undefined, body?: unknown) =>
  postToEndpoint(payload, { endpoints: archiveEndpoints, path: `/:id/${action}`, id }, user, body)
const messageOf = firstErrorMessage

describe('POST /api/editions/:id/archive and /unarchive', () => {
  let edition2027: Doc
  let draft2028: Doc

  beforeAll(async () => {
    edition2027 = await make.edition(2027)
    draft2028 = await make.edition(2028, { status: 'draft' })
  })

  it('refuses the public (401) and reviewers (403)', async () => {
    const id = (await editionByYear(2026)).id
    expect(await post('archive', id, undefined, {})).toMatchObject({ status: 401 })
    const reviewer = await post('archive', id, users.reviewer, {})
    expect(reviewer.status).toBe(403)
    expect(messageOf(reviewer.body)).toBe('Only editors and admins can archive an edition.')
  })

  it('asks which edition becomes current when archiving the current one, and refuses bad choices (400)', async () => {
    const id = (await editionByYear(2026)).id
    const cases: Array<[unknown, RegExp]> = [
      [{}, /is the current one: say which edition becomes current/],
      [{ nextCurrentEdition: (await editionByYear(2025)).id }, /The 2025 edition is archived: it cannot become the current one/],
      [{ nextCurrentEdition: draft2028.id }, /The 2028 edition is not published yet/],
      [{ nextCurrentEdition: id }, /cannot stay the current one/],
      [{ nextCurrentEdition: { id: 1 } }, /must be an edition id or null/],
      ['{not json', /Invalid JSON|not valid JSON/],
    ]
    for (const [body, message] of cases) {
      const response = await post('archive', id, users.editor, body)
      expect(response.status).toBe(400)
      expect(messageOf(response.body)).toMatch(message)
    }
    expect((await editionByYear(2026)).status).toBe('current')
    expect(await currentYear()).toBe(2026)
  })

  it('answers 404 for an unknown edition and 409 for an archived one', async () => {
    const unknown = await post('archive', typeof edition2027.id === 'number' ? 999999 : 'ffffffffffffffffffffffff', users.editor, {})
    expect(unknown.status).toBe(404)
    const again = await post('archive', (await editionByYear(2025)).id, users.editor, {})
    expect(again.status).toBe(409)
    expect(messageOf(again.body)).toBe('The 2025 edition is already archived.')
  })

  it('archives the current edition with "none" as the next one, then an admin unarchives it', async () => {
    const id = (await editionByYear(2026)).id
    const archived = await post('archive', id, users.editor, { nextCurrentEdition: null })
    expect(archived.status).toBe(200)
    expect(archived.body).toMatchObject({ edition: { year: 2026, status: 'archived' }, currentEdition: null })
    expect(await currentYear()).toBeNull()

    const byEditor = await post('unarchive', id, users.editor, {})
    expect(byEditor.status).toBe(403)
    expect(messageOf(byEditor.body)).toBe('Only an admin can unarchive an edition.')

    const byAdmin = await post('unarchive', id, users.admin, { status: 'current' })
    expect(byAdmin.status).toBe(200)
    expect((await editionByYear(2026)).status).toBe('current')
    await payload.updateGlobal({ slug: 'site-settings', data: { currentEdition: id as never }, overrideAccess: true })
    // Editable again for editors.
    const edited = await payload.update({
      collection: 'editions',
      id,
      data: { tagline: 'Editable again' },
      overrideAccess: false,
      user: users.editor,
    })
    expect(edited.tagline).toBe('Editable again')
  })

  it('refuses archiving the current edition through its status field, pointing to the action', async () => {
    const id = (await editionByYear(2026)).id
    await expect(
      payload.update({ collection: 'editions', id, data: { status: 'archived' }, overrideAccess: false, user: users.editor }),
    ).rejects.toMatchObject({ status: 400, message: expect.stringContaining('is the current one: use "Archive this edition"') })
    expect((await editionByYear(2026)).status).toBe('current')
  })

  it('archives an edition that is not the current one without touching Site settings; refuses a next edition then', async () => {
    const refused = await post('archive', edition2027.id, users.editor, { nextCurrentEdition: (await editionByYear(2026)).id })
    expect(refused.status).toBe(400)
    const archived = await post('archive', edition2027.id, users.editor)
    expect(archived.status).toBe(200)
    expect(archived.body).toMatchObject({ edition: { year: 2027, status: 'archived' }, currentEdition: { year: 2026 } })
    const unarchived = await unarchiveEdition(await reqAs(users.admin), edition2027.id)
    expect(unarchived.edition.status).toBe('upcoming')
  })
})
