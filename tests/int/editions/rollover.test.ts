/**
 * "Prepare the next edition" (POST /api/editions/:id/prepare-next): a draft edition year + 1 from the
 * seeded 2026 edition, copying exactly what the editor chose, in both languages; never proposals,
 * reviews, sessions or speakers; run twice, it refuses naming the existing edition.
 */
import { createLocalReq, type CollectionSlug, type Payload } from 'payload'

import { EVERYTHING, NOTHING } from '../../../src/editions/rollover/choices'
import { rolloverEndpoints } from '../../../src/editions/rollover/endpoints'
import { prepareNextEdition } from '../../../src/editions/rollover/prepareNextEdition'
import { seed } from '../../../src/seed/seed'
import { factories, type AuthUser, type Factories, type Id } from '../helpers/factories'
import { firstErrorMessage, postToEndpoint } from '../helpers/http'
import { startTestPayload, type TestPayload } from '../helpers/testPayload'

let ctx: TestPayload
let payload: Payload
let make: Factories
const users = {} as Record<'editor' | 'reviewer', AuthUser>

const post = (id: Id, user: AuthUser | undefined, body: unknown) =>
  postToEndpoint(payload, { endpoints: rolloverEndpoints, path: '/:id/prepare-next', id }, user, body)
const messageOf = firstErrorMessage

async function edition(year: number): Promise<Record<string, any> | undefined> {
  const { docs } = await payload.find({
    collection: 'editions',
    where: { year: { equals: year } },
    locale: 'all',
    depth: 0,
    draft: true,
    joins: false,
    overrideAccess: true,
  })
  return docs[0] as Record<string, any> | undefined
}

/** The edition's themes or committee members in their order, every language. */
const inOrder = <C extends 'themes' | 'committee-members'>(collection: C, editionId: Id, options: { draft?: boolean } = {}) =>
  payload.find({
    collection,
    where: { edition: { equals: editionId } },
    locale: 'all',
    depth: 0,
    sort: 'order',
    pagination: false,
    overrideAccess: true,
    ...options,
  })
const countOf = async (collection: CollectionSlug, editionId: Id) =>
  (await payload.count({ collection, where: { edition: { equals: editionId } }, overrideAccess: true })).totalDocs

async function removeEdition(year: number) {
  const doc = await edition(year)
  if (!doc) return
  for (const collection of ['themes', 'committee-members'] as const) {
    await payload.delete({ collection, where: { edition: { equals: doc.id } }, overrideAccess: true, context: { disableRevalidate: true } })
  }
  await payload.delete({ collection: 'editions', id: doc.id, overrideAccess: true, context: { disableRevalidate: true } })
}

let source: Record<string, any>

beforeAll(async () => {
  ctx = await startTestPayload()
  payload = ctx.payload
  await seed(payload)
  make = factories(payload)
  users.editor = await make.user('editor', { email: 'editor@example.org' })
  users.reviewer = await make.user('reviewer', { email: 'reviewer@example.org' })
  source = (await edition(2026))!
  // Things that must never be copied: a proposal and a session of 2026.
  await make.proposal(source.id)
  await make.create('sessions', {
    title: 'Sample session (generated)',
    edition: source.id,
    kind: 'talk',
    start: '2026-12-01T09:00:00.000Z',
    end: '2026-12-01T10:00:00.000Z',
  })
})

afterAll(async () => {
  await ctx?.close()
})

afterEach(async () => {
  await removeEdition(2027)
})

describe('prepare the next edition', () => {
  it('copies nothing but the edition itself when nothing is chosen: draft, year + 1, ordinal + 1, dates empty, call closed', async () => {
    const response = await post(source.id, users.editor, { copy: {} })
    expect(response.status).toBe(201)
    const next = (await edition(2027))!
    expect(next).toMatchObject({ year: 2027, ordinal: source.ordinal + 1, status: 'draft', _status: 'draft' })
    expect(next.title).toEqual({ en: 'Commons AI 2027', fr: source.title.fr.replace('2026', '2027') })
    expect(next.startDate ?? null).toBeNull()
    expect(next.endDate ?? null).toBeNull()
    expect(next.cfp?.opensAt ?? null).toBeNull()
    expect(next.cfp?.deadline ?? null).toBeNull()
    expect(next.cfp?.contactEmail ?? null).toBeNull()
    expect(next.format ?? []).toEqual([])
    expect(next.newsletterUrl ?? null).toBeNull()
    expect(next.registration).toMatchObject({ state: 'to-be-announced' })
    expect(next.registration.url ?? null).toBeNull()
    for (const collection of ['themes', 'committee-members', 'proposals', 'reviews', 'sessions'] as const) {
      expect(await countOf(collection, next.id)).toBe(0)
    }
    expect(response.body).toMatchObject({ edition: { year: 2027 }, copied: { formatParts: 0, themes: 0, committeeMembers: 0 } })
    expect(response.body.adminPath).toBe(`/admin/collections/editions/${next.id}`)
  })

  it('copies every choice in English and French, themes as drafts linked to their originals; never proposals, sessions or speakers', async () => {
    const response = await post(source.id, users.editor, { copy: EVERYTHING })
    expect(response.status).toBe(201)
    const next = (await edition(2027))!
    // Format parts, both languages, with their texts.
    expect(next.format.map((block: any) => [block.blockType, block.title, block.description])).toEqual(
      source.format.map((block: any) => [block.blockType, block.title, block.description]),
    )
    expect(next.formatIntro).toEqual(source.formatIntro)
    expect(next.themesIntro).toEqual(source.themesIntro)
    expect(next.committeeIntro).toEqual(source.committeeIntro)
    expect(next.cfp).toMatchObject({ heading: source.cfp.heading, intro: source.cfp.intro, contactEmail: source.cfp.contactEmail })
    expect(next.cfp.deadline ?? null).toBeNull()
    expect(next.newsletterUrl ?? null).toBe(source.newsletterUrl ?? null)
    expect(next.registration.url ?? null).toBe(source.registration?.url ?? null)
    // Never the venue or the dates: they belong to the new year.
    expect(next.venue?.en ?? null).toBeNull()
    expect(next.tagline?.en ?? null).toBeNull()

    const themes = await inOrder('themes', next.id, { draft: true })
    const originals = await inOrder('themes', source.id)
    expect(themes.docs.length).toBe(originals.docs.length)
    expect(themes.docs.length).toBeGreaterThan(0)
    themes.docs.forEach((theme, index) => {
      const original = originals.docs[index]!
      expect(theme._status).toBe('draft')
      expect(theme.title).toEqual(original.title)
      expect(theme.summary).toEqual(original.summary)
      expect(theme.slug).toBe(original.slug)
      expect(theme.continues).toEqual([original.id])
    })
    const members = await inOrder('committee-members', next.id)
    const sourceMembers = await inOrder('committee-members', source.id)
    const people = (docs: typeof members.docs) =>
      docs.map((m: any) => [m.name, m.role, m.affiliation?.en ?? null, m.affiliation?.fr ?? null])
    expect(people(members.docs)).toEqual(people(sourceMembers.docs))
    expect(response.body.copied).toEqual({
      formatParts: source.format.length,
      themes: themes.docs.length,
      committeeMembers: members.docs.length,
    })

    for (const collection of ['proposals', 'reviews', 'sessions'] as const) expect(await countOf(collection, next.id)).toBe(0)
    expect(await payload.count({ collection: 'speakers', where: { editions: { in: [next.id] } }, overrideAccess: true })).toEqual({
      totalDocs: 0,
    })
    // The source is untouched.
    expect(await countOf('proposals', source.id)).toBe(1)
  })

  it.each(['format', 'themes', 'committee', 'cfpTexts', 'links', 'seo'] as const)('copies %s alone and nothing else', async (choice) => {
    const response = await post(source.id, users.editor, { copy: { [choice]: true } })
    expect(response.status).toBe(201)
    const next = (await edition(2027))!
    const copied = {
      format: (next.format ?? []).length > 0,
      themes: (await countOf('themes', next.id)) > 0,
      committee: (await countOf('committee-members', next.id)) > 0,
      cfpTexts: Boolean(next.cfp?.contactEmail) || Boolean(next.cfp?.intro?.en),
      links: Boolean(next.newsletterUrl) || Boolean(next.registration?.url),
      seo: Boolean(next.seo?.title?.en) || Boolean(next.seo?.description?.en),
    }
    // What the 2026 seed has to copy for each choice (links and SEO texts may be empty there).
    const available = {
      format: source.format.length > 0,
      themes: (await countOf('themes', source.id)) > 0,
      committee: (await countOf('committee-members', source.id)) > 0,
      cfpTexts: Boolean(source.cfp?.contactEmail),
      links: Boolean(source.newsletterUrl) || Boolean(source.registration?.url),
      seo: Boolean(source.seo?.title?.en) || Boolean(source.seo?.description?.en),
    }
    expect(copied).toEqual({ ...NOTHING, [choice]: available[choice] })
  })

  it('refuses a second time, naming the existing edition, and leaves it as it was', async () => {
    expect((await post(source.id, users.editor, { copy: { themes: true } })).status).toBe(201)
    const first = (await edition(2027))!
    const themesBefore = await countOf('themes', first.id)
    const again = await post(source.id, users.editor, { copy: EVERYTHING })
    expect(again.status).toBe(409)
    expect(messageOf(again.body)).toBe(
      `The 2027 edition already exists ("Commons AI 2027", draft, id ${String(first.id)}): open it instead of preparing it again.`,
    )
    expect(await countOf('themes', first.id)).toBe(themesBefore)
    expect(await payload.count({ collection: 'editions', where: { year: { equals: 2027 } }, overrideAccess: true })).toEqual({
      totalDocs: 1,
    })
  })

  it('prepares once when asked twice at the same moment: the other answer is the same 409 naming the edition', async () => {
    const answers = await Promise.all([
      post(source.id, users.editor, { copy: { themes: true } }),
      post(source.id, users.editor, { copy: { themes: true } }),
    ])
    expect(answers.map((answer) => answer.status).sort()).toEqual([201, 409])
    const next = (await edition(2027))!
    const refused = answers.find((answer) => answer.status === 409)!
    expect(messageOf(refused.body)).toBe(
      `The 2027 edition already exists ("Commons AI 2027", draft, id ${String(next.id)}): open it instead of preparing it again.`,
    )
    // One edition, and only its own copy of the themes.
    expect(await payload.count({ collection: 'editions', where: { year: { equals: 2027 } }, overrideAccess: true })).toEqual({
      totalDocs: 1,
    })
    expect(await countOf('themes', next.id)).toBe(await countOf('themes', source.id))
  })

  it('refuses the public (401), reviewers (403) and bad choices (400)', async () => {
    expect((await post(source.id, undefined, { copy: {} })).status).toBe(401)
    const reviewer = await post(source.id, users.reviewer, { copy: {} })
    expect(reviewer.status).toBe(403)
    expect(messageOf(reviewer.body)).toBe('Only editors and admins can prepare the next edition.')
    const unknown = await post(source.id, users.editor, { copy: { proposals: true } })
    expect(unknown.status).toBe(400)
    expect(messageOf(unknown.body)).toMatch(/"proposals" cannot be copied/)
    expect((await post(source.id, users.editor, {})).status).toBe(400)
    expect((await post(source.id, users.editor, { copy: { themes: 'yes' } })).status).toBe(400)
    expect(await edition(2027)).toBeUndefined()
  })

  /** The adapter's real transaction, as beginMaintenanceTransaction finds it (src/platform/db/databaseAdapter.ts). */
  const MAINTENANCE_BEGIN = Symbol.for('commons-hub.maintenanceBeginTransaction')
  /** What a database without transactions answers. */
  async function noTransaction(): Promise<null> {
    return null
  }

  it.each([
    ['in its transaction', false],
    // As on a database without transactions (MongoDB without a replica set): what was created is deleted again.
    ['without a transaction, by deleting what it created', true],
  ])('leaves nothing behind when a write fails half-way (%s)', async (_, withoutTransaction) => {
    const req = await createLocalReq({ user: users.editor as never }, payload)
    // A committee member that cannot be copied (its role is not a valid option) fails after the edition and themes are written.
    const broken = await make.create('committee-members', { name: 'Sample Member', role: 'member', edition: source.id, order: 999 })
    await payload.db.updateOne({ collection: 'committee-members', id: broken.id, data: { role: 'not-a-role' } as never, req: {} as never })
    // Documents, and the versions (drafts) editions and themes keep.
    const counts = async () =>
      Promise.all([
        ...(['editions', 'themes', 'committee-members'] as const).map(
          async (collection) => (await payload.count({ collection, overrideAccess: true })).totalDocs,
        ),
        ...(['editions', 'themes'] as const).map(
          async (collection) => (await payload.countVersions({ collection, overrideAccess: true })).totalDocs,
        ),
      ])
    const before = await counts()
    const adapter = payload.db as unknown as Record<symbol, unknown>
    const begin = adapter[MAINTENANCE_BEGIN]
    if (withoutTransaction) adapter[MAINTENANCE_BEGIN] = noTransaction
    try {
      await expect(prepareNextEdition(req, source.id as Id, EVERYTHING)).rejects.toThrow()
    } finally {
      adapter[MAINTENANCE_BEGIN] = begin
    }
    expect(await edition(2027)).toBeUndefined()
    expect(await counts()).toEqual(before)
    await payload.delete({ collection: 'committee-members', id: broken.id, overrideAccess: true, context: { disableRevalidate: true } })
  })
})
