/**
 * What a signed-in speaker may read and change (src/speakers/space/proposals.ts, proposalHttp.ts):
 * table-driven, on a throwaway database with sample editions and sample people (example.org).
 */
import type { Payload } from 'payload'

import { endOfDayInParis } from '../../../src/platform/dates'
import { SESSION_COOKIE } from '../../../src/speakers/space/http'
import { readFormState } from '../../../src/cfp/submit/formState'
import { formStateKey, handleProposalEdit, handleProposalWithdraw } from '../../../src/speakers/space/proposalHttp'
import { findMyProposal, listMyProposals, speakerStatus, type SpeakerStatus } from '../../../src/speakers/space/proposals'
import { hashSecret, newSecret } from '../../../src/speakers/space/tokens'
import { factories, type Factories } from '../helpers/factories'
import { speakerSession } from '../helpers/speakerSession'
import { startTestPayload, type TestPayload } from '../helpers/testPayload'

let ctx: TestPayload
let payload: Payload
let make: Factories
const context = { disableRevalidate: true }

const DEADLINE = endOfDayInParis('2042-06-30')
const DURING = new Date('2042-05-01T10:00:00.000Z')
const AFTER = new Date('2042-07-01T10:00:00.000Z')
const ABSTRACT = 'Sample abstract long enough for the call: it needs one hundred characters at least, so here are a few more words.'

const ALICE = 'alice.sample@example.org'
const BOB = 'bob.sample@example.org'

type Id = number | string
const ids = {} as Record<'open' | 'archived', Id>
const proposals = {} as Record<'aliceOpen' | 'aliceArchived' | 'aliceRejected' | 'bobOpen', Id>
let theme: Id
const cookies = {} as Record<'alice' | 'bob', string>

const edition = async (year: number, status: string, cfp: Record<string, unknown>) => (await make.edition(year, { status, cfp })).id

const proposal = async (editionId: Id, email: string, extra: Record<string, unknown> = {}) =>
  (
    await make.proposal(editionId, {
      submitter: { name: 'Sample Person', email },
      title: `Sample proposal of ${email}`,
      abstract: ABSTRACT,
      internalNotes: 'EDITORS-ONLY-NOTE',
      ...extra,
    })
  ).id

beforeAll(async () => {
  ctx = await startTestPayload()
  payload = ctx.payload
  make = factories(payload)
  ids.open = await edition(2042, 'upcoming', { opensAt: '2042-01-01T00:00:00.000Z', deadline: DEADLINE.toISOString() })
  theme = (await make.create('themes', { title: 'Sample theme', edition: ids.open, _status: 'published' })).id
  proposals.aliceOpen = await proposal(ids.open, ALICE, { themes: [theme] })
  proposals.bobOpen = await proposal(ids.open, BOB)
  proposals.aliceRejected = await proposal(ids.open, ALICE)
  for (const status of ['in-review', 'rejected']) {
    await payload.update({ collection: 'proposals', id: proposals.aliceRejected, data: { status } as never, overrideAccess: true, context })
  }
  // Released: the speaker sees it, and it is final for them (src/cfp/decisions/release.ts).
  await payload.update({
    collection: 'proposals',
    id: proposals.aliceRejected,
    data: { releasedDecision: 'decline' } as never,
    overrideAccess: true,
    context,
  })
  ids.archived = await edition(2040, 'upcoming', { deadline: '2040-03-01T00:00:00.000Z' })
  proposals.aliceArchived = await proposal(ids.archived, ALICE)
  await payload.update({ collection: 'editions', id: ids.archived, data: { status: 'archived' } as never, overrideAccess: true, context })
  const reviewer = await make.user('reviewer', { email: 'reviewer.sample@example.org', reviewerEditions: [ids.open] })
  await payload.create({
    collection: 'reviews',
    data: { proposal: proposals.aliceOpen, reviewer: reviewer.id, score: 2, comment: 'REVIEW-COMMENT-SECRET' } as never,
    overrideAccess: true,
    context,
  })
  cookies.alice = await speakerSession(payload, ALICE)
  cookies.bob = await speakerSession(payload, BOB)
})

afterAll(async () => {
  await ctx?.close()
})

function post(path: string, values: Record<string, string | string[]>, cookie?: string, accept = 'application/json') {
  const body = new URLSearchParams()
  for (const [name, value] of Object.entries(values)) for (const item of [value].flat()) body.append(name, item)
  return new Request(`http://localhost:3000${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', accept, host: 'localhost:3000', ...(cookie ? { cookie } : {}) },
    body,
  })
}

const edits = (changes: Record<string, string | string[]> = {}) => ({
  name: 'Sample Person',
  affiliation: 'Sample Lab',
  title: 'An edited sample title',
  abstract: ABSTRACT,
  format: 'framing-talk',
  themes: [String(theme)],
  durationWish: '30',
  bio: 'An edited sample bio.',
  links: 'https://sample.example/',
  ...changes,
})

const edit = (id: Id, cookie: string | undefined, now: Date, changes: Record<string, string | string[]> = {}) =>
  handleProposalEdit(post(`/speaker/proposals/${id}/edit`, edits(changes), cookie), { payload, locale: 'en', id: String(id), now })

const withdraw = (id: Id, cookie: string | undefined, now: Date, confirm = 'yes') =>
  handleProposalWithdraw(post(`/speaker/proposals/${id}/withdraw`, { confirm }, cookie), { payload, locale: 'en', id: String(id), now })

const stored = (id: Id) => payload.findByID({ collection: 'proposals', id, depth: 0, overrideAccess: true })

describe('the status a speaker sees', () => {
  test.each<[string, string | undefined, SpeakerStatus]>([
    ['submitted', undefined, 'submitted'],
    ['in-review', undefined, 'under-review'],
    ['accepted', 'accept', 'accepted'],
    ['rejected', 'decline', 'not-accepted'],
    ['waitlisted', 'waitlist', 'waitlisted'],
    ['withdrawn', undefined, 'withdrawn'],
    // A decision not released yet is invisible: under review, or the decision released before.
    ['accepted', undefined, 'under-review'],
    ['rejected', undefined, 'under-review'],
    ['waitlisted', undefined, 'under-review'],
    ['accepted', 'waitlist', 'waitlisted'],
    ['rejected', 'waitlist', 'waitlisted'],
  ])('%s, released %s → %s', (status, released, seen) => {
    expect(speakerStatus(status, released)).toBe(seen)
  })
})

describe('reading', () => {
  test('a speaker lists their own proposals across editions, and no one else’s', async () => {
    const mine = await listMyProposals(payload, ALICE)
    expect(mine.map((item) => String(item.id)).sort()).toEqual(
      [proposals.aliceOpen, proposals.aliceRejected, proposals.aliceArchived].map(String).sort(),
    )
    expect(mine.map((item) => item.edition?.year).sort()).toEqual([2040, 2042, 2042])
    expect((await listMyProposals(payload, BOB)).map((item) => String(item.id))).toEqual([String(proposals.bobOpen)])
  })

  test('never scores, reviews, reviewers or editors’ notes', async () => {
    const text = JSON.stringify([await listMyProposals(payload, ALICE), await findMyProposal(payload, ALICE, proposals.aliceOpen)])
    for (const secret of [
      'REVIEW-COMMENT-SECRET',
      'EDITORS-ONLY-NOTE',
      'averageScore',
      'reviewCount',
      'reviewer',
      'submissionToken',
      '"emails"',
    ]) {
      expect(text).not.toContain(secret)
    }
  })

  test.each([
    ['own proposal', ALICE, 'aliceOpen', true],
    ['another’s proposal', BOB, 'aliceOpen', false],
    ['another’s proposal (other way)', ALICE, 'bobOpen', false],
    ['own proposal of an archived edition', ALICE, 'aliceArchived', true],
  ] as const)('%s: readable = %s', async (_name, email, key, readable) => {
    expect((await findMyProposal(payload, email, proposals[key])) !== null).toBe(readable)
  })
})

describe('changing', () => {
  test.each([
    // who, proposal, when, expected status, what the database shows afterwards
    ['nobody signed in', undefined, 'aliceOpen', DURING, 401],
    ['another speaker', 'bob', 'aliceOpen', DURING, 404],
    ['the submitter after the deadline', 'alice', 'aliceOpen', AFTER, 403],
    ['the submitter, archived edition', 'alice', 'aliceArchived', DURING, 403],
  ] as const)('edit by %s (%s): refused, nothing changed', async (_name, who, key, now, status) => {
    const before = await stored(proposals[key])
    const answer = await edit(proposals[key], who ? cookies[who] : undefined, now)
    expect(answer.status).toBe(status)
    const body = (await answer.json()) as { errors: Array<{ message: string }> }
    expect(body.errors[0]?.message).toEqual(expect.any(String))
    expect((await stored(proposals[key])).title).toBe(before.title)
  })

  test('after the deadline the refusal names the closing date', async () => {
    const answer = await edit(proposals.aliceOpen, cookies.alice, AFTER)
    expect(answer.status).toBe(403)
    expect(((await answer.json()) as { errors: Array<{ message: string }> }).errors[0]!.message).toContain('30 June 2042')
  })

  test('invalid input gets the call’s own per-field messages (422), nothing changed', async () => {
    const answer = await edit(proposals.aliceOpen, cookies.alice, DURING, { abstract: 'too short', format: 'keynote' })
    expect(answer.status).toBe(422)
    const { errors } = (await answer.json()) as { errors: Array<{ field: string }> }
    expect(errors.map((error) => error.field).sort()).toEqual(['abstract', 'format'])
    expect((await stored(proposals.aliceOpen)).abstract).toBe(ABSTRACT)
  })

  test('the submitter edits before the deadline; the address cannot be changed', async () => {
    const answer = await edit(proposals.aliceOpen, cookies.alice, DURING, { email: 'someone.else@example.org' })
    expect(answer.status).toBe(200)
    const doc = await stored(proposals.aliceOpen)
    expect(doc.title).toBe('An edited sample title')
    expect(doc.bio).toBe('An edited sample bio.')
    expect(doc.submitter.email).toBe(ALICE)
    expect(doc.internalNotes).toBe('EDITORS-ONLY-NOTE')
  })

  test('a browser is sent back to the page (303) with its errors kept, or with "saved"', async () => {
    const bad = await handleProposalEdit(
      post(`/speaker/proposals/${proposals.aliceOpen}/edit`, edits({ title: '' }), cookies.alice, 'text/html'),
      {
        payload,
        locale: 'fr',
        id: String(proposals.aliceOpen),
        now: DURING,
      },
    )
    expect(bad.status).toBe(303)
    expect(bad.headers.get('location')).toMatch(new RegExp(`^/fr/speaker/proposals/${proposals.aliceOpen}\\?form=[\\w-]+#errors$`))
    // Kept in the database for the page, bound to this proposal and speaker: anyone else gets nothing.
    const key = new URL(bad.headers.get('location')!, 'http://localhost').searchParams.get('form')
    const kept = await readFormState(payload, key, formStateKey(proposals.aliceOpen, ALICE))
    expect(kept?.errors).toEqual({ title: { code: 'required' } })
    expect(await readFormState(payload, key, formStateKey(proposals.aliceOpen, BOB))).toBeNull()
    expect(await readFormState(payload, key)).toBeNull()
  })

  test('a cross-site post is refused', async () => {
    const request = post(`/speaker/proposals/${proposals.aliceOpen}/edit`, edits(), cookies.alice)
    request.headers.set('origin', 'https://evil.example')
    expect((await handleProposalEdit(request, { payload, locale: 'en', id: String(proposals.aliceOpen), now: DURING })).status).toBe(403)
  })

  test.each([
    ['nobody signed in', undefined, 'bobOpen', 401, 'submitted'],
    ['another speaker', 'alice', 'bobOpen', 404, 'submitted'],
    ['the submitter, archived edition', 'alice', 'aliceArchived', 403, 'submitted'],
    ['the submitter, decision already final', 'alice', 'aliceRejected', 409, 'rejected'],
  ] as const)('withdraw by %s (%s): refused', async (_name, who, key, status, after) => {
    const answer = await withdraw(proposals[key], who ? cookies[who] : undefined, AFTER)
    expect(answer.status).toBe(status)
    expect((await stored(proposals[key])).status).toBe(after)
  })

  test('withdrawing needs the confirmation box; then works after the deadline, once', async () => {
    expect((await withdraw(proposals.bobOpen, cookies.bob, AFTER, '')).status).toBe(400)
    expect((await stored(proposals.bobOpen)).status).toBe('submitted')
    expect((await withdraw(proposals.bobOpen, cookies.bob, AFTER)).status).toBe(200)
    expect((await stored(proposals.bobOpen)).status).toBe('withdrawn')
    expect((await withdraw(proposals.bobOpen, cookies.bob, AFTER)).status).toBe(200)
    // A withdrawn proposal is no longer edited.
    expect((await edit(proposals.bobOpen, cookies.bob, DURING)).status).toBe(409)
  })

  test('an expired session is nobody', async () => {
    const { raw, hash } = newSecret()
    await payload.create({
      collection: 'speaker-tokens',
      data: { kind: 'session', tokenHash: hash, email: ALICE, expiresAt: new Date(Date.now() - 1000).toISOString() },
      overrideAccess: true,
    })
    expect(hashSecret(raw)).toBe(hash)
    expect((await edit(proposals.aliceOpen, `${SESSION_COOKIE}=${raw}`, DURING)).status).toBe(401)
  })
})
