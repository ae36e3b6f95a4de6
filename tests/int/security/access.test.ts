/**
 * The access rules of ARCHITECTURE.md in the details a table cannot express: field access, drafts
 * behind a published version, joins, the first-user rule, archived editions. The matrix itself (every
 * role × subject × operation) is a table in ../helpers/accessMatrix.ts, played through the Local API,
 * REST and GraphQL by accessMatrix.test.ts; this file uses the same fixtures.
 */
import { Forbidden, type CollectionSlug, type Payload } from 'payload'

import {
  ABSTRACT,
  as,
  attempt,
  authUser,
  build,
  create,
  fx,
  removeFixtureMedia,
  setUpAccessFixtures,
  type AuthUser,
  type Doc,
  type Id,
  type RoleName,
} from '../helpers/accessMatrix'
import { startTestPayload, type TestPayload } from '../helpers/testPayload'

let ctx: TestPayload
let payload: Payload

beforeAll(async () => {
  ctx = await startTestPayload()
  payload = ctx.payload
  await setUpAccessFixtures(payload)
})

afterAll(async () => {
  await removeFixtureMedia()
  await ctx?.close()
})

const byId = (id: Id) => ({ id: { equals: id } })

/** An update through the access rules, as a role's fixture account or as this user. */
const updateAs = (
  who: RoleName | AuthUser,
  collection: CollectionSlug,
  id: Id,
  data: Record<string, unknown>,
  options: { draft?: boolean } = {},
) =>
  payload.update({
    collection,
    id,
    data,
    overrideAccess: false,
    user: typeof who === 'string' ? as(who) : who,
    ...options,
  } as never) as unknown as Promise<Doc>

// ---------------------------------------------------------------------------------------------------
// Details the table cannot express
// ---------------------------------------------------------------------------------------------------

describe('first user', () => {
  it('the first account created in an empty users collection becomes admin even when created as editor', () => {
    expect(fx.firstUserRoleAsSaved).toBe('admin')
  })

  it('later accounts keep the role they were created with', async () => {
    const stored = await payload.findByID({ collection: 'users', id: fx.users.editor.id, overrideAccess: true })
    expect(stored.role).toBe('editor')
    const reviewer = await payload.findByID({ collection: 'users', id: fx.users.reviewer.id, overrideAccess: true })
    expect(reviewer.role).toBe('reviewer')
  })
})

describe('users', () => {
  it.each(['editor', 'reviewer', 'reviewer-other'] as const)('%s lists exactly one account: their own', async (role) => {
    const { docs } = await payload.find({ collection: 'users', overrideAccess: false, user: as(role), limit: 100 })
    expect(docs.map((doc) => String(doc.id))).toEqual([String(as(role)!.id)])
  })

  it('admin lists every account', async () => {
    const { docs } = await payload.find({ collection: 'users', overrideAccess: false, user: as('admin'), pagination: false })
    const ids = docs.map((doc) => String(doc.id))
    for (const user of Object.values(fx.users)) expect(ids).toContain(String(user.id))
  })

  it.each([
    ['editor', 'admin'],
    ['reviewer', 'admin'],
    ['reviewer', 'editor'],
  ] as const)('%s cannot change their own role to %s (the field is silently kept)', async (role, wanted) => {
    const self = as(role)!
    const result = await updateAs(self, 'users', self.id, { role: wanted, name: `renamed ${role}` })
    // What happens: the update of the other fields succeeds, the role field is dropped by field access.
    expect(result.name).toBe(`renamed ${role}`)
    expect(result.role).toBe(self.role)
    const stored = await payload.findByID({ collection: 'users', id: self.id, overrideAccess: true })
    expect(stored.role).toBe(self.role)
    expect(stored.role).not.toBe(wanted)
  })

  it('a reviewer cannot assign themself to another edition', async () => {
    const self = as('reviewer')!
    await updateAs(self, 'users', self.id, { reviewerEditions: [fx.editions.current.id, fx.editions.archived.id] })
    const stored = await payload.findByID({ collection: 'users', id: self.id, depth: 0, overrideAccess: true })
    expect(stored.reviewerEditions?.map(String)).toEqual([String(fx.editions.current.id)])
  })

  it('an editor cannot create an admin account', async () => {
    const before = (await payload.count({ collection: 'users', overrideAccess: true })).totalDocs
    await expect(
      payload.create({ collection: 'users', data: build.user({ role: 'admin' }) as never, overrideAccess: false, user: as('editor') }),
    ).rejects.toBeInstanceOf(Forbidden)
    expect((await payload.count({ collection: 'users', overrideAccess: true })).totalDocs).toBe(before)
  })

  it('an admin can change a role', async () => {
    const target = await create('users', build.user({ role: 'editor' }))
    const result = await updateAs('admin', 'users', target.id, { role: 'reviewer' })
    expect(result.role).toBe('reviewer')
  })
})

describe('proposals seen by reviewers', () => {
  it("a reviewer's list holds the proposals of their edition only", async () => {
    const { docs } = await payload.find({
      collection: 'proposals',
      overrideAccess: false,
      user: as('reviewer'),
      pagination: false,
      depth: 0,
    })
    expect(docs.length).toBeGreaterThan(0)
    expect(docs.every((doc) => String(doc.edition) === String(fx.editions.current.id))).toBe(true)
    expect(docs.map((doc) => String(doc.id))).not.toContain(String(fx.proposals.other.id))
  })

  it.each([0, 1])('the submitter email and internal notes are absent for a reviewer (depth %i)', async (depth) => {
    const doc = await payload.findByID({
      collection: 'proposals',
      id: fx.proposals.own.id,
      depth,
      overrideAccess: false,
      user: as('reviewer'),
    })
    expect(String(doc.id)).toBe(String(fx.proposals.own.id))
    expect(doc.abstract).toBe(ABSTRACT)
    expect(doc.submitter?.name).toBe('Ada Submitter')
    expect(doc.submitter).not.toHaveProperty('email')
    expect(doc).not.toHaveProperty('internalNotes')
  })

  it('editors do see the submitter email and internal notes', async () => {
    const doc = await payload.findByID({ collection: 'proposals', id: fx.proposals.own.id, overrideAccess: false, user: as('editor') })
    expect(doc.submitter?.email).toMatch(/@example\.org$/)
    expect(doc.internalNotes).toBe('Editors only: strong candidate.')
  })

  it('a reviewer cannot probe the submitter email with a query (QueryError, no result)', async () => {
    const email = (fx.proposals.own.submitter as { email: string }).email
    await expect(
      payload.find({
        collection: 'proposals',
        where: { 'submitter.email': { equals: email } },
        overrideAccess: false,
        user: as('reviewer'),
      }),
    ).rejects.toMatchObject({ name: 'QueryError', message: expect.stringContaining('submitter.email') })
    // An editor may search by it.
    const forEditor = await payload.find({
      collection: 'proposals',
      where: { 'submitter.email': { equals: email } },
      overrideAccess: false,
      user: as('editor'),
    })
    expect(forEditor.docs.map((doc) => String(doc.id))).toEqual([String(fx.proposals.own.id)])
  })

  it('a populated proposal in a review also hides the submitter email', async () => {
    const review = await payload.findByID({
      collection: 'reviews',
      id: fx.reviews.own.id,
      depth: 1,
      overrideAccess: false,
      user: as('reviewer'),
    })
    const proposal = review.proposal as unknown as Record<string, unknown>
    expect(typeof proposal).toBe('object')
    expect(proposal.submitter).not.toHaveProperty('email')
    expect(proposal).not.toHaveProperty('internalNotes')
  })

  it('a reviewer assigned to no edition sees no proposal at all', async () => {
    const lonely = await create('users', build.user({ role: 'reviewer' }))
    await expect(payload.find({ collection: 'proposals', overrideAccess: false, user: await authUser(lonely.id) })).rejects.toBeInstanceOf(
      Forbidden,
    )
  })

  it('a reviewer user without populated editions (JWT at depth 0) gets the same filter', async () => {
    const raw = await payload.findByID({ collection: 'users', id: fx.users.reviewer.id, depth: 0, overrideAccess: true })
    const { docs } = await payload.find({
      collection: 'proposals',
      overrideAccess: false,
      user: { ...raw, collection: 'users' },
      pagination: false,
      depth: 0,
    })
    const ids = docs.map((doc) => String(doc.id))
    expect(ids).toContain(String(fx.proposals.own.id))
    expect(ids).not.toContain(String(fx.proposals.other.id))
  })

  it('the public never sees the proposal a session came from', async () => {
    const session = await payload.findByID({ collection: 'sessions', id: fx.sessions.published.id, depth: 1, overrideAccess: false })
    expect(session.title).toBe(fx.sessions.published.title)
    expect(session).not.toHaveProperty('proposal')
  })

  it('a reviewer of another edition gets no populated proposal through a session', async () => {
    const session = await payload.findByID({
      collection: 'sessions',
      id: fx.sessions.published.id,
      depth: 1,
      overrideAccess: false,
      user: as('reviewer-other'),
    })
    const proposal = session.proposal as unknown
    expect(typeof proposal === 'object' && proposal !== null && 'title' in proposal).toBe(false)
  })
})

describe('reviews', () => {
  it("a reviewer lists their own reviews and their peers' only on proposals they reviewed", async () => {
    const { docs } = await payload.find({ collection: 'reviews', overrideAccess: false, user: as('reviewer'), pagination: false, depth: 0 })
    const ids = docs.map((doc) => String(doc.id))
    expect(ids).toContain(String(fx.reviews.own.id))
    expect(ids).toContain(String(fx.reviews.peer.id))
    expect(ids).not.toContain(String(fx.reviews.peerUnreviewed.id))
    expect(ids).not.toContain(String(fx.reviews.other.id))
    const reviewedByMe = new Set(
      docs.filter((doc) => String(doc.reviewer) === String(fx.users.reviewer.id)).map((doc) => String(doc.proposal)),
    )
    expect(docs.every((doc) => reviewedByMe.has(String(doc.proposal)))).toBe(true)
  })

  it('a review is bound to its author and to the edition of its proposal', async () => {
    const proposal = await create('proposals', build.proposal(fx.editions.current))
    const review = await payload.create({
      collection: 'reviews',
      data: { proposal: proposal.id, score: 3 },
      overrideAccess: false,
      user: as('reviewer'),
      depth: 0,
    })
    expect(String(review.reviewer)).toBe(String(fx.users.reviewer.id))
    expect(String(review.edition)).toBe(String(fx.editions.current.id))
  })

  it('a reviewer cannot write a review in the name of another reviewer', async () => {
    const proposal = await create('proposals', build.proposal(fx.editions.current))
    let saved: Doc | undefined
    const outcome = await attempt(async () => {
      saved = (await payload.create({
        collection: 'reviews',
        data: { proposal: proposal.id, score: 1, reviewer: fx.users.peer.id },
        overrideAccess: false,
        user: as('reviewer'),
        depth: 0,
      })) as unknown as Doc
    })
    const forged = await payload.count({
      collection: 'reviews',
      where: { and: [{ proposal: { equals: proposal.id } }, { reviewer: { equals: fx.users.peer.id } }] },
      overrideAccess: true,
    })
    expect(forged.totalDocs).toBe(0)
    // The review is saved, in the reviewer's own name (Reviews' hook overwrites the reviewer field).
    expect(outcome).toBe('allowed')
    expect(String(saved?.reviewer)).toBe(String(fx.users.reviewer.id))
    const stored = await payload.find({
      collection: 'reviews',
      where: { proposal: { equals: proposal.id } },
      overrideAccess: true,
      depth: 0,
    })
    expect(stored.docs.map((doc) => String(doc.reviewer))).toEqual([String(fx.users.reviewer.id)])
  })

  it('a reviewer cannot move their review onto a proposal of an edition they do not review', async () => {
    await expect(updateAs('reviewer', 'reviews', fx.reviews.own.id, { proposal: fx.proposals.other.id })).rejects.toBeInstanceOf(Forbidden)
    const stored = await payload.findByID({ collection: 'reviews', id: fx.reviews.own.id, depth: 0, overrideAccess: true })
    expect(String(stored.proposal)).toBe(String(fx.proposals.own.id))
  })
})

describe('drafts', () => {
  // Joins return 10 documents by default; this file creates more than that. A new object each call:
  // Payload writes the access constraint into the joins argument it is given.
  const allJoined = () => ({ themes: { limit: 0 }, speakers: { limit: 0 } })

  it('a published theme with a newer unpublished draft: the public and reviewers get the published text only', async () => {
    const theme = await create('themes', build.theme(fx.editions.current, { summary: 'Published summary' }))
    await updateAs('editor', 'themes', theme.id, { summary: 'Secret draft summary' }, { draft: true })
    for (const role of ['public', 'reviewer'] as const) {
      for (const draft of [false, true]) {
        const { docs } = await payload.find({ collection: 'themes', where: byId(theme.id), draft, overrideAccess: false, user: as(role) })
        expect(docs.map((doc) => doc.summary)).not.toContain('Secret draft summary')
      }
      const published = await payload.find({ collection: 'themes', where: byId(theme.id), overrideAccess: false, user: as(role) })
      expect(published.docs.map((doc) => doc.summary)).toEqual(['Published summary'])
    }
    const forEditor = await payload.findByID({ collection: 'themes', id: theme.id, draft: true, overrideAccess: false, user: as('editor') })
    expect(forEditor.summary).toBe('Secret draft summary')
  })

  it.each(['public', 'reviewer'] as const)("the edition's joined themes and speakers hide drafts from %s", async (role) => {
    const edition = await payload.findByID({
      collection: 'editions',
      id: fx.editions.current.id,
      depth: 1,
      joins: allJoined(),
      overrideAccess: false,
      user: as(role),
    })
    const ids = (join: unknown) =>
      ((join as { docs?: unknown[] } | undefined)?.docs ?? []).map((doc) => String(typeof doc === 'object' && doc ? (doc as Doc).id : doc))
    expect(ids(edition.themes)).toContain(String(fx.themes.published.id))
    expect(ids(edition.themes)).not.toContain(String(fx.themes.draft.id))
    expect(ids(edition.speakers)).toContain(String(fx.speakers.published.id))
    expect(ids(edition.speakers)).not.toContain(String(fx.speakers.draft.id))
  })

  it("an editor sees the edition's draft themes in the join", async () => {
    const edition = await payload.findByID({
      collection: 'editions',
      id: fx.editions.current.id,
      depth: 1,
      joins: allJoined(),
      overrideAccess: false,
      user: as('editor'),
    })
    const ids = (edition.themes?.docs ?? []).map((doc) => String(typeof doc === 'object' ? doc.id : doc))
    expect(ids).toContain(String(fx.themes.draft.id))
  })

  it('the public list of editions holds only published editions past their draft stage', async () => {
    const { docs } = await payload.find({ collection: 'editions', overrideAccess: false, pagination: false, depth: 0 })
    const years = docs.map((doc) => doc.year)
    expect(years).toEqual(expect.arrayContaining([2025, 2026]))
    expect(years).not.toContain(2027)
    expect(years).not.toContain(2028)
    expect(docs.every((doc) => doc._status === 'published' && doc.status !== 'draft')).toBe(true)
  })
})

describe('archived editions', () => {
  it('an editor archives an edition (one action), after which it is frozen for them; an admin unfreezes it', async () => {
    const edition = await create('editions', build.edition({ status: 'current' }))
    const archived = await updateAs('editor', 'editions', edition.id, { status: 'archived' })
    expect(archived.status).toBe('archived')

    await expect(updateAs('editor', 'editions', edition.id, { status: 'current' })).rejects.toBeInstanceOf(Forbidden)
    expect((await payload.findByID({ collection: 'editions', id: edition.id, overrideAccess: true })).status).toBe('archived')

    const unfrozen = await updateAs('admin', 'editions', edition.id, { status: 'current' })
    expect(unfrozen.status).toBe('current')
    const edited = await updateAs('editor', 'editions', edition.id, { tagline: 'Editable again' })
    expect(edited.tagline).toBe('Editable again')
  })

  it('an editor cannot move a theme into an archived edition', async () => {
    const theme = await create('themes', build.theme(fx.editions.current))
    await expect(updateAs('editor', 'themes', theme.id, { edition: fx.editions.archived.id })).rejects.toBeInstanceOf(Forbidden)
    const stored = await payload.findByID({ collection: 'themes', id: theme.id, depth: 0, overrideAccess: true })
    expect(String(stored.edition)).toBe(String(fx.editions.current.id))
  })

  it('an editor still lists the content of an archived edition', async () => {
    const { docs } = await payload.find({
      collection: 'themes',
      where: { edition: { equals: fx.editions.archived.id } },
      overrideAccess: false,
      user: as('editor'),
    })
    expect(docs.map((doc) => String(doc.id))).toContain(String(fx.themes.archived.id))
  })
})
