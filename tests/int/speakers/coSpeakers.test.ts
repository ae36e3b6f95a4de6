/**
 * Co-speakers by invitation (src/cfp/coSpeakers): invite from the speaker space, answer by a link bound
 * to the invitee's address, access of accepted co-speakers, what reviewers see, and acceptance linking
 * every person to the session. Sample editions and people only (example.org).
 */
import type { Payload, PayloadRequest } from 'payload'
import { createLocalReq } from 'payload'

import { handleInvitationGet, handleInvitationPost, handleInvite } from '../../../src/cfp/coSpeakers/http'
import { acceptProposal } from '../../../src/cfp/decisions/decisions'
import { capturedEmails } from '../../../src/platform/email'
import { findMyProposal, listMyProposals } from '../../../src/speakers/space/proposals'
import { isKnownSpeakerEmail, speakerFromSession } from '../../../src/speakers/space/signIn'
import { factories, type Factories } from '../helpers/factories'
import { speakerSession } from '../helpers/speakerSession'
import { startTestPayload, type TestPayload } from '../helpers/testPayload'

let ctx: TestPayload
let payload: Payload
let make: Factories
const context = { disableRevalidate: true }
const DURING = new Date('2043-05-01T10:00:00.000Z')

type Id = number | string
let editionId: Id
let anonymisedEditionId: Id

const proposalOf = async (email: string, edition: Id = editionId): Promise<Id> =>
  (await make.proposal(edition, { submitter: { name: 'Sample Submitter', email } })).id

function post(path: string, values: Record<string, string>, cookie?: string, accept = 'application/json') {
  return new Request(`http://localhost:3000${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', accept, host: 'localhost:3000', ...(cookie ? { cookie } : {}) },
    body: new URLSearchParams(values),
  })
}

const invite = (id: Id, cookie: string | undefined, person: Record<string, string>) =>
  handleInvite(post(`/speaker/proposals/${id}/invite`, person, cookie), { payload, locale: 'en', id: String(id), now: DURING })

const answer = (token: string, reply: 'accept' | 'decline', cookie?: string, now?: Date) =>
  handleInvitationPost(post('/speaker/invitation', { token, answer: reply }, cookie), { payload, locale: 'en', now })

async function invitationToken(to: string): Promise<string> {
  for (let i = 0; i < 100; i++) {
    const mail = capturedEmails()
      .filter((email) => email.to === to)
      .at(-1)
    const match = mail && /\/speaker\/invitation\?token=([\w-]+)/.exec(mail.text)
    if (match) return match[1]!
    await new Promise((resolve) => setTimeout(resolve, 20))
  }
  throw new Error(`no invitation reached ${to}`)
}

async function invited(submitter: string, invitee: string, role = 'reflection', edition: Id = editionId) {
  const id = await proposalOf(submitter, edition)
  const cookie = await speakerSession(payload, submitter)
  const response = await invite(id, cookie, { coName: 'Sample Guest', coEmail: invitee, coRole: role })
  expect(response.status).toBe(201)
  return { id, cookie, token: await invitationToken(invitee) }
}

beforeAll(async () => {
  ctx = await startTestPayload()
  payload = ctx.payload
  make = factories(payload)
  // The first account ever made becomes an admin: make it, so the reviewers below stay reviewers.
  await make.user('editor', { email: 'first.sample@example.org' })
  const deadline = '2043-06-30T21:59:59.000Z'
  editionId = (await make.edition(2043, { title: 'Sample 2043', cfp: { deadline } })).id
  anonymisedEditionId = (await make.edition(2044, { title: 'Sample 2044', cfp: { deadline, anonymiseReviews: true } })).id
})

afterAll(async () => {
  await ctx?.close()
})

describe('inviting', () => {
  test.each([
    ['no name', { coName: '', coEmail: 'x1@example.org', coRole: 'framing' }, 'name'],
    ['a malformed address', { coName: 'A', coEmail: 'nope', coRole: 'framing' }, 'email'],
    ['the submitter themselves', { coName: 'A', coEmail: 'owner.invalid@example.org', coRole: 'framing' }, 'email'],
    ['an unknown role', { coName: 'A', coEmail: 'x2@example.org', coRole: 'keynote' }, 'role'],
  ])('%s → 422 on that field, no email', async (_name, person, field) => {
    const id = await proposalOf('owner.invalid@example.org')
    const response = await invite(id, await speakerSession(payload, 'owner.invalid@example.org'), person)
    expect(response.status).toBe(422)
    const { errors } = (await response.json()) as { errors: Array<{ field: string }> }
    expect(errors.map((error) => error.field)).toContain(field)
  })

  test('only the proposal’s people may invite: nobody signed in 401, another speaker 404', async () => {
    const id = await proposalOf('owner.only@example.org')
    const person = { coName: 'A', coEmail: 'x3@example.org', coRole: 'framing' }
    expect((await invite(id, undefined, person)).status).toBe(401)
    expect((await invite(id, await speakerSession(payload, 'stranger@example.org'), person)).status).toBe(404)
  })
})

describe('answering', () => {
  test('opening the link shows who invites to what; accepting makes the person a co-speaker with access', async () => {
    const { id, token } = await invited('owner.a@example.org', 'guest.a@example.org')
    const page = await handleInvitationGet(
      new Request(`http://localhost:3000/speaker/invitation?token=${token}`, { headers: { accept: 'text/html' } }),
      { payload, locale: 'en' },
    )
    expect(page.status).toBe(200)
    expect(await page.text()).toContain('Sample Submitter invites you')
    expect(await findMyProposal(payload, 'guest.a@example.org', id)).toBeNull()

    const accepted = await answer(token, 'accept')
    expect(accepted.status).toBe(200)
    // The link proved the mailbox: the invitee is signed in.
    const value = /speaker_session=([^;]+)/.exec(accepted.headers.get('set-cookie') ?? '')?.[1]
    expect(await speakerFromSession(payload, value)).toEqual({ email: 'guest.a@example.org' })
    expect(await findMyProposal(payload, 'guest.a@example.org', id)).not.toBeNull()
    expect((await listMyProposals(payload, 'guest.a@example.org')).map((item) => String(item.id))).toEqual([String(id)])
    expect(await isKnownSpeakerEmail(payload, 'guest.a@example.org')).toBe(true)
  })

  test('an invitation is answered once (410 after), nothing changed', async () => {
    const { id, token } = await invited('owner.b@example.org', 'guest.b@example.org')
    expect((await answer(token, 'decline')).status).toBe(200)
    expect((await answer(token, 'accept')).status).toBe(410)
    expect(await findMyProposal(payload, 'guest.b@example.org', id)).toBeNull()
  })

  test('someone signed in with another address cannot take the invitation (403), nothing changed', async () => {
    const { id, token } = await invited('owner.c@example.org', 'guest.c@example.org')
    const response = await answer(token, 'accept', await speakerSession(payload, 'intruder@example.org'))
    expect(response.status).toBe(403)
    expect(await findMyProposal(payload, 'intruder@example.org', id)).toBeNull()
    expect(await findMyProposal(payload, 'guest.c@example.org', id)).toBeNull()
    // The invitee still can.
    expect((await answer(token, 'accept', await speakerSession(payload, 'guest.c@example.org'))).status).toBe(200)
  })

  test('an expired invitation is refused (410); a made-up one is 404', async () => {
    const { id, token } = await invited('owner.d@example.org', 'guest.d@example.org')
    expect((await answer(token, 'accept', undefined, new Date(DURING.getTime() + 15 * 24 * 3600_000))).status).toBe(410)
    expect(await findMyProposal(payload, 'guest.d@example.org', id)).toBeNull()
    expect((await answer('B'.repeat(43), 'accept')).status).toBe(404)
  })

  test('an accepted co-speaker edits the proposal like the submitter and may invite', async () => {
    const { id, token } = await invited('owner.e@example.org', 'guest.e@example.org')
    await answer(token, 'accept')
    const guest = await speakerSession(payload, 'guest.e@example.org')
    expect((await invite(id, guest, { coName: 'Third Person', coEmail: 'third.e@example.org', coRole: 'other' })).status).toBe(201)
  })
})

describe('what others see', () => {
  const asReviewer = async (edition: Id) => (await make.user('reviewer', { reviewerEditions: [edition] })) as never

  test('reviewers see names and roles, never addresses or invitation secrets; not at all when the edition anonymises', async () => {
    const open = await invited('owner.f@example.org', 'guest.f@example.org')
    await answer(open.token, 'accept')
    const seen = await payload.findByID({ collection: 'proposals', id: open.id, overrideAccess: false, user: await asReviewer(editionId) })
    const people = (seen as unknown as { coSpeakers?: Array<Record<string, unknown>> }).coSpeakers
    expect(people?.map((person) => [person.name, person.role, person.status])).toEqual([['Sample Guest', 'reflection', 'accepted']])
    expect(JSON.stringify(seen)).not.toContain('guest.f@example.org')
    expect(JSON.stringify(seen)).not.toMatch(/invitationHash|coSpeakerEmails/)

    const hidden = await invited('owner.g@example.org', 'guest.g@example.org', 'framing', anonymisedEditionId)
    const anonymous = await payload.findByID({
      collection: 'proposals',
      id: hidden.id,
      overrideAccess: false,
      user: await asReviewer(anonymisedEditionId),
    })
    expect((anonymous as unknown as { coSpeakers?: unknown[] }).coSpeakers ?? []).toEqual([])
    expect(JSON.stringify(anonymous)).not.toContain('Sample Guest')
  })

  test('accepting the proposal makes every accepted person a speaker of the session; declined ones are left out', async () => {
    const { id, token, cookie } = await invited('owner.h@example.org', 'guest.h@example.org')
    await answer(token, 'accept')
    expect((await invite(id, cookie, { coName: 'Declining Person', coEmail: 'decliner.h@example.org', coRole: 'other' })).status).toBe(201)
    await answer(await invitationToken('decliner.h@example.org'), 'decline')
    await payload.update({ collection: 'proposals', id, data: { status: 'in-review' } as never, overrideAccess: true, context })
    const editor = await make.user('editor')
    const req = (await createLocalReq({ user: editor as never, context }, payload)) as PayloadRequest
    const result = await acceptProposal(req, id)
    const session = await payload.findByID({ collection: 'sessions', id: result.session.id, depth: 1, draft: true, overrideAccess: true })
    const names = ((session.speakers ?? []) as Array<{ name: string }>).map((speaker) => speaker.name).sort()
    expect(names).toEqual(['Sample Guest', 'Sample Submitter'])
    // Again: nobody twice.
    await acceptProposal(req, id)
    const again = await payload.findByID({ collection: 'sessions', id: result.session.id, depth: 0, draft: true, overrideAccess: true })
    expect(again.speakers).toHaveLength(2)
  })
})
