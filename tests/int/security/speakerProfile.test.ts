/**
 * Access rows for the speaker's profile (src/speakers/space/profile/): a signed-in speaker edits the
 * speaker document linked to their address and no other, whichever way they try: the profile route
 * with another id, REST and GraphQL with their `speaker_session` cookie (not a Payload login: the API
 * sees the public), for their own document as for another's. Who changed a speaker (`changedBy`) is
 * written by the server only and read by editors only.
 */
import type { Payload } from 'payload'

import { SESSION_COOKIE } from '../../../src/speakers/space/http'
import { handleProfileSave } from '../../../src/speakers/space/profile/http'
import { newSecret } from '../../../src/speakers/space/tokens'
import { factories, TEST_PASSWORD, type Doc, type Id } from '../helpers/factories'
import { startTestPayload, type TestPayload } from '../helpers/testPayload'

let ctx: TestPayload
let payload: Payload
const ORIGIN = 'http://localhost:3000'
const MINE = 'mine.access@example.org'
const ids = {} as Record<'mine' | 'other', Id>
let cookie: string
let editorToken: string
type Handler = (request: Request, args: { params: Promise<{ slug: string[] }> }) => Promise<Response>
let rest: { PATCH: Handler; GET: Handler }
let graphql: (request: Request) => Promise<Response>

beforeAll(async () => {
  ctx = await startTestPayload()
  payload = ctx.payload
  const make = factories(payload)
  await make.user('admin')
  const editor = await make.user('editor')
  editorToken = (await payload.login({ collection: 'users', data: { email: String(editor.email), password: TEST_PASSWORD } })).token!
  const edition: Doc = await make.edition(2044)
  for (const key of ['mine', 'other'] as const) {
    ids[key] = (await make.create('speakers', { name: `Sample ${key} speaker`, editions: [edition.id], _status: 'published' })).id
  }
  await make.proposal(edition, { submitter: { name: 'Sample mine speaker', email: MINE }, speaker: ids.mine, status: 'accepted' })
  await make.proposal(edition, {
    submitter: { name: 'Sample other speaker', email: 'other.access@example.org' },
    speaker: ids.other,
    status: 'accepted',
  })
  const { raw, hash } = newSecret()
  await payload.create({
    collection: 'speaker-tokens',
    data: { kind: 'session', tokenHash: hash, email: MINE, expiresAt: '2100-01-01T00:00:00.000Z' },
    overrideAccess: true,
  })
  cookie = `${SESSION_COOKIE}=${raw}`
  const { default: config } = await import('@payload-config')
  const routes = await import('@payloadcms/next/routes')
  rest = { PATCH: routes.REST_PATCH(config) as Handler, GET: routes.REST_GET(config) as Handler }
  graphql = routes.GRAPHQL_POST(config) as (request: Request) => Promise<Response>
})
afterAll(async () => ctx?.close())

const nameOf = async (id: Id) => (await payload.findByID({ collection: 'speakers', id, depth: 0, overrideAccess: true })).name

function profilePost(speaker: Id): Request {
  const form = new FormData()
  form.append('speaker', String(speaker))
  form.append('name', 'Renamed through the profile')
  return new Request(`${ORIGIN}/speaker/profile/save`, {
    method: 'POST',
    body: form,
    headers: { cookie, accept: 'application/json', host: 'localhost:3000' },
  })
}

function restPatch(speaker: Id, headers: Record<string, string> = { cookie }): Promise<Response> {
  return rest.PATCH(
    new Request(`${ORIGIN}/api/speakers/${speaker}`, {
      method: 'PATCH',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify({ name: 'Renamed through REST' }),
    }),
    { params: Promise.resolve({ slug: ['speakers', String(speaker)] }) },
  )
}

async function graphqlUpdate(speaker: Id): Promise<{ status: number; errors: unknown[] }> {
  const response = await graphql(
    new Request(`${ORIGIN}/api/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie },
      body: JSON.stringify({
        query: `mutation { updateSpeaker(id: ${JSON.stringify(speaker)}, data: { name: "Renamed through GraphQL" }) { id name } }`,
      }),
    }),
  )
  const body = (await response.json()) as { errors?: unknown[] }
  return { status: response.status, errors: body.errors ?? [] }
}

describe('a signed-in speaker changes no speaker document but their own, and that one through the profile only', () => {
  it.each([
    [
      'the profile route, another speaker',
      'other',
      async (id: Id) => (await handleProfileSave(profilePost(id), { payload, locale: 'en' })).status,
      404,
    ],
    ['REST PATCH, another speaker', 'other', async (id: Id) => (await restPatch(id)).status, 403],
    ['REST PATCH, their own speaker (the cookie is no API login)', 'mine', async (id: Id) => (await restPatch(id)).status, 403],
  ] as const)('%s: %s', async (_, key, attempt, status) => {
    const before = await nameOf(ids[key])
    expect(await attempt(ids[key])).toBe(status)
    expect(await nameOf(ids[key])).toBe(before)
  })

  it.each(['other', 'mine'] as const)('GraphQL updateSpeaker on the %s speaker: refused with an error, nothing changed', async (key) => {
    const before = await nameOf(ids[key])
    const { errors } = await graphqlUpdate(ids[key])
    expect(errors.length).toBeGreaterThan(0)
    expect(await nameOf(ids[key])).toBe(before)
  })

  it('their own document through the profile: saved', async () => {
    expect((await handleProfileSave(profilePost(ids.mine), { payload, locale: 'en' })).status).toBe(200)
    expect(await nameOf(ids.mine)).toBe('Renamed through the profile')
  })
})

describe('changedBy: written by the server, read by editors', () => {
  it('an editor cannot forge it through REST; the server records the editor', async () => {
    const response = await rest.PATCH(
      new Request(`${ORIGIN}/api/speakers/${ids.other}`, {
        method: 'PATCH',
        headers: { 'content-type': 'application/json', authorization: `JWT ${editorToken}` },
        body: JSON.stringify({ name: 'Sample other speaker', changedBy: 'speaker: forged@example.org' }),
      }),
      { params: Promise.resolve({ slug: ['speakers', String(ids.other)] }) },
    )
    expect(response.status).toBe(200)
    const stored = (await payload.findByID({ collection: 'speakers', id: ids.other, depth: 0, overrideAccess: true })) as {
      changedBy?: string
    }
    expect(stored.changedBy).toMatch(/^editor: /)
  })

  it('the public does not read it (it holds an address)', async () => {
    const response = await rest.GET(new Request(`${ORIGIN}/api/speakers/${ids.mine}`), {
      params: Promise.resolve({ slug: ['speakers', String(ids.mine)] }),
    })
    expect(response.status).toBe(200)
    const body = (await response.json()) as Record<string, unknown>
    expect(body.name).toBe('Renamed through the profile')
    expect(body).not.toHaveProperty('changedBy')
  })
})
