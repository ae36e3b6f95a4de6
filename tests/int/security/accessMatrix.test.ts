/**
 * The access matrix of ARCHITECTURE.md ("Access"), one table (tests/int/helpers/accessMatrix.ts) played through
 * the three ways into Payload: the Local API with `overrideAccess: false`, REST and GraphQL (Payload's
 * own Next route handlers, called with a `Request` and a login token). Then a sweep of what each role
 * can read over REST and GraphQL, searched for what it must never see: other users' emails, password
 * hashes and salts, submitters' emails, internal notes, other reviewers' reviews, drafts.
 */
import type { Payload } from 'payload'

import { apiClients, type ApiClients } from '../helpers/apiTransports'
import {
  accountOf,
  fx,
  localTransport,
  MATRIX,
  removeFixtureMedia,
  ROLES,
  runCase,
  setUpAccessFixtures,
  SUBJECTS,
  type Doc,
  type RoleName,
  type Transport,
} from '../helpers/accessMatrix'
import { startTestPayload, type TestPayload } from '../helpers/testPayload'

let ctx: TestPayload
let payload: Payload
let api: ApiClients

beforeAll(async () => {
  ctx = await startTestPayload()
  payload = ctx.payload
  await setUpAccessFixtures(payload)
  api = await apiClients(payload)
})

afterAll(async () => {
  await removeFixtureMedia()
  await ctx?.close()
})

const TRANSPORTS: Array<[string, () => Transport]> = [
  ['Local API', () => localTransport],
  ['REST', () => api.rest],
  ['GraphQL', () => api.graphql],
]

const total = MATRIX.length * TRANSPORTS.length
const summary = `${total} cases: ${Object.keys(SUBJECTS).length} subjects × operations × ${ROLES.length} roles = ${MATRIX.length} per transport × ${TRANSPORTS.length} transports`

describe(`access matrix through every transport (${summary})`, () => {
  afterAll(() => {
    console.log(`security.access: access matrix ${summary}`)
  })
  describe.each(TRANSPORTS)('%s', (_name, transport) => {
    it.each(MATRIX)('$subject · $op · $role → $expected', async (row) => {
      await runCase(transport(), row)
    })
  })
})

// ---------------------------------------------------------------------------------------------------
// What each role can read, searched for what it must never see
// ---------------------------------------------------------------------------------------------------

type Secret = { what: string; value: string; visibleTo: RoleName[] }

/** A fixture as stored now: the matrix's update cases change some of their texts. */
const stored = async (
  collection: 'editions' | 'themes' | 'speakers' | 'committee-members' | 'sessions' | 'perspectives' | 'proposals' | 'reviews',
  doc: Doc,
) => (await payload.findByID({ collection, id: doc.id, draft: true, depth: 0, overrideAccess: true })) as unknown as Doc

/** The strings a response may contain only for the listed roles, read from the fixtures as stored now. */
async function secrets(): Promise<Secret[]> {
  const list: Secret[] = []
  const self = (key: keyof typeof fx.users) =>
    ROLES.filter((role) => role === 'admin' || (accountOf(role) && String(accountOf(role)!.id) === String(fx.users[key].id)))
  for (const key of Object.keys(fx.users) as Array<keyof typeof fx.users>) {
    const user = fx.users[key]
    list.push({ what: `the email of ${key}`, value: String(user.email), visibleTo: self(key) })
    // Hash and salt are hidden fields: never in any response, not even the admin's.
    const withHidden = (await payload.findByID({
      collection: 'users',
      id: user.id,
      showHiddenFields: true,
      overrideAccess: true,
    })) as unknown as Doc
    expect(typeof withHidden.hash).toBe('string')
    list.push({ what: `the password hash of ${key}`, value: String(withHidden.hash), visibleTo: [] })
    list.push({ what: `the password salt of ${key}`, value: String(withHidden.salt), visibleTo: [] })
  }
  const editors: RoleName[] = ['editor', 'admin']
  for (const [key, fixture] of Object.entries(fx.proposals)) {
    const proposal = await stored('proposals', fixture)
    const reviewerOf: RoleName = key === 'own' ? 'reviewer' : 'reviewer-other'
    list.push({ what: `the title of the ${key} proposal`, value: String(proposal.title), visibleTo: [reviewerOf, ...editors] })
    list.push({
      what: `the submitter email of the ${key} proposal`,
      value: String((proposal.submitter as { email: string }).email),
      visibleTo: editors,
    })
  }
  list.push({ what: 'internal notes on proposals', value: 'Editors only: strong candidate.', visibleTo: editors })
  list.push({
    what: "the reviewer's own review",
    value: String((await stored('reviews', fx.reviews.own)).comment),
    visibleTo: ['reviewer', ...editors],
  })
  // A peer's review becomes readable to a reviewer once they have reviewed the same proposal; before, never.
  list.push({
    what: "a peer's review of a proposal the reviewer reviewed",
    value: String((await stored('reviews', fx.reviews.peer)).comment),
    visibleTo: ['reviewer', ...editors],
  })
  list.push({
    what: "a peer's review of a proposal the reviewer has not reviewed",
    value: String((await stored('reviews', fx.reviews.peerUnreviewed)).comment),
    visibleTo: editors,
  })
  list.push({
    what: 'a review of another edition',
    value: String((await stored('reviews', fx.reviews.other)).comment),
    visibleTo: ['reviewer-other', ...editors],
  })
  const drafts = [
    ['an unpublished edition', 'editions', fx.editions.unpublished, 'title'],
    ['an edition in its draft stage', 'editions', fx.editions.lifecycleDraft, 'title'],
    ['a draft theme', 'themes', fx.themes.draft, 'title'],
    ['a theme of an edition not public yet', 'themes', fx.themes.ofLifecycleDraft, 'title'],
    ['a draft speaker', 'speakers', fx.speakers.draft, 'name'],
    ['a draft perspective', 'perspectives', fx.perspectives.draft, 'title'],
    ['a committee member of an edition not public yet', 'committee-members', fx.committee.ofLifecycleDraft, 'name'],
    ['a session of an edition not public yet', 'sessions', fx.sessions.ofLifecycleDraft, 'title'],
  ] as const
  for (const [what, collection, doc, field] of drafts) {
    const value = String((await stored(collection, doc))[field])
    list.push({ what: `${what} (${value})`, value, visibleTo: editors })
  }
  return list
}

/** Whether a JSON response holds the value as a whole string (not as a prefix of a longer one). */
const holds = (text: string, value: string) => text.includes(JSON.stringify(value))

const COLLECTIONS = [
  'editions',
  'themes',
  'speakers',
  'committee-members',
  'sessions',
  'perspectives',
  'proposals',
  'reviews',
  'media',
  'users',
] as const

/** Every list and by-id read over REST, published and draft, populated two levels deep. */
async function restSweep(role: RoleName): Promise<string[]> {
  const texts: string[] = []
  for (const collection of COLLECTIONS) {
    for (const draft of [false, true]) {
      const list = await api.restRaw(role, [collection], `depth=2&limit=1000&draft=${draft}`)
      expect([200, 403]).toContain(list.status)
      texts.push(list.text)
    }
  }
  const docs: Array<[string, Doc]> = [
    ...Object.values(fx.editions).map((doc) => ['editions', doc] as [string, Doc]),
    ...Object.values(fx.themes).map((doc) => ['themes', doc] as [string, Doc]),
    ...Object.values(fx.speakers).map((doc) => ['speakers', doc] as [string, Doc]),
    ...Object.values(fx.perspectives).map((doc) => ['perspectives', doc] as [string, Doc]),
    ...Object.values(fx.proposals).map((doc) => ['proposals', doc] as [string, Doc]),
    ...Object.values(fx.reviews).map((doc) => ['reviews', doc] as [string, Doc]),
    ...Object.values(fx.users).map((doc) => ['users', doc] as [string, Doc]),
  ]
  for (const [collection, doc] of docs) {
    const one = await api.restRaw(role, [collection, String(doc.id)], 'depth=2&draft=true')
    expect([200, 403, 404]).toContain(one.status)
    texts.push(one.text)
  }
  for (const [path, query] of [
    [['globals', 'site-settings'], 'depth=2'],
    [['users', 'me'], 'depth=2'],
    // Versions hold every saved draft: they must be as closed as the drafts themselves.
    [['themes', 'versions'], 'depth=1&limit=1000'],
    [['perspectives', 'versions'], 'depth=1&limit=1000'],
    [['editions', 'versions'], 'depth=1&limit=1000'],
    [['speakers', 'versions'], 'depth=1&limit=1000'],
  ] as Array<[string[], string]>) {
    const response = await api.restRaw(role, path, query)
    expect([200, 403]).toContain(response.status)
    texts.push(response.text)
  }
  return texts
}

/** The same over GraphQL: every field that could carry one of the secrets, nested through relations. */
const GRAPHQL_SWEEP = `{
  Users(limit: 1000) { docs { id email name hash salt } }
  meUser { user { email } }
  Proposals(limit: 1000) { docs { title internalNotes submitter { name email } } }
  Reviews(limit: 1000) { docs { comment reviewer { email } proposal { title internalNotes submitter { email } } } }
  Sessions(limit: 1000) { docs { title proposal { title submitter { email } internalNotes } } }
  Editions(limit: 1000, draft: true) { docs { title } }
  Themes(limit: 1000, draft: true) { docs { title } }
  Speakers(limit: 1000, draft: true) { docs { name } }
  Perspectives(limit: 1000, draft: true) { docs { title } }
  CommitteeMembers(limit: 1000) { docs { name } }
  versionsThemes(limit: 1000) { docs { version { title } } }
  versionsPerspectives(limit: 1000) { docs { version { title } } }
}`

describe('nothing readable that should not be', () => {
  let list: Secret[]
  beforeEach(async () => {
    list = await secrets()
  })

  const leaks = (role: RoleName, texts: string[]) =>
    list
      .filter((secret) => !secret.visibleTo.includes(role) && texts.some((text) => holds(text, secret.value)))
      .map((secret) => secret.what)

  it.each(ROLES)('REST (every list, by id, versions, globals, /me; depth 2, drafts asked for) as %s', async (role) => {
    const texts = await restSweep(role)
    expect(leaks(role, texts)).toEqual([])
    // And no response names the hidden fields at all.
    for (const text of texts) expect(text).not.toMatch(/"(hash|salt|resetPasswordToken|_verificationToken)"/)
  })

  it.each(ROLES)('GraphQL (users, proposals, reviews, sessions, drafts, versions) as %s', async (role) => {
    const { text } = await api.graphqlRaw(role, GRAPHQL_SWEEP)
    expect(leaks(role, [text])).toEqual([])
  })

  it.each(['REST', 'GraphQL'])('the %s sweep is not blind: as admin it finds every secret but hashes and salts', async (transport) => {
    const texts = transport === 'REST' ? await restSweep('admin') : [(await api.graphqlRaw('admin', GRAPHQL_SWEEP)).text]
    const seen = list.filter((secret) => texts.some((text) => holds(text, secret.value))).map((secret) => secret.what)
    expect(seen.sort()).toEqual(
      list
        .filter((secret) => secret.visibleTo.includes('admin'))
        .map((secret) => secret.what)
        .sort(),
    )
  })

  it('GraphQL answers null for hash and salt, even to the admin', async () => {
    const { text } = await api.graphqlRaw('admin', '{ Users(limit: 1000) { docs { email hash salt } } }')
    const docs = (JSON.parse(text) as { data: { Users: { docs: Doc[] } } }).data.Users.docs
    expect(docs.length).toBeGreaterThanOrEqual(Object.keys(fx.users).length)
    expect(docs.every((doc) => doc.hash === null && doc.salt === null)).toBe(true)
  })
})

describe('proposals reach Payload only through the form', () => {
  const proposal = () => ({
    edition: fx.editions.current.id,
    submitter: { name: 'Eve Public', email: 'eve@example.org' },
    title: 'Anonymous proposal over the API',
    abstract: 'An attempt to file a proposal without the form, which must be refused by every transport.',
    format: 'framing-talk',
    bio: 'None.',
    consent: true,
  })

  it('the public cannot create one over REST (403) nor GraphQL (Forbidden), and nothing is stored', async () => {
    const before = (await payload.count({ collection: 'proposals', overrideAccess: true })).totalDocs
    await expect(api.rest.create({ collection: 'proposals', data: proposal(), draft: false, role: 'public' })).rejects.toMatchObject({
      name: 'Forbidden',
    })
    await expect(api.graphql.create({ collection: 'proposals', data: proposal(), draft: false, role: 'public' })).rejects.toMatchObject({
      name: 'Forbidden',
    })
    expect((await payload.count({ collection: 'proposals', overrideAccess: true })).totalDocs).toBe(before)
  })

  it('a reviewer cannot probe submitter emails with a REST query (400 naming the field) nor read them over GraphQL', async () => {
    const email = String((fx.proposals.own.submitter as { email: string }).email)
    const probe = await api.restRaw('reviewer', ['proposals'], `where[submitter.email][equals]=${encodeURIComponent(email)}`)
    expect(probe.status).toBe(400)
    expect(probe.text).toContain('submitter.email')
    expect(probe.text).not.toContain(String(fx.proposals.own.title))
    const { text } = await api.graphqlRaw('reviewer', `{ Proposals { docs { id submitter { email } } } }`)
    expect(text).toContain(String(fx.proposals.own.id))
    expect(text).not.toContain(email)
  })
})

describe('login lockout', () => {
  it.each(['reviewer', 'editor'] as const)("%s cannot lift another account's lockout (403); the admin can", async (role) => {
    const email = String(fx.users.otherEditor.email)
    const refused = await api.restRaw(role, ['users', 'unlock'], '', 'POST', { email })
    expect(refused.status).toBe(403)
    const unlocked = await api.restRaw('admin', ['users', 'unlock'], '', 'POST', { email })
    expect(unlocked.status).toBe(200)
  })
})
