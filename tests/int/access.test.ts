/**
 * The access matrix of ../shared/DESIGN.md ("Access (one matrix, tested)"), through the Local API with
 * `overrideAccess: false`, the way REST, GraphQL and the admin UI reach Payload.
 *
 * The matrix is a table: one row per subject (a collection, or a kind of document in it: published,
 * draft, in an archived edition…) and operation, with the expected outcome for each role in the order
 * public · reviewer · reviewer of another edition · editor · admin:
 *   A  allowed: the operation succeeds and its effect is visible in the database
 *   F  forbidden: Payload throws `Forbidden` and the database is unchanged
 *   H  hidden: a read succeeds but the document is filtered out by the rule's query constraint
 * Every letter becomes one `it` case. The details the table cannot express (field access, drafts
 * behind a published version, joins, the first-user rule…) follow in their own describes.
 */
import fs from 'node:fs'
import path from 'node:path'

import { Forbidden, type CollectionSlug, type Payload } from 'payload'
import sharp from 'sharp'

import type { User } from '../../src/payload-types'
import { startTestPayload, type TestPayload } from './helpers/testPayload'

// Whatever payload-types.ts was generated for (numeric SQLite ids or string MongoDB ids); the tests
// compare ids with String() and run on either database.
type Id = User['id']
type Doc = Record<string, unknown> & { id: Id }
type AuthUser = Doc & { collection: 'users' }

const ROLES = ['public', 'reviewer', 'reviewer-other', 'editor', 'admin'] as const
type RoleName = (typeof ROLES)[number]
type Op = 'read' | 'create' | 'update' | 'delete'
type Outcome = 'allowed' | 'forbidden' | 'hidden'
const OUTCOME: Record<string, Outcome> = { A: 'allowed', F: 'forbidden', H: 'hidden' }

let ctx: TestPayload
let payload: Payload

// ---------------------------------------------------------------------------------------------------
// Fixtures (filled in beforeAll)
// ---------------------------------------------------------------------------------------------------

const fx = {
  firstUserRoleAsSaved: '' as unknown,
  users: {} as Record<'admin' | 'editor' | 'reviewer' | 'reviewerOther' | 'peer' | 'otherEditor', Doc>,
  as: {} as Record<RoleName, AuthUser | undefined>,
  editions: {} as Record<'current' | 'archived' | 'lifecycleDraft' | 'unpublished', Doc>,
  themes: {} as Record<'published' | 'draft' | 'archived' | 'ofLifecycleDraft', Doc>,
  speakers: {} as Record<'published' | 'draft', Doc>,
  committee: {} as Record<'published' | 'archived' | 'ofLifecycleDraft', Doc>,
  sessions: {} as Record<'published' | 'draft' | 'archived' | 'ofLifecycleDraft', Doc>,
  perspectives: {} as Record<'published' | 'draft', Doc>,
  proposals: {} as Record<'own' | 'other', Doc>,
  reviews: {} as Record<'own' | 'peer' | 'other', Doc>,
  media: {} as Record<'published', Doc>,
}

const MEDIA_PREFIX = `access-test-${process.pid}-${Date.now()}`
let sequence = 0
const next = () => ++sequence
let nextYear = 2030

const ABSTRACT =
  'Data commons need governance that scales from a single community to public infrastructure; ' +
  'this talk compares three cases and what they teach about stewardship.'

async function png(): Promise<Buffer> {
  return sharp({ create: { width: 4, height: 4, channels: 3, background: '#0f5c46' } }).png().toBuffer()
}

/** What the JWT strategy puts on `req.user`: the user document at the default depth, tagged with its collection. */
async function authUser(id: Id): Promise<AuthUser> {
  const doc = (await payload.findByID({ collection: 'users', id, overrideAccess: true })) as unknown as Doc
  return { ...doc, collection: 'users' }
}

const as = (role: RoleName) => fx.as[role]

// Data builders, shared by the fixtures and by the create/delete cases.
const build = {
  edition: (extra: Record<string, unknown> = {}) => ({
    year: nextYear++,
    title: `Edition ${next()}`,
    status: 'upcoming',
    _status: 'published',
    ...extra,
  }),
  theme: (edition: Doc, extra: Record<string, unknown> = {}) => ({
    title: `Theme ${next()}`,
    edition: edition.id,
    _status: 'published',
    ...extra,
  }),
  speaker: (extra: Record<string, unknown> = {}) => ({ name: `Speaker ${next()}`, _status: 'published', ...extra }),
  committee: (edition: Doc) => ({ name: `Member ${next()}`, role: 'member', edition: edition.id }),
  session: (edition: Doc, extra: Record<string, unknown> = {}) => ({
    title: `Session ${next()}`,
    edition: edition.id,
    kind: 'talk',
    start: '2026-12-01T09:00:00.000Z',
    end: '2026-12-01T10:00:00.000Z',
    _status: 'published',
    ...extra,
  }),
  perspective: (extra: Record<string, unknown> = {}) => ({
    title: `Perspective ${next()}`,
    kind: 'reading',
    _status: 'published',
    ...extra,
  }),
  proposal: (edition: Doc) => ({
    edition: edition.id,
    submitter: { name: 'Ada Submitter', email: `ada.${next()}@example.org`, affiliation: 'Commons Lab' },
    title: `Proposal ${next()}`,
    abstract: ABSTRACT,
    format: 'framing-talk',
    bio: 'Researcher in commons governance.',
    consent: true,
    internalNotes: 'Editors only: strong candidate.',
  }),
  user: (extra: Record<string, unknown> = {}) => ({
    email: `user${next()}@example.org`,
    password: 'correct horse battery staple',
    role: 'editor',
    ...extra,
  }),
}

const create = async (collection: CollectionSlug, data: Record<string, unknown>, draft = false): Promise<Doc> =>
  (await payload.create({
    collection,
    data: data as never,
    draft,
    overrideAccess: true,
    context: { disableRevalidate: true },
  })) as unknown as Doc

async function createReview(proposal: Doc, reviewer: Doc, score = 4): Promise<Doc> {
  return create('reviews', { proposal: proposal.id, reviewer: reviewer.id, score, comment: 'Fixture review.' })
}

async function createMedia(name: string): Promise<Doc> {
  const data = await png()
  return (await payload.create({
    collection: 'media',
    data: { alt: 'A green square' },
    file: { data, mimetype: 'image/png', name: `${MEDIA_PREFIX}-${name}.png`, size: data.length },
    overrideAccess: true,
  })) as unknown as Doc
}

beforeAll(async () => {
  ctx = await startTestPayload()
  payload = ctx.payload

  // The very first account, created with role 'editor', becomes an admin (firstUserIsAdmin).
  const admin = await create('users', build.user({ email: 'first@example.org', role: 'editor' }))
  fx.firstUserRoleAsSaved = admin.role
  const editor = await create('users', build.user({ email: 'editor@example.org', role: 'editor' }))
  const otherEditor = await create('users', build.user({ email: 'other-editor@example.org', role: 'editor' }))

  fx.editions.current = await create('editions', build.edition({ year: 2026, status: 'current' }))
  fx.editions.archived = await create('editions', build.edition({ year: 2025, status: 'archived' }))
  fx.editions.lifecycleDraft = await create('editions', build.edition({ year: 2027, status: 'draft' }))
  fx.editions.unpublished = await create('editions', build.edition({ year: 2028, _status: 'draft' }), true)

  const reviewer = await create('users', build.user({ email: 'reviewer@example.org', role: 'reviewer', reviewerEditions: [fx.editions.current.id] }))
  const peer = await create('users', build.user({ email: 'peer@example.org', role: 'reviewer', reviewerEditions: [fx.editions.current.id] }))
  const reviewerOther = await create('users', build.user({ email: 'reviewer-other@example.org', role: 'reviewer', reviewerEditions: [fx.editions.archived.id] }))
  fx.users = { admin, editor, reviewer, reviewerOther, peer, otherEditor }
  fx.as = {
    public: undefined,
    reviewer: await authUser(reviewer.id),
    'reviewer-other': await authUser(reviewerOther.id),
    editor: await authUser(editor.id),
    admin: await authUser(admin.id),
  }

  fx.themes.published = await create('themes', build.theme(fx.editions.current))
  fx.themes.draft = await create('themes', build.theme(fx.editions.current, { _status: 'draft' }), true)
  fx.themes.archived = await create('themes', build.theme(fx.editions.archived))
  fx.speakers.published = await create('speakers', build.speaker({ editions: [fx.editions.current.id] }))
  fx.speakers.draft = await create('speakers', build.speaker({ _status: 'draft', editions: [fx.editions.current.id] }), true)
  fx.committee.published = await create('committee-members', build.committee(fx.editions.current))
  fx.committee.archived = await create('committee-members', build.committee(fx.editions.archived))
  fx.perspectives.published = await create('perspectives', build.perspective())
  fx.perspectives.draft = await create('perspectives', build.perspective({ _status: 'draft' }), true)
  fx.proposals.own = await create('proposals', build.proposal(fx.editions.current))
  fx.proposals.other = await create('proposals', build.proposal(fx.editions.archived))
  fx.sessions.published = await create('sessions', build.session(fx.editions.current, { proposal: fx.proposals.own.id }))
  fx.sessions.draft = await create('sessions', build.session(fx.editions.current, { _status: 'draft' }), true)
  fx.sessions.archived = await create('sessions', build.session(fx.editions.archived))
  fx.reviews.own = await createReview(fx.proposals.own, reviewer)
  fx.reviews.peer = await createReview(fx.proposals.own, peer, 2)
  fx.reviews.other = await createReview(fx.proposals.other, reviewerOther)
  fx.media.published = await createMedia('fixture')
  // Content of an edition that is not public yet (lifecycle status draft) is not public either.
  fx.themes.ofLifecycleDraft = await create('themes', build.theme(fx.editions.lifecycleDraft))
  fx.committee.ofLifecycleDraft = await create('committee-members', build.committee(fx.editions.lifecycleDraft))
  fx.sessions.ofLifecycleDraft = await create('sessions', build.session(fx.editions.lifecycleDraft))
})

afterAll(async () => {
  if (payload) {
    // Removes the uploaded files (and their sizes) from the media folder as well.
    await payload.delete({ collection: 'media', where: { filename: { like: MEDIA_PREFIX } }, overrideAccess: true })
    const dir = path.resolve(process.cwd(), 'media')
    for (const name of fs.existsSync(dir) ? fs.readdirSync(dir) : []) {
      if (name.startsWith(MEDIA_PREFIX)) fs.rmSync(path.join(dir, name), { force: true })
    }
  }
  await ctx?.close()
})

// ---------------------------------------------------------------------------------------------------
// The matrix
// ---------------------------------------------------------------------------------------------------

type Subject = {
  collection: CollectionSlug | 'site-settings'
  versioned?: boolean
  /** Documents of this subject are drafts: created, updated and read back as drafts. */
  draft?: boolean
  /** The existing document the read and update cases act on (may depend on the role: "self"). */
  target?: (role: RoleName) => Doc
  /** A new document of this subject: the payload of a create case. */
  data?: () => Promise<Record<string, unknown>> | Record<string, unknown>
  /** A throwaway document of this subject for a delete case, created with overrideAccess. */
  fresh?: () => Promise<Doc>
  /** The field an update case changes (a top-level text field). */
  field?: string
  /** Expected outcome per operation, one letter per role in ROLES order. */
  expect: Partial<Record<Op, string>>
}

const SUBJECTS: Record<string, Subject> = {
  'editions (published, current)': {
    collection: 'editions',
    versioned: true,
    target: () => fx.editions.current,
    data: () => build.edition(),
    fresh: () => create('editions', build.edition()),
    field: 'tagline',
    expect: { read: 'AAAAA', create: 'FFFAA', update: 'FFFAA', delete: 'FFFFA' },
  },
  'editions (unpublished draft)': {
    collection: 'editions',
    versioned: true,
    draft: true,
    target: () => fx.editions.unpublished,
    data: () => build.edition({ _status: 'draft' }),
    fresh: () => create('editions', build.edition({ _status: 'draft' }), true),
    field: 'tagline',
    expect: { read: 'HHHAA', create: 'FFFAA', update: 'FFFAA', delete: 'FFFFA' },
  },
  'editions (published, lifecycle status draft)': {
    collection: 'editions',
    versioned: true,
    target: () => fx.editions.lifecycleDraft,
    fresh: () => create('editions', build.edition({ status: 'draft' })),
    field: 'tagline',
    expect: { read: 'HHHAA', update: 'FFFAA', delete: 'FFFFA' },
  },
  'editions (archived)': {
    collection: 'editions',
    versioned: true,
    target: () => fx.editions.archived,
    fresh: () => create('editions', build.edition({ status: 'archived' })),
    field: 'tagline',
    expect: { read: 'AAAAA', update: 'FFFFA', delete: 'FFFFA' },
  },
  'themes (published)': {
    collection: 'themes',
    versioned: true,
    target: () => fx.themes.published,
    data: () => build.theme(fx.editions.current),
    fresh: () => create('themes', build.theme(fx.editions.current)),
    field: 'summary',
    expect: { read: 'AAAAA', create: 'FFFAA', update: 'FFFAA', delete: 'FFFAA' },
  },
  'themes (draft)': {
    collection: 'themes',
    versioned: true,
    draft: true,
    target: () => fx.themes.draft,
    data: () => build.theme(fx.editions.current, { _status: 'draft' }),
    fresh: () => create('themes', build.theme(fx.editions.current, { _status: 'draft' }), true),
    field: 'summary',
    expect: { read: 'HHHAA', create: 'FFFAA', update: 'FFFAA', delete: 'FFFAA' },
  },
  'themes (of an archived edition)': {
    collection: 'themes',
    versioned: true,
    target: () => fx.themes.archived,
    data: () => build.theme(fx.editions.archived),
    fresh: () => create('themes', build.theme(fx.editions.archived)),
    field: 'summary',
    expect: { read: 'AAAAA', create: 'FFFFA', update: 'FFFFA', delete: 'FFFFA' },
  },
  'themes (published, of an edition not public yet)': {
    collection: 'themes',
    versioned: true,
    target: () => fx.themes.ofLifecycleDraft,
    expect: { read: 'HHHAA' },
  },
  'committee-members (of an edition not public yet)': {
    collection: 'committee-members',
    target: () => fx.committee.ofLifecycleDraft,
    expect: { read: 'HHHAA' },
  },
  'sessions (of an edition not public yet)': {
    collection: 'sessions',
    versioned: true,
    target: () => fx.sessions.ofLifecycleDraft,
    expect: { read: 'HHHAA' },
  },
  'speakers (published)': {
    collection: 'speakers',
    versioned: true,
    target: () => fx.speakers.published,
    data: () => build.speaker(),
    fresh: () => create('speakers', build.speaker()),
    field: 'affiliation',
    expect: { read: 'AAAAA', create: 'FFFAA', update: 'FFFAA', delete: 'FFFAA' },
  },
  'speakers (draft)': {
    collection: 'speakers',
    versioned: true,
    draft: true,
    target: () => fx.speakers.draft,
    data: () => build.speaker({ _status: 'draft' }),
    fresh: () => create('speakers', build.speaker({ _status: 'draft' }), true),
    field: 'affiliation',
    expect: { read: 'HHHAA', create: 'FFFAA', update: 'FFFAA', delete: 'FFFAA' },
  },
  'committee-members': {
    collection: 'committee-members',
    target: () => fx.committee.published,
    data: () => build.committee(fx.editions.current),
    fresh: () => create('committee-members', build.committee(fx.editions.current)),
    field: 'affiliation',
    expect: { read: 'AAAAA', create: 'FFFAA', update: 'FFFAA', delete: 'FFFAA' },
  },
  'committee-members (of an archived edition)': {
    collection: 'committee-members',
    target: () => fx.committee.archived,
    data: () => build.committee(fx.editions.archived),
    fresh: () => create('committee-members', build.committee(fx.editions.archived)),
    field: 'affiliation',
    expect: { read: 'AAAAA', create: 'FFFFA', update: 'FFFFA', delete: 'FFFFA' },
  },
  sessions: {
    collection: 'sessions',
    versioned: true,
    target: () => fx.sessions.published,
    data: () => build.session(fx.editions.current),
    fresh: () => create('sessions', build.session(fx.editions.current)),
    field: 'room',
    expect: { read: 'AAAAA', create: 'FFFAA', update: 'FFFAA', delete: 'FFFAA' },
  },
  'sessions (draft)': {
    collection: 'sessions',
    versioned: true,
    draft: true,
    target: () => fx.sessions.draft,
    data: () => build.session(fx.editions.current, { _status: 'draft' }),
    fresh: () => create('sessions', build.session(fx.editions.current, { _status: 'draft' }), true),
    field: 'room',
    expect: { read: 'HHHAA', create: 'FFFAA', update: 'FFFAA', delete: 'FFFAA' },
  },
  'sessions (of an archived edition)': {
    collection: 'sessions',
    versioned: true,
    target: () => fx.sessions.archived,
    data: () => build.session(fx.editions.archived),
    fresh: () => create('sessions', build.session(fx.editions.archived)),
    field: 'room',
    expect: { read: 'AAAAA', create: 'FFFFA', update: 'FFFFA', delete: 'FFFFA' },
  },
  'perspectives (published)': {
    collection: 'perspectives',
    versioned: true,
    target: () => fx.perspectives.published,
    data: () => build.perspective(),
    fresh: () => create('perspectives', build.perspective()),
    field: 'summary',
    expect: { read: 'AAAAA', create: 'FFFAA', update: 'FFFAA', delete: 'FFFAA' },
  },
  'perspectives (draft)': {
    collection: 'perspectives',
    versioned: true,
    draft: true,
    target: () => fx.perspectives.draft,
    data: () => build.perspective({ _status: 'draft' }),
    fresh: () => create('perspectives', build.perspective({ _status: 'draft' }), true),
    field: 'summary',
    expect: { read: 'HHHAA', create: 'FFFAA', update: 'FFFAA', delete: 'FFFAA' },
  },
  "proposals (of the reviewer's edition)": {
    collection: 'proposals',
    target: () => fx.proposals.own,
    data: () => build.proposal(fx.editions.current),
    fresh: () => create('proposals', build.proposal(fx.editions.current)),
    field: 'title',
    expect: { read: 'FAHAA', create: 'FFFAA', update: 'FFFAA', delete: 'FFFFA' },
  },
  'proposals (of another edition)': {
    collection: 'proposals',
    target: () => fx.proposals.other,
    fresh: () => create('proposals', build.proposal(fx.editions.archived)),
    field: 'title',
    expect: { read: 'FHAAA', update: 'FFFAA', delete: 'FFFFA' },
  },
  "reviews (the reviewer's own)": {
    collection: 'reviews',
    target: () => fx.reviews.own,
    // A review needs a proposal this user has not reviewed yet (one review per reviewer and proposal).
    data: async () => ({ proposal: (await create('proposals', build.proposal(fx.editions.current))).id, score: 5 }),
    fresh: async () => createReview(await create('proposals', build.proposal(fx.editions.current)), fx.users.reviewer),
    field: 'comment',
    expect: { read: 'FAHAA', create: 'FAFAA', update: 'FAFAA', delete: 'FFFAA' },
  },
  "reviews (a peer reviewer's, same edition)": {
    collection: 'reviews',
    target: () => fx.reviews.peer,
    fresh: async () => createReview(await create('proposals', build.proposal(fx.editions.current)), fx.users.peer),
    field: 'comment',
    expect: { read: 'FHHAA', update: 'FFFAA', delete: 'FFFAA' },
  },
  'reviews (of another edition)': {
    collection: 'reviews',
    target: () => fx.reviews.other,
    fresh: async () => createReview(await create('proposals', build.proposal(fx.editions.archived)), fx.users.reviewerOther),
    field: 'comment',
    expect: { read: 'FHAAA', update: 'FFAAA', delete: 'FFFAA' },
  },
  media: {
    collection: 'media',
    target: () => fx.media.published,
    fresh: () => createMedia(`fresh-${next()}`),
    field: 'credit',
    // create needs a file: covered in validation.test.ts
    expect: { read: 'AAAAA', update: 'FFFAA', delete: 'FFFAA' },
  },
  'users (self)': {
    collection: 'users',
    // The public has no self: it tries the editor's account.
    target: (role) => (role === 'public' ? fx.users.editor : (as(role) as Doc)),
    field: 'name',
    expect: { read: 'FAAAA', update: 'FAAAA' },
  },
  'users (another account)': {
    collection: 'users',
    target: () => fx.users.otherEditor,
    data: () => build.user(),
    fresh: () => create('users', build.user()),
    field: 'name',
    expect: { read: 'FHHHA', create: 'FFFFA', update: 'FFFFA', delete: 'FFFFA' },
  },
  'site-settings (global)': {
    collection: 'site-settings',
    field: 'description',
    expect: { read: 'AAAAA', update: 'FFFAA' },
  },
}

type Row = { role: RoleName; op: Op; subject: string; expected: Outcome }
const MATRIX: Row[] = Object.entries(SUBJECTS).flatMap(([subject, { expect: byOp }]) =>
  (Object.entries(byOp) as Array<[Op, string]>).flatMap(([op, letters]) => {
    if (letters.length !== ROLES.length) throw new Error(`${subject} ${op}: one letter per role expected`)
    return ROLES.map((role, index) => ({ role, op, subject, expected: OUTCOME[letters[index]!]! }))
  }),
)

/** 'allowed' when fn resolves, 'forbidden' when Payload throws Forbidden; any other error fails the case. */
async function attempt(fn: () => Promise<unknown>): Promise<'allowed' | 'forbidden'> {
  try {
    await fn()
    return 'allowed'
  } catch (error) {
    if (error instanceof Forbidden) return 'forbidden'
    throw error
  }
}

const byId = (id: Id) => ({ id: { equals: id } })
const stamp = (role: RoleName, op: Op) => `${op} by ${role} #${next()}`

async function runRead(subject: Subject, role: RoleName): Promise<Record<string, Outcome>> {
  const user = as(role)
  if (subject.collection === 'site-settings') {
    return {
      findGlobal: await attempt(async () => {
        const settings = await payload.findGlobal({ slug: 'site-settings', overrideAccess: false, user })
        expect(settings.siteName).toBe('Commons AI')
      }),
    }
  }
  const collection = subject.collection
  const target = subject.target!(role)
  const outcomes: Record<string, Outcome> = {}
  // Published view (what pages read) and the draft view (?draft=true): neither may leak.
  for (const draft of subject.versioned ? [false, true] : [false]) {
    let found = false
    const outcome = await attempt(async () => {
      const result = await payload.find({ collection, where: byId(target.id), draft, depth: 0, overrideAccess: false, user })
      found = result.docs.some((doc) => String(doc.id) === String(target.id))
    })
    outcomes[`find(draft=${draft})`] = outcome === 'forbidden' ? 'forbidden' : found ? 'allowed' : 'hidden'
  }
  let counted = 0
  const countOutcome = await attempt(async () => {
    counted = (await payload.count({ collection, where: byId(target.id), overrideAccess: false, user })).totalDocs
  })
  outcomes['count'] = countOutcome === 'forbidden' ? 'forbidden' : counted === 1 ? 'allowed' : 'hidden'
  return outcomes
}

async function runCreate(subject: Subject, role: RoleName): Promise<Outcome> {
  const collection = subject.collection as CollectionSlug
  const data = await subject.data!()
  const before = (await payload.count({ collection, overrideAccess: true })).totalDocs
  let created: Doc | undefined
  const outcome = await attempt(async () => {
    created = (await payload.create({
      collection,
      data: data as never,
      draft: subject.draft ?? false,
      overrideAccess: false,
      user: as(role),
    })) as unknown as Doc
  })
  const after = (await payload.count({ collection, overrideAccess: true })).totalDocs
  if (outcome === 'allowed') {
    expect(created?.id).toBeDefined()
    expect(after).toBe(before + 1)
    if (subject.draft) expect(created?._status).toBe('draft')
  } else {
    expect(after).toBe(before)
  }
  return outcome
}

async function runUpdate(subject: Subject, role: RoleName): Promise<Outcome> {
  const field = subject.field!
  const value = stamp(role, 'update')
  const user = as(role)
  if (subject.collection === 'site-settings') {
    const outcome = await attempt(() =>
      payload.updateGlobal({ slug: 'site-settings', data: { [field]: value }, overrideAccess: false, user }),
    )
    const stored = (await payload.findGlobal({ slug: 'site-settings', overrideAccess: true })) as unknown as Doc
    expect(stored[field] === value).toBe(outcome === 'allowed')
    return outcome
  }
  const collection = subject.collection
  const target = subject.target!(role)
  const outcome = await attempt(() =>
    payload.update({
      collection,
      id: target.id,
      data: { [field]: value } as never,
      draft: subject.draft ?? false,
      overrideAccess: false,
      user,
    }),
  )
  const stored = (await payload.findByID({ collection, id: target.id, draft: true, depth: 0, overrideAccess: true })) as unknown as Doc
  expect(stored[field] === value).toBe(outcome === 'allowed')
  if (subject.draft) expect(stored._status).toBe('draft')
  return outcome
}

async function runDelete(subject: Subject, role: RoleName): Promise<Outcome> {
  const collection = subject.collection as CollectionSlug
  const doc = await subject.fresh!()
  const outcome = await attempt(() => payload.delete({ collection, id: doc.id, overrideAccess: false, user: as(role) }))
  const left = (await payload.count({ collection, where: byId(doc.id), overrideAccess: true })).totalDocs
  expect(left).toBe(outcome === 'allowed' ? 0 : 1)
  return outcome
}

describe(`access matrix (${MATRIX.length} cases: ${Object.keys(SUBJECTS).length} subjects × operations × ${ROLES.length} roles)`, () => {
  it.each(MATRIX)('$subject · $op · $role → $expected', async ({ role, op, subject: name, expected }) => {
    const subject = SUBJECTS[name]!
    if (op === 'read') {
      const outcomes = await runRead(subject, role)
      expect(outcomes).toEqual(Object.fromEntries(Object.keys(outcomes).map((key) => [key, expected])))
    } else if (op === 'create') {
      expect(await runCreate(subject, role)).toBe(expected)
    } else if (op === 'update') {
      expect(await runUpdate(subject, role)).toBe(expected)
    } else {
      expect(await runDelete(subject, role)).toBe(expected)
    }
  })
})

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
    const result = await payload.update({
      collection: 'users',
      id: self.id,
      data: { role: wanted, name: `renamed ${role}` },
      overrideAccess: false,
      user: self,
    })
    // What happens: the update of the other fields succeeds, the role field is dropped by field access.
    expect(result.name).toBe(`renamed ${role}`)
    expect(result.role).toBe(self.role)
    const stored = await payload.findByID({ collection: 'users', id: self.id, overrideAccess: true })
    expect(stored.role).toBe(self.role)
    expect(stored.role).not.toBe(wanted)
  })

  it('a reviewer cannot assign themself to another edition', async () => {
    const self = as('reviewer')!
    await payload.update({
      collection: 'users',
      id: self.id,
      data: { reviewerEditions: [fx.editions.current.id, fx.editions.archived.id] },
      overrideAccess: false,
      user: self,
    })
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
    const result = await payload.update({
      collection: 'users',
      id: target.id,
      data: { role: 'reviewer' },
      overrideAccess: false,
      user: as('admin'),
    })
    expect(result.role).toBe('reviewer')
  })
})

describe('proposals seen by reviewers', () => {
  it("a reviewer's list holds the proposals of their edition only", async () => {
    const { docs } = await payload.find({ collection: 'proposals', overrideAccess: false, user: as('reviewer'), pagination: false, depth: 0 })
    expect(docs.length).toBeGreaterThan(0)
    expect(docs.every((doc) => String(doc.edition) === String(fx.editions.current.id))).toBe(true)
    expect(docs.map((doc) => String(doc.id))).not.toContain(String(fx.proposals.other.id))
  })

  it.each([0, 1])('the submitter email and internal notes are absent for a reviewer (depth %i)', async (depth) => {
    const doc = await payload.findByID({ collection: 'proposals', id: fx.proposals.own.id, depth, overrideAccess: false, user: as('reviewer') })
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
    const review = await payload.findByID({ collection: 'reviews', id: fx.reviews.own.id, depth: 1, overrideAccess: false, user: as('reviewer') })
    const proposal = review.proposal as unknown as Record<string, unknown>
    expect(typeof proposal).toBe('object')
    expect(proposal.submitter).not.toHaveProperty('email')
    expect(proposal).not.toHaveProperty('internalNotes')
  })

  it('a reviewer assigned to no edition sees no proposal at all', async () => {
    const lonely = await create('users', build.user({ role: 'reviewer' }))
    await expect(
      payload.find({ collection: 'proposals', overrideAccess: false, user: await authUser(lonely.id) }),
    ).rejects.toBeInstanceOf(Forbidden)
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

  it("a reviewer of another edition gets no populated proposal through a session", async () => {
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
  it("a reviewer lists only their own reviews, never a peer's on the same proposal", async () => {
    const { docs } = await payload.find({ collection: 'reviews', overrideAccess: false, user: as('reviewer'), pagination: false, depth: 0 })
    const ids = docs.map((doc) => String(doc.id))
    expect(ids).toContain(String(fx.reviews.own.id))
    expect(ids).not.toContain(String(fx.reviews.peer.id))
    expect(docs.every((doc) => String(doc.reviewer) === String(fx.users.reviewer.id))).toBe(true)
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
    if (outcome === 'allowed') expect(String(saved?.reviewer)).toBe(String(fx.users.reviewer.id))
  })

  it("a reviewer cannot move their review onto a proposal of an edition they do not review", async () => {
    await expect(
      payload.update({
        collection: 'reviews',
        id: fx.reviews.own.id,
        data: { proposal: fx.proposals.other.id },
        overrideAccess: false,
        user: as('reviewer'),
      }),
    ).rejects.toBeInstanceOf(Forbidden)
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
    await payload.update({
      collection: 'themes',
      id: theme.id,
      data: { summary: 'Secret draft summary' },
      draft: true,
      overrideAccess: false,
      user: as('editor'),
    })
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
    const archived = await payload.update({
      collection: 'editions',
      id: edition.id,
      data: { status: 'archived' },
      overrideAccess: false,
      user: as('editor'),
    })
    expect(archived.status).toBe('archived')

    await expect(
      payload.update({ collection: 'editions', id: edition.id, data: { status: 'current' }, overrideAccess: false, user: as('editor') }),
    ).rejects.toBeInstanceOf(Forbidden)
    expect((await payload.findByID({ collection: 'editions', id: edition.id, overrideAccess: true })).status).toBe('archived')

    const unfrozen = await payload.update({
      collection: 'editions',
      id: edition.id,
      data: { status: 'current' },
      overrideAccess: false,
      user: as('admin'),
    })
    expect(unfrozen.status).toBe('current')
    const edited = await payload.update({
      collection: 'editions',
      id: edition.id,
      data: { tagline: 'Editable again' },
      overrideAccess: false,
      user: as('editor'),
    })
    expect(edited.tagline).toBe('Editable again')
  })

  it('an editor cannot move a theme into an archived edition', async () => {
    const theme = await create('themes', build.theme(fx.editions.current))
    await expect(
      payload.update({
        collection: 'themes',
        id: theme.id,
        data: { edition: fx.editions.archived.id },
        overrideAccess: false,
        user: as('editor'),
      }),
    ).rejects.toBeInstanceOf(Forbidden)
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
