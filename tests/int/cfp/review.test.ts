/**
 * Reviewing (src/access rules reviewsReadable, reviewAggregatesReadable, submitterIdentityReadable and
 * src/cfp/review/reviewAggregates.ts), checked through the Local API with overrideAccess false, REST and GraphQL:
 * the public reads no proposal; a reviewer reads their editions' proposals only, without the email and,
 * when the edition anonymises, without the name, affiliation, bio and links; they see neither their
 * peers' reviews nor the scores before they have reviewed themselves, and never change a peer's review.
 */
import { Forbidden, type Payload } from 'payload'

import {
  factories,
  SAMPLE_ABSTRACT as ABSTRACT,
  TEST_PASSWORD as PASSWORD,
  type AuthUser,
  type Doc,
  type Factories,
  type Role,
} from '../helpers/factories'
import { gql, login, rest } from '../helpers/http'
import { startTestPayload, type TestPayload } from '../helpers/testPayload'

let ctx: TestPayload
let payload: Payload
let make: Factories

const fx = {
  editions: {} as Record<'anonymised' | 'open', Doc>,
  users: {} as Record<'editor' | 'reviewer' | 'peer' | 'openReviewer', Doc>,
  as: {} as Record<'editor' | 'reviewer' | 'peer' | 'openReviewer', AuthUser>,
  tokens: {} as Record<'editor' | 'reviewer' | 'peer' | 'openReviewer', string>,
  proposals: {} as Record<'anonymised' | 'open', Doc>,
}
let sequence = 0

const proposal = (edition: Doc, name: string) =>
  make.proposal(edition, {
    submitter: { name, email: `submitter${++sequence}@example.org`, affiliation: 'Sample Lab' },
    bio: `${name} is a sample researcher.`,
    links: [{ label: 'Site', url: 'https://example.org/sample' }],
  })

beforeAll(async () => {
  ctx = await startTestPayload()
  payload = ctx.payload
  make = factories(payload)
  await make.user('admin', { email: 'first-admin@example.org' })
  fx.editions.anonymised = await make.edition(2040, { status: 'current', cfp: { anonymiseReviews: true } })
  fx.editions.open = await make.edition(2041)
  const users = {
    editor: { role: 'editor' },
    reviewer: { role: 'reviewer', reviewerEditions: [fx.editions.anonymised.id] },
    peer: { role: 'reviewer', reviewerEditions: [fx.editions.anonymised.id] },
    openReviewer: { role: 'reviewer', reviewerEditions: [fx.editions.open.id] },
  } as const
  for (const [key, { role, ...extra }] of Object.entries(users) as Array<[keyof typeof users, { role: Role }]>) {
    fx.as[key] = await make.user(role, { email: `${key.toLowerCase()}@example.org`, ...extra })
    fx.users[key] = fx.as[key]
    fx.tokens[key] = await login(payload, `${key.toLowerCase()}@example.org`, PASSWORD)
  }
  fx.proposals.anonymised = await proposal(fx.editions.anonymised, 'Sample Submitter')
  fx.proposals.open = await proposal(fx.editions.open, 'Open Submitter')
})

afterAll(async () => {
  await ctx?.close()
})

describe('the public', () => {
  it('cannot list or read proposals through the Local API', async () => {
    await expect(payload.find({ collection: 'proposals', overrideAccess: false })).rejects.toBeInstanceOf(Forbidden)
    await expect(payload.findByID({ collection: 'proposals', id: fx.proposals.open.id, overrideAccess: false })).rejects.toBeInstanceOf(
      Forbidden,
    )
    await expect(payload.count({ collection: 'proposals', overrideAccess: false })).rejects.toBeInstanceOf(Forbidden)
  })

  it('cannot list or read proposals through REST', async () => {
    const list = await rest(payload, 'GET', '/proposals')
    expect(list.status).toBe(403)
    expect(JSON.stringify(await list.json())).not.toContain('Submitter')
    const one = await rest(payload, 'GET', `/proposals/${fx.proposals.open.id}`)
    expect(one.status).toBe(403)
    expect(JSON.stringify(await one.json())).not.toContain('Submitter')
  })

  it('cannot list or read proposals or reviews through GraphQL', async () => {
    const list = await gql(payload, '{ Proposals { docs { id title } } }')
    expect(list.errors?.[0]?.message).toMatch(/not allowed/i)
    expect(JSON.stringify(list.data ?? {})).not.toContain('Sample proposal')
    const one = await gql(payload, `{ Proposal(id: ${JSON.stringify(fx.proposals.open.id)}) { title submitter { name } } }`)
    expect(one.errors?.[0]?.message).toMatch(/not allowed/i)
    expect(JSON.stringify(one.data ?? {})).not.toContain('Open Submitter')
    const reviews = await gql(payload, '{ Reviews { docs { id score } } }')
    expect(reviews.errors?.[0]?.message).toMatch(/not allowed/i)
  })
})

describe("a reviewer and other editions' proposals", () => {
  it('does not find them with the Local API', async () => {
    const { docs } = await payload.find({
      collection: 'proposals',
      overrideAccess: false,
      user: fx.as.reviewer,
      depth: 0,
      pagination: false,
    })
    expect(docs.map((doc) => String(doc.id))).toEqual([String(fx.proposals.anonymised.id)])
  })

  it('gets 404 through REST and null through GraphQL', async () => {
    const response = await rest(payload, 'GET', `/proposals/${fx.proposals.open.id}`, { token: fx.tokens.reviewer })
    expect(response.status).toBe(404)
    const result = await gql(payload, `{ Proposal(id: ${JSON.stringify(fx.proposals.open.id)}) { title } }`, { token: fx.tokens.reviewer })
    expect(JSON.stringify(result.data ?? {})).not.toContain(String(fx.proposals.open.title))
    const list = await gql(payload, '{ Proposals { docs { id } } }', { token: fx.tokens.reviewer })
    expect((list.data?.Proposals as { docs: Doc[] }).docs.map((doc) => String(doc.id))).toEqual([String(fx.proposals.anonymised.id)])
  })
})

describe('anonymised reviewing', () => {
  const hidden = (doc: Record<string, unknown>) => {
    const submitter = (doc.submitter ?? {}) as Record<string, unknown>
    return {
      name: submitter.name ?? null,
      email: submitter.email ?? null,
      affiliation: submitter.affiliation ?? null,
      bio: doc.bio ?? null,
      links: Array.isArray(doc.links) && doc.links.length > 0 ? doc.links : null,
    }
  }
  const NOTHING = { name: null, email: null, affiliation: null, bio: null, links: null }

  it.each([0, 1])('the Local API hides name, affiliation, bio, links and email from a reviewer (depth %i)', async (depth) => {
    const doc = await payload.findByID({
      collection: 'proposals',
      id: fx.proposals.anonymised.id,
      depth,
      overrideAccess: false,
      user: fx.as.reviewer,
    })
    expect(doc.title).toBe(fx.proposals.anonymised.title)
    expect(doc.abstract).toBe(ABSTRACT)
    expect(hidden(doc as never)).toEqual(NOTHING)
  })

  it('REST hides them too, in the document and in a list', async () => {
    const one = await rest(payload, 'GET', `/proposals/${fx.proposals.anonymised.id}`, { token: fx.tokens.reviewer })
    expect(one.status).toBe(200)
    const body = await one.json()
    expect(body.title).toBe(fx.proposals.anonymised.title)
    expect(hidden(body)).toEqual(NOTHING)
    const list = await rest(payload, 'GET', '/proposals?depth=1', { token: fx.tokens.reviewer })
    const text = await list.text()
    expect(text).toContain(String(fx.proposals.anonymised.title))
    expect(text).not.toContain('Sample Submitter')
    expect(text).not.toContain('Sample Lab')
    expect(text).not.toContain('example.org/sample')
  })

  it('GraphQL hides them too', async () => {
    const result = await gql(
      payload,
      `{ Proposal(id: ${JSON.stringify(fx.proposals.anonymised.id)}) { title bio submitter { name email affiliation } links { url } } }`,
      { token: fx.tokens.reviewer },
    )
    const doc = result.data?.Proposal as Record<string, unknown>
    expect(doc.title).toBe(fx.proposals.anonymised.title)
    expect(hidden(doc)).toEqual(NOTHING)
  })

  it('a populated proposal in a review hides them as well', async () => {
    const target = await proposal(fx.editions.anonymised, 'Populated Submitter')
    const review = await payload.create({
      collection: 'reviews',
      data: { proposal: target.id as number, score: 3 },
      overrideAccess: false,
      user: fx.as.reviewer,
      depth: 1,
    })
    expect(hidden(review.proposal as never)).toEqual(NOTHING)
  })

  it('a reviewer cannot search proposals by the hidden name', async () => {
    await expect(
      payload.find({
        collection: 'proposals',
        where: { 'submitter.name': { equals: 'Sample Submitter' } },
        overrideAccess: false,
        user: fx.as.reviewer,
      }),
    ).rejects.toMatchObject({ name: 'QueryError' })
    const response = await rest(payload, 'GET', '/proposals?where[submitter.name][equals]=Sample%20Submitter', {
      token: fx.tokens.reviewer,
    })
    expect(response.status).toBe(400)
  })

  it('in an edition that does not anonymise, the reviewer sees name and bio but never the email', async () => {
    const doc = await payload.findByID({
      collection: 'proposals',
      id: fx.proposals.open.id,
      overrideAccess: false,
      user: fx.as.openReviewer,
    })
    expect(doc.submitter?.name).toBe('Open Submitter')
    expect(doc.submitter?.affiliation).toBe('Sample Lab')
    expect(doc.bio).toBe('Open Submitter is a sample researcher.')
    expect(doc.submitter).not.toHaveProperty('email')
  })

  it('editors see everything', async () => {
    const doc = await payload.findByID({
      collection: 'proposals',
      id: fx.proposals.anonymised.id,
      overrideAccess: false,
      user: fx.as.editor,
    })
    expect(doc.submitter?.name).toBe('Sample Submitter')
    expect(doc.submitter?.email).toMatch(/@example\.org$/)
    expect(doc.bio).toBe('Sample Submitter is a sample researcher.')
  })

  it('switching the edition off shows the name to its reviewers again', async () => {
    await payload.update({
      collection: 'editions',
      id: fx.editions.anonymised.id,
      data: { cfp: { anonymiseReviews: false } },
      overrideAccess: true,
      context: { disableRevalidate: true },
    })
    try {
      const doc = await payload.findByID({
        collection: 'proposals',
        id: fx.proposals.anonymised.id,
        overrideAccess: false,
        user: fx.as.reviewer,
      })
      expect(doc.submitter?.name).toBe('Sample Submitter')
      expect(doc.submitter).not.toHaveProperty('email')
    } finally {
      await payload.update({
        collection: 'editions',
        id: fx.editions.anonymised.id,
        data: { cfp: { anonymiseReviews: true } },
        overrideAccess: true,
        context: { disableRevalidate: true },
      })
    }
  })
})

describe("peers' reviews and scores before and after one's own review", () => {
  let target: Doc
  let peerReview: Doc

  beforeAll(async () => {
    target = await proposal(fx.editions.anonymised, 'Scored Submitter')
    peerReview = (await payload.create({
      collection: 'reviews',
      data: { proposal: target.id as number, score: 2, comment: 'Peer comment: needs focus.' },
      overrideAccess: false,
      user: fx.as.peer,
    })) as unknown as Doc
  })

  const reviewsOfTarget = async (user: AuthUser) =>
    (await payload.find({ collection: 'reviews', where: { proposal: { equals: target.id } }, overrideAccess: false, user, depth: 0 })).docs

  it('the first review moved the proposal into review and stored the aggregates (editors see them)', async () => {
    const doc = await payload.findByID({ collection: 'proposals', id: target.id, overrideAccess: false, user: fx.as.editor })
    expect(doc.status).toBe('in-review')
    expect(doc.reviewCount).toBe(1)
    expect(doc.averageScore).toBe(2)
  })

  it('before reviewing, a reviewer sees neither the peer review nor the scores, by any API', async () => {
    expect(await reviewsOfTarget(fx.as.reviewer)).toEqual([])
    await expect(
      payload.findByID({ collection: 'reviews', id: peerReview.id, overrideAccess: false, user: fx.as.reviewer }),
    ).rejects.toMatchObject({ status: 404 })
    const doc = await payload.findByID({ collection: 'proposals', id: target.id, overrideAccess: false, user: fx.as.reviewer })
    expect(doc).not.toHaveProperty('averageScore')
    expect(doc).not.toHaveProperty('reviewCount')

    const restReviews = await rest(payload, 'GET', `/reviews?where[proposal][equals]=${target.id}`, { token: fx.tokens.reviewer })
    expect((await restReviews.json()).docs).toEqual([])
    const restProposal = await (await rest(payload, 'GET', `/proposals/${target.id}`, { token: fx.tokens.reviewer })).json()
    expect(restProposal).not.toHaveProperty('averageScore')
    const graph = await gql(payload, `{ Reviews { docs { id score comment } } }`, { token: fx.tokens.reviewer })
    expect(JSON.stringify(graph.data)).not.toContain('Peer comment')
  })

  it('before reviewing, a reviewer cannot sort or filter by the scores (the ranking would leak)', async () => {
    await expect(
      payload.find({ collection: 'proposals', sort: '-averageScore', overrideAccess: false, user: fx.as.reviewer }),
    ).rejects.toMatchObject({
      name: 'QueryError',
    })
    await expect(
      payload.find({ collection: 'proposals', where: { averageScore: { greater_than: 1 } }, overrideAccess: false, user: fx.as.reviewer }),
    ).rejects.toMatchObject({ name: 'QueryError' })
    const response = await rest(payload, 'GET', '/proposals?sort=-averageScore', { token: fx.tokens.reviewer })
    expect(response.status).toBe(400)
    // An editor sorts by them.
    const sorted = await payload.find({
      collection: 'proposals',
      where: { averageScore: { exists: true } },
      sort: '-averageScore',
      pagination: false,
      overrideAccess: false,
      user: fx.as.editor,
    })
    const scores = sorted.docs.map((doc) => doc.averageScore as number)
    expect(new Set(scores).size).toBeGreaterThan(1)
    expect(scores).toEqual([...scores].sort((a, b) => b - a))
    const ascending = await payload.find({
      collection: 'proposals',
      where: { averageScore: { exists: true } },
      sort: 'averageScore',
      pagination: false,
      overrideAccess: false,
      user: fx.as.editor,
    })
    expect(ascending.docs.map((doc) => doc.averageScore)).toEqual([...scores].reverse())
  })

  it("a reviewer can never change or delete a peer's review", async () => {
    await expect(
      payload.update({ collection: 'reviews', id: peerReview.id, data: { score: 5 }, overrideAccess: false, user: fx.as.reviewer }),
    ).rejects.toBeInstanceOf(Forbidden)
    await expect(
      payload.delete({ collection: 'reviews', id: peerReview.id, overrideAccess: false, user: fx.as.reviewer }),
    ).rejects.toBeInstanceOf(Forbidden)
    const patched = await rest(payload, 'PATCH', `/reviews/${peerReview.id}`, { token: fx.tokens.reviewer, body: { score: 5 } })
    expect([403, 404]).toContain(patched.status)
    const stored = await payload.findByID({ collection: 'reviews', id: peerReview.id, overrideAccess: true })
    expect(stored.score).toBe(2)
  })

  it('after reviewing, the reviewer sees the peer review and the aggregates', async () => {
    const own = await payload.create({
      collection: 'reviews',
      data: { proposal: target.id as number, score: 5, comment: 'Strong.' },
      overrideAccess: false,
      user: fx.as.reviewer,
      depth: 0,
    })
    expect(String(own.reviewer)).toBe(String(fx.users.reviewer.id))
    const seen = await reviewsOfTarget(fx.as.reviewer)
    expect(seen.map((review) => String(review.id)).sort()).toEqual([String(own.id), String(peerReview.id)].sort())
    const doc = await payload.findByID({ collection: 'proposals', id: target.id, overrideAccess: false, user: fx.as.reviewer })
    expect(doc.reviewCount).toBe(2)
    expect(doc.averageScore).toBe(3.5)
    const graph = await gql(payload, `{ Reviews { docs { id score comment } } }`, { token: fx.tokens.reviewer })
    expect(JSON.stringify(graph.data)).toContain('Peer comment')
    // Still hidden from the reviewer on proposals they have not reviewed.
    const other = await payload.findByID({
      collection: 'proposals',
      id: fx.proposals.anonymised.id,
      overrideAccess: false,
      user: fx.as.reviewer,
    })
    expect(other).not.toHaveProperty('averageScore')
  })

  it('a second review of the same proposal by the same reviewer is refused with a clear message', async () => {
    await expect(
      payload.create({
        collection: 'reviews',
        data: { proposal: target.id as number, score: 1 },
        overrideAccess: false,
        user: fx.as.reviewer,
      }),
    ).rejects.toMatchObject({
      name: 'ValidationError',
      data: { errors: [expect.objectContaining({ message: expect.stringContaining('already reviewed') })] },
    })
    const { totalDocs } = await payload.count({ collection: 'reviews', where: { proposal: { equals: target.id } }, overrideAccess: true })
    expect(totalDocs).toBe(2)
  })

  it('the aggregates follow a changed score and a deleted review', async () => {
    const own = (
      await payload.find({
        collection: 'reviews',
        where: { and: [{ proposal: { equals: target.id } }, { reviewer: { equals: fx.users.reviewer.id } }] },
        overrideAccess: true,
      })
    ).docs[0]!
    await payload.update({ collection: 'reviews', id: own.id, data: { score: 3 }, overrideAccess: false, user: fx.as.reviewer })
    let doc = await payload.findByID({ collection: 'proposals', id: target.id, overrideAccess: true })
    expect(doc.averageScore).toBe(2.5)
    await payload.delete({ collection: 'reviews', id: peerReview.id, overrideAccess: false, user: fx.as.editor })
    doc = await payload.findByID({ collection: 'proposals', id: target.id, overrideAccess: true })
    expect(doc.reviewCount).toBe(1)
    expect(doc.averageScore).toBe(3)
  })

  it('nobody writes the aggregates by hand', async () => {
    const updated = await payload.update({
      collection: 'proposals',
      id: target.id,
      data: { reviewCount: 99, averageScore: 5 } as never,
      overrideAccess: false,
      user: fx.as.editor,
    })
    expect(updated.reviewCount).toBe(1)
    expect(updated.averageScore).toBe(3)
  })
})
