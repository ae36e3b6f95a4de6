/**
 * The access matrix of ARCHITECTURE.md ("Access") as data, with the fixtures it
 * acts on and the runners that play one case through a transport. One table, three ways in:
 * tests/int/security/accessMatrix.test.ts plays it through the Local API (`overrideAccess: false`), REST and
 * GraphQL (Payload's own Next route handlers); tests/int/security/access.test.ts uses the same fixtures for the
 * details a table cannot express.
 *
 * The table: one row per subject (a collection, or a kind of document in it: published, draft, in an
 * archived edition…) and operation, with the expected outcome for each role in the order
 * public · reviewer · reviewer of another edition · editor · admin:
 *   A  allowed: the operation succeeds and its effect is visible in the database
 *   F  forbidden: Payload refuses (`Forbidden`, HTTP 403) and the database is unchanged
 *   H  hidden: a read succeeds but the document is filtered out by the rule's query constraint
 */
import fs from 'node:fs'
import path from 'node:path'

import { Forbidden, NotFound, type CollectionSlug, type Payload } from 'payload'
import sharp from 'sharp'

import type { User } from '../../../src/payload-types'
import { factories, SAMPLE_ABSTRACT, TEST_PASSWORD, type Factories } from './factories'

// Narrower than the factories' ids: whatever payload-types.ts was generated for (numeric SQLite ids or
// string MongoDB ids), so the tables' ids type-check against the Local API's; the tests compare ids with String().
export type Id = User['id']
export type Doc = Record<string, unknown> & { id: Id }
export type AuthUser = Doc & { collection: 'users' }

export const ROLES = ['public', 'reviewer', 'reviewer-other', 'editor', 'admin'] as const
export type RoleName = (typeof ROLES)[number]
/** readVersions: the saved versions of a document (they hold every draft ever saved). */
export type Op = 'read' | 'readVersions' | 'create' | 'update' | 'delete'
export type Outcome = 'allowed' | 'forbidden' | 'hidden'
const OUTCOME: Record<string, Outcome> = { A: 'allowed', F: 'forbidden', H: 'hidden' }

let payload: Payload
let make: Factories

// ---------------------------------------------------------------------------------------------------
// Fixtures (filled in by setUpAccessFixtures)
// ---------------------------------------------------------------------------------------------------

export const fx = {
  firstUserRoleAsSaved: '' as unknown,
  users: {} as Record<'admin' | 'editor' | 'reviewer' | 'reviewerOther' | 'peer' | 'otherEditor', Doc>,
  as: {} as Record<RoleName, AuthUser | undefined>,
  editions: {} as Record<'current' | 'archived' | 'lifecycleDraft' | 'unpublished', Doc>,
  themes: {} as Record<'published' | 'draft' | 'archived' | 'ofLifecycleDraft', Doc>,
  speakers: {} as Record<'published' | 'draft' | 'archivedOnly' | 'shared', Doc>,
  committee: {} as Record<'published' | 'archived' | 'ofLifecycleDraft', Doc>,
  sessions: {} as Record<'published' | 'draft' | 'archived' | 'ofLifecycleDraft', Doc>,
  perspectives: {} as Record<'published' | 'draft', Doc>,
  proposals: {} as Record<'own' | 'other', Doc>,
  reviews: {} as Record<'own' | 'peer' | 'peerUnreviewed' | 'other', Doc>,
  media: {} as Record<'published', Doc>,
}

const MEDIA_PREFIX = `access-test-${process.pid}-${Date.now()}`
let sequence = 0
export const next = () => ++sequence
let nextYear = 2030

export const ABSTRACT = SAMPLE_ABSTRACT

async function png(): Promise<Buffer> {
  return sharp({ create: { width: 4, height: 4, channels: 3, background: '#0f5c46' } })
    .png()
    .toBuffer()
}

/** What the JWT strategy puts on `req.user`: the user document at the default depth, tagged with its collection. */
export const authUser = async (id: Id): Promise<AuthUser> => (await make.authUser(id)) as AuthUser

export const as = (role: RoleName) => fx.as[role]

/** The fixture account a role logs in with (none for the public). */
export function accountOf(role: RoleName): Doc | undefined {
  const key = ({ public: undefined, reviewer: 'reviewer', 'reviewer-other': 'reviewerOther', editor: 'editor', admin: 'admin' } as const)[
    role
  ]
  return key ? fx.users[key] : undefined
}

/**
 * A year no edition has yet (years are unique and 2000–2100): the matrix creates an edition per case,
 * three transports over, more than the years after the fixtures' if none were reused.
 */
async function freeYear(): Promise<number> {
  const { docs } = await payload.find({ collection: 'editions', depth: 0, pagination: false, select: { year: true }, overrideAccess: true })
  const used = new Set(docs.map((edition) => edition.year))
  const candidates = [...Array.from({ length: 72 }, (_, i) => 2029 + i), ...Array.from({ length: 25 }, (_, i) => 2000 + i)]
  const year = candidates.find((candidate) => !used.has(candidate))
  if (year === undefined) throw new Error('no free edition year left between 2000 and 2100')
  return year
}

// Data builders, shared by the fixtures and by the create/delete cases.
export const build = {
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
    password: TEST_PASSWORD,
    role: 'editor',
    ...extra,
  }),
}

export const create = async (collection: CollectionSlug, data: Record<string, unknown>, draft = false): Promise<Doc> =>
  (await make.create(collection, data, { draft })) as Doc

export async function createReview(proposal: Doc, reviewer: Doc, score = 4): Promise<Doc> {
  // A distinct comment per review, so a leak of one review's text into another reader's response shows.
  return create('reviews', { proposal: proposal.id, reviewer: reviewer.id, score, comment: `Fixture review #${next()}.` })
}

export async function createMedia(name: string): Promise<Doc> {
  return (await make.media(
    { data: await png(), mimetype: 'image/png', name: `${MEDIA_PREFIX}-${name}.png` },
    { alt: 'A green square' },
  )) as unknown as Doc
}

/** Creates the accounts and documents the matrix acts on, in a fresh database. */
export async function setUpAccessFixtures(given: Payload): Promise<void> {
  payload = given
  make = factories(given)

  // The very first account, created with role 'editor', becomes an admin (firstUserIsAdmin).
  const admin = await create('users', build.user({ email: 'first@example.org', role: 'editor' }))
  fx.firstUserRoleAsSaved = admin.role
  const editor = await create('users', build.user({ email: 'editor@example.org', role: 'editor' }))
  const otherEditor = await create('users', build.user({ email: 'other-editor@example.org', role: 'editor' }))

  fx.editions.current = await create('editions', build.edition({ year: 2026, status: 'current' }))
  fx.editions.archived = await create('editions', build.edition({ year: 2025, status: 'archived' }))
  fx.editions.lifecycleDraft = await create('editions', build.edition({ year: 2027, status: 'draft' }))
  fx.editions.unpublished = await create('editions', build.edition({ year: 2028, _status: 'draft' }), true)

  const reviewer = await create(
    'users',
    build.user({ email: 'reviewer@example.org', role: 'reviewer', reviewerEditions: [fx.editions.current.id] }),
  )
  const peer = await create(
    'users',
    build.user({ email: 'peer@example.org', role: 'reviewer', reviewerEditions: [fx.editions.current.id] }),
  )
  const reviewerOther = await create(
    'users',
    build.user({ email: 'reviewer-other@example.org', role: 'reviewer', reviewerEditions: [fx.editions.archived.id] }),
  )
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
  fx.speakers.archivedOnly = await create('speakers', build.speaker({ editions: [fx.editions.archived.id] }))
  fx.speakers.shared = await create('speakers', build.speaker({ editions: [fx.editions.archived.id, fx.editions.current.id] }))
  fx.committee.published = await create('committee-members', build.committee(fx.editions.current))
  fx.committee.archived = await create('committee-members', build.committee(fx.editions.archived))
  fx.perspectives.published = await create('perspectives', build.perspective())
  fx.perspectives.draft = await create('perspectives', build.perspective({ _status: 'draft' }), true)
  fx.proposals.own = await create('proposals', build.proposal(fx.editions.current))
  fx.proposals.other = await create('proposals', build.proposal(fx.editions.archived))
  fx.sessions.published = await create('sessions', build.session(fx.editions.current, { proposal: fx.proposals.own.id }))
  fx.sessions.archived = await create('sessions', build.session(fx.editions.archived))
  fx.sessions.draft = await create('sessions', build.session(fx.editions.current, { _status: 'draft' }), true)
  fx.reviews.own = await createReview(fx.proposals.own, reviewer)
  fx.reviews.peer = await createReview(fx.proposals.own, peer, 2)
  fx.reviews.other = await createReview(fx.proposals.other, reviewerOther)
  // A peer's review on a proposal the reviewer has not reviewed (yet): hidden from the reviewer.
  fx.reviews.peerUnreviewed = await createReview(await create('proposals', build.proposal(fx.editions.current)), peer, 5)
  fx.media.published = await createMedia('fixture')
  // Content of an edition that is not public yet (lifecycle status draft) is not public either.
  fx.themes.ofLifecycleDraft = await create('themes', build.theme(fx.editions.lifecycleDraft))
  fx.committee.ofLifecycleDraft = await create('committee-members', build.committee(fx.editions.lifecycleDraft))
  fx.sessions.ofLifecycleDraft = await create('sessions', build.session(fx.editions.lifecycleDraft))
}

/** Removes the uploaded fixture files (and their sizes) from the media folder. */
export async function removeFixtureMedia(): Promise<void> {
  if (!payload) return
  await payload.delete({ collection: 'media', where: { filename: { like: MEDIA_PREFIX } }, overrideAccess: true })
  const dir = path.resolve(process.cwd(), 'media')
  for (const name of fs.existsSync(dir) ? fs.readdirSync(dir) : []) {
    if (name.startsWith(MEDIA_PREFIX)) fs.rmSync(path.join(dir, name), { force: true })
  }
}

// ---------------------------------------------------------------------------------------------------
// The matrix
// ---------------------------------------------------------------------------------------------------

export type Subject = {
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

export const SUBJECTS: Record<string, Subject> = {
  'editions (published, current)': {
    collection: 'editions',
    versioned: true,
    target: () => fx.editions.current,
    data: async () => build.edition({ year: await freeYear() }),
    fresh: async () => create('editions', build.edition({ year: await freeYear() })),
    field: 'tagline',
    expect: { readVersions: 'FFFAA', read: 'AAAAA', create: 'FFFAA', update: 'FFFAA', delete: 'FFFFA' },
  },
  'editions (unpublished draft)': {
    collection: 'editions',
    versioned: true,
    draft: true,
    target: () => fx.editions.unpublished,
    data: async () => build.edition({ year: await freeYear(), _status: 'draft' }),
    fresh: async () => create('editions', build.edition({ year: await freeYear(), _status: 'draft' }), true),
    field: 'tagline',
    expect: { readVersions: 'FFFAA', read: 'HHHAA', create: 'FFFAA', update: 'FFFAA', delete: 'FFFFA' },
  },
  'editions (published, lifecycle status draft)': {
    collection: 'editions',
    versioned: true,
    target: () => fx.editions.lifecycleDraft,
    fresh: async () => create('editions', build.edition({ year: await freeYear(), status: 'draft' })),
    field: 'tagline',
    expect: { readVersions: 'FFFAA', read: 'HHHAA', update: 'FFFAA', delete: 'FFFFA' },
  },
  'editions (archived)': {
    collection: 'editions',
    versioned: true,
    target: () => fx.editions.archived,
    fresh: async () => create('editions', build.edition({ year: await freeYear(), status: 'archived' })),
    field: 'tagline',
    expect: { readVersions: 'FFFAA', read: 'AAAAA', update: 'FFFFA', delete: 'FFFFA' },
  },
  'themes (published)': {
    collection: 'themes',
    versioned: true,
    target: () => fx.themes.published,
    data: () => build.theme(fx.editions.current),
    fresh: () => create('themes', build.theme(fx.editions.current)),
    field: 'summary',
    expect: { readVersions: 'FFFAA', read: 'AAAAA', create: 'FFFAA', update: 'FFFAA', delete: 'FFFAA' },
  },
  'themes (draft)': {
    collection: 'themes',
    versioned: true,
    draft: true,
    target: () => fx.themes.draft,
    data: () => build.theme(fx.editions.current, { _status: 'draft' }),
    fresh: () => create('themes', build.theme(fx.editions.current, { _status: 'draft' }), true),
    field: 'summary',
    expect: { readVersions: 'FFFAA', read: 'HHHAA', create: 'FFFAA', update: 'FFFAA', delete: 'FFFAA' },
  },
  'themes (of an archived edition)': {
    collection: 'themes',
    versioned: true,
    target: () => fx.themes.archived,
    data: () => build.theme(fx.editions.archived),
    fresh: () => create('themes', build.theme(fx.editions.archived)),
    field: 'summary',
    expect: { readVersions: 'FFFAA', read: 'AAAAA', create: 'FFFFA', update: 'FFFFA', delete: 'FFFFA' },
  },
  'themes (published, of an edition not public yet)': {
    collection: 'themes',
    versioned: true,
    target: () => fx.themes.ofLifecycleDraft,
    expect: { readVersions: 'FFFAA', read: 'HHHAA' },
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
    expect: { readVersions: 'FFFAA', read: 'HHHAA' },
  },
  'speakers (published)': {
    collection: 'speakers',
    versioned: true,
    target: () => fx.speakers.published,
    data: () => build.speaker(),
    fresh: () => create('speakers', build.speaker()),
    field: 'affiliation',
    expect: { readVersions: 'FFFAA', read: 'AAAAA', create: 'FFFAA', update: 'FFFAA', delete: 'FFFAA' },
  },
  'speakers (draft)': {
    collection: 'speakers',
    versioned: true,
    draft: true,
    target: () => fx.speakers.draft,
    data: () => build.speaker({ _status: 'draft' }),
    fresh: () => create('speakers', build.speaker({ _status: 'draft' }), true),
    field: 'affiliation',
    expect: { readVersions: 'FFFAA', read: 'HHHAA', create: 'FFFAA', update: 'FFFAA', delete: 'FFFAA' },
  },
  'speakers (of an archived edition only)': {
    collection: 'speakers',
    versioned: true,
    target: () => fx.speakers.archivedOnly,
    data: () => build.speaker({ editions: [fx.editions.archived.id] }),
    fresh: () => create('speakers', build.speaker({ editions: [fx.editions.archived.id] })),
    field: 'affiliation',
    expect: { readVersions: 'FFFAA', read: 'AAAAA', create: 'FFFFA', update: 'FFFFA', delete: 'FFFFA' },
  },
  'speakers (of an archived and a live edition)': {
    collection: 'speakers',
    versioned: true,
    target: () => fx.speakers.shared,
    fresh: () => create('speakers', build.speaker({ editions: [fx.editions.archived.id, fx.editions.current.id] })),
    field: 'affiliation',
    expect: { readVersions: 'FFFAA', read: 'AAAAA', update: 'FFFAA', delete: 'FFFAA' },
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
    field: 'title',
    expect: { readVersions: 'FFFAA', read: 'AAAAA', create: 'FFFAA', update: 'FFFAA', delete: 'FFFAA' },
  },
  // Sessions have drafts (e.g. made from accepted proposals): editors only until published.
  'sessions (draft)': {
    collection: 'sessions',
    versioned: true,
    draft: true,
    target: () => fx.sessions.draft,
    data: () => build.session(fx.editions.current, { _status: 'draft' }),
    fresh: () => create('sessions', build.session(fx.editions.current, { _status: 'draft' }), true),
    field: 'title',
    expect: { readVersions: 'FFFAA', read: 'HHHAA', create: 'FFFAA', update: 'FFFAA', delete: 'FFFAA' },
  },
  'sessions (of an archived edition)': {
    collection: 'sessions',
    versioned: true,
    target: () => fx.sessions.archived,
    data: () => build.session(fx.editions.archived),
    fresh: () => create('sessions', build.session(fx.editions.archived)),
    field: 'title',
    expect: { readVersions: 'FFFAA', read: 'AAAAA', create: 'FFFFA', update: 'FFFFA', delete: 'FFFFA' },
  },
  'perspectives (published)': {
    collection: 'perspectives',
    versioned: true,
    target: () => fx.perspectives.published,
    data: () => build.perspective(),
    fresh: () => create('perspectives', build.perspective()),
    field: 'summary',
    expect: { readVersions: 'FFFAA', read: 'AAAAA', create: 'FFFAA', update: 'FFFAA', delete: 'FFFAA' },
  },
  'perspectives (draft)': {
    collection: 'perspectives',
    versioned: true,
    draft: true,
    target: () => fx.perspectives.draft,
    data: () => build.perspective({ _status: 'draft' }),
    fresh: () => create('perspectives', build.perspective({ _status: 'draft' }), true),
    field: 'summary',
    expect: { readVersions: 'FFFAA', read: 'HHHAA', create: 'FFFAA', update: 'FFFAA', delete: 'FFFAA' },
  },
  "proposals (of the reviewer's edition)": {
    collection: 'proposals',
    target: () => fx.proposals.own,
    data: () => build.proposal(fx.editions.current),
    fresh: () => create('proposals', build.proposal(fx.editions.current)),
    field: 'title',
    expect: { read: 'FAHAA', create: 'FFFAA', update: 'FFFAA', delete: 'FFFFA' },
  },
  // The other edition is the archived one: its proposals are kept, frozen (admins only).
  'proposals (of another edition, archived)': {
    collection: 'proposals',
    target: () => fx.proposals.other,
    data: () => build.proposal(fx.editions.archived),
    fresh: () => create('proposals', build.proposal(fx.editions.archived)),
    field: 'title',
    expect: { read: 'FHAAA', create: 'FFFFA', update: 'FFFFA', delete: 'FFFFA' },
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
  // Once a reviewer has reviewed a proposal, they may read (never change) their peers' reviews of it.
  "reviews (a peer's, on a proposal the reviewer reviewed)": {
    collection: 'reviews',
    target: () => fx.reviews.peer,
    fresh: async () => createReview(await create('proposals', build.proposal(fx.editions.current)), fx.users.peer),
    field: 'comment',
    expect: { read: 'FAHAA', update: 'FFFAA', delete: 'FFFAA' },
  },
  "reviews (a peer's, on a proposal the reviewer has not reviewed)": {
    collection: 'reviews',
    target: () => fx.reviews.peerUnreviewed,
    field: 'comment',
    expect: { read: 'FHHAA', update: 'FFFAA' },
  },
  // The other edition is the archived one: even its own reviewer no longer changes a review there.
  'reviews (of another edition, archived)': {
    collection: 'reviews',
    target: () => fx.reviews.other,
    data: async () => ({ proposal: (await create('proposals', build.proposal(fx.editions.archived))).id, score: 5 }),
    fresh: async () => createReview(await create('proposals', build.proposal(fx.editions.archived)), fx.users.reviewerOther),
    field: 'comment',
    expect: { read: 'FHAAA', create: 'FFFFA', update: 'FFFFA', delete: 'FFFFA' },
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

export type Row = { role: RoleName; op: Op; subject: string; expected: Outcome }
export const MATRIX: Row[] = Object.entries(SUBJECTS).flatMap(([subject, { expect: byOp }]) =>
  (Object.entries(byOp) as Array<[Op, string]>).flatMap(([op, letters]) => {
    if (letters.length !== ROLES.length) throw new Error(`${subject} ${op}: one letter per role expected`)
    return ROLES.map((role, index) => ({ role, op, subject, expected: OUTCOME[letters[index]!]! }))
  }),
)

// ---------------------------------------------------------------------------------------------------
// Transports and runners
// ---------------------------------------------------------------------------------------------------

type Target = { collection: CollectionSlug; id: Id; role: RoleName }

/**
 * One way into Payload, acting as a role. A refusal surfaces as Payload's `Forbidden` (HTTP 403), a
 * document the rule filters out of a by-id read as `NotFound` (HTTP 404); any other error fails the case.
 */
export type Transport = {
  name: string
  find(args: Target & { draft: boolean }): Promise<Doc[]>
  findByID(args: Target & { draft: boolean }): Promise<Doc>
  /** The saved versions of a document. */
  findVersions(args: Target): Promise<Doc[]>
  count(args: Target): Promise<number>
  create(args: { collection: CollectionSlug; data: Record<string, unknown>; draft: boolean; role: RoleName }): Promise<Doc>
  update(args: Target & { data: Record<string, unknown>; draft: boolean }): Promise<Doc>
  delete(args: Target): Promise<unknown>
  findGlobal(role: RoleName): Promise<Doc>
  updateGlobal(data: Record<string, unknown>, role: RoleName): Promise<unknown>
}

const byId = (id: Id) => ({ id: { equals: id } })

/** The Local API with `overrideAccess: false`, as the admin UI's server functions and our pages use it. */
export const localTransport: Transport = {
  name: 'Local API',
  find: async ({ collection, id, draft, role }) =>
    (await payload.find({ collection, where: byId(id), draft, depth: 0, overrideAccess: false, user: as(role) })).docs as unknown as Doc[],
  findByID: async ({ collection, id, draft, role }) =>
    (await payload.findByID({ collection, id, draft, depth: 0, overrideAccess: false, user: as(role) })) as unknown as Doc,
  findVersions: async ({ collection, id, role }) =>
    (await payload.findVersions({ collection, where: { parent: { equals: id } }, depth: 0, overrideAccess: false, user: as(role) }))
      .docs as unknown as Doc[],
  count: async ({ collection, id, role }) =>
    (await payload.count({ collection, where: byId(id), overrideAccess: false, user: as(role) })).totalDocs,
  create: async ({ collection, data, draft, role }) =>
    (await payload.create({ collection, data: data as never, draft, overrideAccess: false, user: as(role) })) as unknown as Doc,
  update: async ({ collection, id, data, draft, role }) =>
    (await payload.update({ collection, id, data: data as never, draft, overrideAccess: false, user: as(role) })) as unknown as Doc,
  delete: ({ collection, id, role }) => payload.delete({ collection, id, overrideAccess: false, user: as(role) }),
  findGlobal: async (role) =>
    (await payload.findGlobal({ slug: 'site-settings', overrideAccess: false, user: as(role) })) as unknown as Doc,
  updateGlobal: (data, role) => payload.updateGlobal({ slug: 'site-settings', data: data as never, overrideAccess: false, user: as(role) }),
}

/** 'allowed' when fn resolves, 'forbidden' when Payload refuses; any other error fails the case. */
export async function attempt(fn: () => Promise<unknown>): Promise<'allowed' | 'forbidden'> {
  try {
    await fn()
    return 'allowed'
  } catch (error) {
    if (error instanceof Forbidden) return 'forbidden'
    throw error
  }
}

/** Like attempt, for a read by id: a document the rule filters out is 'hidden' (Payload answers NotFound). */
async function attemptRead(fn: () => Promise<boolean>): Promise<Outcome> {
  try {
    return (await fn()) ? 'allowed' : 'hidden'
  } catch (error) {
    if (error instanceof Forbidden) return 'forbidden'
    if (error instanceof NotFound) return 'hidden'
    throw error
  }
}

const stamp = (role: RoleName, op: Op) => `${op} by ${role} #${next()}`
const sameId = (doc: Doc | undefined, id: Id) => doc !== undefined && String(doc.id) === String(id)

/** Every way to read the target: a filtered list, a by-id read and a count, each as published and as draft. */
export async function runRead(t: Transport, subject: Subject, role: RoleName): Promise<Record<string, Outcome>> {
  if (subject.collection === 'site-settings') {
    return {
      findGlobal: await attempt(async () => {
        const settings = await t.findGlobal(role)
        expect(settings.siteName).toBe('Commons AI')
      }),
    }
  }
  const collection = subject.collection
  const { id } = subject.target!(role)
  const outcomes: Record<string, Outcome> = {}
  // Published view (what pages read) and the draft view (?draft=true): neither may leak.
  for (const draft of subject.versioned ? [false, true] : [false]) {
    outcomes[`find(draft=${draft})`] = await attemptRead(async () =>
      (await t.find({ collection, id, draft, role })).some((doc) => sameId(doc, id)),
    )
    outcomes[`findByID(draft=${draft})`] = await attemptRead(async () => sameId(await t.findByID({ collection, id, draft, role }), id))
  }
  outcomes['count'] = await attemptRead(async () => (await t.count({ collection, id, role })) === 1)
  return outcomes
}

export async function runCreate(t: Transport, subject: Subject, role: RoleName): Promise<Outcome> {
  const collection = subject.collection as CollectionSlug
  const data = await subject.data!()
  const before = (await payload.count({ collection, overrideAccess: true })).totalDocs
  let created: Doc | undefined
  const outcome = await attempt(async () => {
    created = await t.create({ collection, data, draft: subject.draft ?? false, role })
  })
  const after = (await payload.count({ collection, overrideAccess: true })).totalDocs
  if (outcome === 'allowed') {
    expect(created?.id).toBeDefined()
    expect(after).toBe(before + 1)
    const stored = (await payload.findByID({ collection, id: created!.id, draft: true, depth: 0, overrideAccess: true })) as unknown as Doc
    if (subject.draft) expect(stored._status).toBe('draft')
  } else {
    expect(after).toBe(before)
  }
  return outcome
}

export async function runUpdate(t: Transport, subject: Subject, role: RoleName): Promise<Outcome> {
  const field = subject.field!
  const value = stamp(role, 'update')
  if (subject.collection === 'site-settings') {
    const outcome = await attempt(() => t.updateGlobal({ [field]: value }, role))
    const stored = (await payload.findGlobal({ slug: 'site-settings', overrideAccess: true })) as unknown as Doc
    expect(stored[field] === value).toBe(outcome === 'allowed')
    return outcome
  }
  const collection = subject.collection
  const { id } = subject.target!(role)
  const outcome = await attempt(() => t.update({ collection, id, data: { [field]: value }, draft: subject.draft ?? false, role }))
  const stored = (await payload.findByID({ collection, id, draft: true, depth: 0, overrideAccess: true })) as unknown as Doc
  expect(stored[field] === value).toBe(outcome === 'allowed')
  if (subject.draft) expect(stored._status).toBe('draft')
  return outcome
}

export async function runDelete(t: Transport, subject: Subject, role: RoleName): Promise<Outcome> {
  const collection = subject.collection as CollectionSlug
  const doc = await subject.fresh!()
  const outcome = await attempt(() => t.delete({ collection, id: doc.id, role }))
  const left = (await payload.count({ collection, where: byId(doc.id), overrideAccess: true })).totalDocs
  expect(left).toBe(outcome === 'allowed' ? 0 : 1)
  return outcome
}

/** Plays one case of the matrix through a transport and checks its outcome (and the database). */
export async function runCase(t: Transport, { role, op, subject: name, expected }: Row): Promise<void> {
  const subject = SUBJECTS[name]!
  if (op === 'readVersions') {
    const { id } = subject.target!(role)
    expect(
      await attemptRead(async () => (await t.findVersions({ collection: subject.collection as CollectionSlug, id, role })).length > 0),
    ).toBe(expected)
  } else if (op === 'read') {
    const outcomes = await runRead(t, subject, role)
    expect(outcomes).toEqual(Object.fromEntries(Object.keys(outcomes).map((key) => [key, expected])))
  } else if (op === 'create') {
    expect(await runCreate(t, subject, role)).toBe(expected)
  } else if (op === 'update') {
    expect(await runUpdate(t, subject, role)).toBe(expected)
  } else {
    expect(await runDelete(t, subject, role)).toBe(expected)
  }
}
