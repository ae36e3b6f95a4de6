/**
 * What the admin lists rely on (issue 18, item 7): a review carries its proposal's reference and title
 * and its reviewer's name (src/cfp/review/reviewLabels.ts), kept when the proposal or the user changes;
 * the reviews list searches them; new themes, sessions, proposals and committee members start in the
 * current edition and the edition picker leaves out archived editions (src/editions/editionRelation.ts);
 * the list link carries its filter as Payload reads it back (src/platform/http/queryString.ts); a list still
 * shows which proposal is open elsewhere, and only collections edited in the admin are lockable (`lockDocuments`).
 */
import type { Payload, Where } from 'payload'

import { bracketParams } from '../../../src/platform/http/queryString'
import { factories, TEST_PASSWORD, type Doc, type Factories } from '../helpers/factories'
import { login, rest } from '../helpers/http'
import { startTestPayload, type TestPayload } from '../helpers/testPayload'

let ctx: TestPayload
let payload: Payload
let make: Factories
const fx = { current: {} as Doc, archived: {} as Doc, reviewer: {} as Doc, editorToken: '', proposal: {} as Doc, review: {} as Doc }

beforeAll(async () => {
  ctx = await startTestPayload()
  payload = ctx.payload
  make = factories(payload)
  await make.user('admin')
  fx.current = await make.edition(2051, { status: 'current' })
  fx.archived = await make.edition(2050, { status: 'archived' })
  await payload.updateGlobal({ slug: 'site-settings', data: { currentEdition: fx.current.id as never }, overrideAccess: true })
  await make.create('users', { email: 'editor@example.org', password: TEST_PASSWORD, role: 'editor', name: 'Sample Editor' })
  fx.editorToken = await login(payload, 'editor@example.org', TEST_PASSWORD)
  fx.reviewer = await make.create('users', {
    email: 'reviewer@example.org',
    password: TEST_PASSWORD,
    role: 'reviewer',
    name: 'Sample Reviewer',
    reviewerEditions: [fx.current.id],
  })
  fx.proposal = await make.proposal(fx.current, { title: 'Sample commons proposal' })
  fx.review = await make.create('reviews', { proposal: fx.proposal.id, reviewer: fx.reviewer.id, score: 3 })
})

afterAll(async () => {
  await ctx?.close()
})

const storedReview = async () =>
  (await payload.findByID({ collection: 'reviews', id: fx.review.id, depth: 0, overrideAccess: true })) as unknown as Doc

describe('a review names its proposal and reviewer', () => {
  it('gets the proposal reference and title and the reviewer name when saved', async () => {
    const review = await storedReview()
    expect(review.proposalLabel).toBe(`${String(fx.proposal.reference)} — Sample commons proposal`)
    expect(review.reviewerName).toBe('Sample Reviewer')
  })

  it('follows a new proposal title and a new reviewer name', async () => {
    await payload.update({ collection: 'proposals', id: fx.proposal.id, data: { title: 'Renamed sample proposal' }, overrideAccess: true })
    await payload.update({ collection: 'users', id: fx.reviewer.id, data: { name: 'Sample Reviewer Renamed' }, overrideAccess: true })
    const review = await storedReview()
    expect(review.proposalLabel).toBe(`${String(fx.proposal.reference)} — Renamed sample proposal`)
    expect(review.reviewerName).toBe('Sample Reviewer Renamed')
  })

  it('is found by the reviews list search (reference or title), as an editor', async () => {
    for (const search of [String(fx.proposal.reference), 'renamed sample']) {
      const where: Where = { proposalLabel: { like: search } }
      const response = await rest(payload, 'GET', `/reviews?${bracketParams(where, 'where').join('&')}&depth=0`, { token: fx.editorToken })
      expect(response.status).toBe(200)
      const body = (await response.json()) as { docs: Array<{ id: unknown; reviewerName: unknown }> }
      expect(body.docs.map((doc) => [doc.id, doc.reviewerName])).toEqual([[fx.review.id, 'Sample Reviewer Renamed']])
    }
  })

  it('keeps its copies even when a request tries to write them', async () => {
    await payload.update({
      collection: 'reviews',
      id: fx.review.id,
      data: { reviewerName: 'Someone else', score: 4 } as never,
      overrideAccess: true,
    })
    expect((await storedReview()).reviewerName).toBe('Sample Reviewer Renamed')
  })
})

describe('the edition of new content', () => {
  it.each(['themes', 'committee-members'] as const)('new %s start in the current edition', async (collection) => {
    const data = collection === 'themes' ? { title: 'Sample theme', _status: 'draft' } : { name: 'Sample Member', role: 'member' }
    const doc = await payload.create({ collection, data: data as never, draft: true, overrideAccess: true, depth: 0 })
    expect(doc.edition).toBe(fx.current.id)
  })

  it('offers no archived edition in the picker, except the one a document already has', async () => {
    const field = payload.collections.themes.config.fields.find((candidate) => 'name' in candidate && candidate.name === 'edition')
    const filterOptions = (field as { filterOptions?: (args: { data: unknown }) => unknown }).filterOptions!
    const offered = async (data: unknown) =>
      (
        await payload.find({
          collection: 'editions',
          where: filterOptions({ data }) as Where,
          depth: 0,
          overrideAccess: true,
          draft: true,
        })
      ).docs.map((doc) => doc.year)
    expect(await offered({})).toEqual([2051])
    expect((await offered({ edition: fx.archived.id })).sort()).toEqual([2050, 2051])
  })
})

describe('a list filter as query parameters', () => {
  it('is read back by Payload as the same filter', async () => {
    await make.proposal(fx.current, { title: 'Another sample & proposal' })
    const where: Where = {
      and: [
        { edition: { equals: fx.current.id } },
        { or: [{ title: { like: 'sample & proposal' } }, { status: { in: ['withdrawn', 'rejected'] } }] },
      ],
    }
    const response = await rest(payload, 'GET', `/proposals?${bracketParams(where, 'where').join('&')}&depth=0`, { token: fx.editorToken })
    expect(response.status).toBe(200)
    const body = (await response.json()) as { docs: Array<{ title: unknown }> }
    expect(body.docs.map((doc) => doc.title)).toEqual(['Another sample & proposal'])
  })
})

describe('the lock status a list shows', () => {
  it('still marks a proposal another editor has open as locked, as the list view asks for it', async () => {
    const other = await make.proposal(fx.current, { title: 'Sample proposal open elsewhere' })
    const admin = (await payload.find({ collection: 'users', where: { role: { equals: 'admin' } }, limit: 1, overrideAccess: true }))
      .docs[0]!
    await payload.create({
      collection: 'payload-locked-documents',
      data: { document: { relationTo: 'proposals', value: other.id }, user: { relationTo: 'users', value: admin.id } } as never,
      overrideAccess: true,
    })
    const editor = await make.authUser(
      (await payload.find({ collection: 'users', where: { email: { equals: 'editor@example.org' } }, overrideAccess: true })).docs[0]!.id,
    )
    const { docs } = await payload.find({
      collection: 'proposals',
      depth: 0,
      draft: true,
      includeLockStatus: true,
      overrideAccess: false,
      user: editor,
      select: { title: true },
    })
    const locked = docs.filter((doc) => (doc as { _isLocked?: boolean })._isLocked).map((doc) => doc.id)
    expect(locked).toEqual([other.id])
  })

  it('offers edit locks only on collections someone edits in the admin (a shorter lock-status query for every list)', () => {
    const field = payload.collections['payload-locked-documents'].config.fields.find((f) => 'name' in f && f.name === 'document')
    const lockable = (field as { relationTo?: string[] }).relationTo ?? []
    expect(lockable).toEqual(expect.arrayContaining(['proposals', 'reviews', 'sessions', 'editions', 'speakers']))
    for (const internal of [
      'locks',
      'rate-limit-hits',
      'speaker-tokens',
      'agendas',
      'backup-runs',
      'programme-releases',
      'cache-invalidations',
    ]) {
      expect(lockable).not.toContain(internal)
    }
  })
})
