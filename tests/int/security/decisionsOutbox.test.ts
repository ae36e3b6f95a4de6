/**
 * Who may release decisions, and who sees that a decision is pending (src/cfp/decisions/, the
 * endpoints in src/cfp/proposalEndpoints.ts): one table of endpoint × role → status, played over REST;
 * then the release fields, read as each role over the Local API with `overrideAccess: false`.
 */
import type { Payload } from 'payload'

import { factories, TEST_PASSWORD as PASSWORD, type AuthUser, type Doc, type Factories, type Id, type Role } from '../helpers/factories'
import { login, rest } from '../helpers/http'
import { startTestPayload, type TestPayload } from '../helpers/testPayload'

let ctx: TestPayload
let payload: Payload
let make: Factories
let edition: Doc
const users = {} as Record<Role, AuthUser>
const tokens = {} as Record<Role, string>
const context = { disableRevalidate: true }

beforeAll(async () => {
  ctx = await startTestPayload()
  payload = ctx.payload
  make = factories(payload)
  edition = await make.edition(2046, { status: 'current' })
  for (const role of ['admin', 'editor', 'reviewer'] as const) {
    users[role] = await make.user(role, {
      email: `${role}@example.org`,
      ...(role === 'reviewer' ? { reviewerEditions: [edition.id] } : {}),
    })
    tokens[role] = await login(payload, `${role}@example.org`, PASSWORD)
  }
})

afterAll(async () => {
  await ctx.close()
})

async function rejected(): Promise<Id> {
  const proposal = await make.proposal(edition, {})
  for (const status of ['in-review', 'rejected']) {
    await payload.update({ collection: 'proposals', id: proposal.id, data: { status } as never, overrideAccess: true, context })
  }
  return proposal.id
}

type Who = 'public' | Role
type Case = { what: string; who: Who; expected: number }

const ENDPOINTS: Record<string, (id: Id) => { path: string; body: unknown }> = {
  'release a selection': (id) => ({ path: '/proposals/release', body: { ids: [id] } }),
  'release the edition': () => ({ path: '/proposals/release', body: { edition: edition.id, all: true } }),
  'release one': (id) => ({ path: `/proposals/${id}/decision-email/send`, body: {} }),
}

const EXPECTED: Record<Who, number> = { public: 401, reviewer: 403, editor: 200, admin: 200 }

const CASES: Case[] = Object.keys(ENDPOINTS).flatMap((what) =>
  (['public', 'reviewer', 'editor', 'admin'] as const).map((who) => ({ what, who, expected: EXPECTED[who] })),
)

describe(`releasing decisions (${CASES.length} cases)`, () => {
  it.each(CASES)('$what as $who → $expected', async ({ what, who, expected }) => {
    const id = await rejected()
    const { path, body } = ENDPOINTS[what]!(id)
    const response = await rest(payload, 'POST', path, { token: who === 'public' ? undefined : tokens[who], body })
    expect(response.status).toBe(expected)
    const doc = await payload.findByID({ collection: 'proposals', id, depth: 0, overrideAccess: true })
    // Refused: nothing released, the decision still pending.
    if (expected !== 200) expect(doc).toMatchObject({ decisionPending: true, releasedDecision: null })
    else expect(doc).toMatchObject({ decisionPending: false, releasedDecision: 'decline' })
    if (expected !== 200) expect(JSON.stringify(await response.json())).toMatch(/"errors":\[\{"message"/)
  })

  it('a malformed selection is a 400 naming the field', async () => {
    const response = await rest(payload, 'POST', '/proposals/release', { token: tokens.editor, body: { ids: ['not-an-id'] } })
    expect(response.status).toBe(400)
    expect(await response.json()).toMatchObject({ errors: [{ field: 'ids' }] })
  })
})

describe('the release fields', () => {
  const FIELDS = ['decisionPending', 'releasedDecision', 'releasedAt', 'participation', 'decisionEmail'] as const
  it.each([
    ['reviewer', false],
    ['editor', true],
    ['admin', true],
  ] as const)('read as %s: visible %s', async (role, visible) => {
    // An accepted proposal, released: its participation list is filled.
    const proposal = await make.proposal(edition, {})
    const id = proposal.id
    for (const status of ['in-review', 'accepted']) {
      await payload.update({ collection: 'proposals', id, data: { status } as never, overrideAccess: true, context })
    }
    expect((await rest(payload, 'POST', '/proposals/release', { token: tokens.editor, body: { ids: [id] } })).status).toBe(200)
    const doc = await payload.findByID({ collection: 'proposals', id, depth: 0, overrideAccess: false, user: users[role] })
    for (const field of FIELDS) {
      // Payload answers a hidden array as [] (never its rows).
      if (!visible) expect((doc as unknown as Record<string, unknown>)[field] ?? []).toEqual([])
      else expect(doc).toHaveProperty(field)
    }
    if (visible) expect((doc as { participation?: unknown[] }).participation).toHaveLength(1)
    expect(JSON.stringify(doc).includes((proposal.submitter as { email: string }).email)).toBe(visible)
  })

  it('a reviewer cannot filter proposals on a pending decision', async () => {
    await rejected()
    await expect(
      payload.find({ collection: 'proposals', where: { decisionPending: { equals: true } }, overrideAccess: false, user: users.reviewer }),
    ).rejects.toThrow()
  })
})
