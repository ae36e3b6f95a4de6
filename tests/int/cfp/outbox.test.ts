/**
 * Pending decisions and the Decisions outbox (src/cfp/decisions/pending.ts, release.ts,
 * participation.ts): a decision is invisible to its speaker until released; releasing queues its email
 * as a job, once, whatever the number of calls; a failed email is sent again by releasing it again; an
 * accepted and released proposal's people confirm or decline, until the edition's confirm-by day.
 */
import type { Payload } from 'payload'

import { capturedEmails, runEmailJobs } from '../../../src/platform/email'
import { endOfDayInParis } from '../../../src/platform/dates'
import { answerParticipation } from '../../../src/cfp/decisions/participation'
import { handleParticipationAnswer, handleProposalWithdraw } from '../../../src/speakers/space/proposalHttp'
import { findMyProposal, listMyProposals } from '../../../src/speakers/space/proposals'
import { factories, TEST_PASSWORD as PASSWORD, type Doc, type Factories, type Id } from '../helpers/factories'
import { login, rest } from '../helpers/http'
import { speakerSession } from '../helpers/speakerSession'
import { startTestPayload, type TestPayload } from '../helpers/testPayload'

let ctx: TestPayload
let payload: Payload
let make: Factories
let edition: Doc
let editor: string
const context = { disableRevalidate: true }

beforeAll(async () => {
  ctx = await startTestPayload()
  payload = ctx.payload
  make = factories(payload)
  edition = await make.edition(2043, { status: 'current', cfp: { contactEmail: 'cfp@example.org' } })
  await make.user('admin', { email: 'admin@example.org' })
  await make.user('editor', { email: 'editor@example.org' })
  editor = await login(payload, 'editor@example.org', PASSWORD)
})

afterAll(async () => {
  await ctx.close()
})

type Stored = {
  status: string
  decisionPending?: boolean
  releasedDecision?: string | null
  decisionEmail?: { status?: string; kind?: string; job?: string | null; error?: string | null; body?: string }
  participation?: Array<{ email: string; role: string; response: string }>
  emails?: Array<{ kind: string; status: string; job?: string | null }>
}
const stored = async (id: Id) =>
  (await payload.findByID({ collection: 'proposals', id, depth: 0, overrideAccess: true })) as unknown as Stored

async function decided(status: 'accepted' | 'waitlisted' | 'rejected', extra: Record<string, unknown> = {}): Promise<Doc> {
  const proposal = await make.proposal(edition, { status: 'submitted', ...extra })
  for (const next of ['in-review', status]) {
    await payload.update({ collection: 'proposals', id: proposal.id, data: { status: next } as never, overrideAccess: true, context })
  }
  return proposal
}

const emailOf = (proposal: Doc) => (proposal.submitter as { email: string }).email
const release = (ids: Id[]) => rest(payload, 'POST', '/proposals/release', { token: editor, body: { ids } })
const sentTo = (address: string, since: number) =>
  capturedEmails()
    .slice(since)
    .filter((mail) => mail.to === address)

const sessionCookie = (email: string) => speakerSession(payload, email)

function post(path: string, fields: Record<string, string>, cookie: string): Request {
  return new Request(`http://localhost:3000${path}`, {
    method: 'POST',
    headers: { cookie, 'content-type': 'application/x-www-form-urlencoded', accept: 'application/json' },
    body: new URLSearchParams(fields).toString(),
  })
}

describe('a pending decision', () => {
  test.each(['accepted', 'waitlisted', 'rejected'] as const)(
    '%s: the speaker still sees “under review”, and no email goes out',
    async (status) => {
      const before = capturedEmails().length
      const proposal = await decided(status)
      const doc = await stored(proposal.id)
      expect(doc.decisionPending).toBe(true)
      expect(doc.decisionEmail?.status).toBe('draft')
      expect((await findMyProposal(payload, emailOf(proposal), proposal.id))?.status).toBe('under-review')
      expect((await listMyProposals(payload, emailOf(proposal))).map((item) => item.status)).toEqual(['under-review'])
      await runEmailJobs(payload)
      expect(capturedEmails().length).toBe(before)
    },
  )

  test('a waitlisted proposal released, then accepted: the speaker sees “waitlisted” until the acceptance is released', async () => {
    const proposal = await decided('waitlisted')
    expect((await release([proposal.id])).status).toBe(200)
    expect((await findMyProposal(payload, emailOf(proposal), proposal.id))?.status).toBe('waitlisted')
    await payload.update({ collection: 'proposals', id: proposal.id, data: { status: 'accepted' } as never, overrideAccess: true, context })
    expect((await stored(proposal.id)).decisionPending).toBe(true)
    expect((await findMyProposal(payload, emailOf(proposal), proposal.id))?.status).toBe('waitlisted')
    expect((await release([proposal.id])).status).toBe(200)
    expect((await findMyProposal(payload, emailOf(proposal), proposal.id))?.status).toBe('accepted')
  })

  test('the speaker may withdraw while the decision is pending (refusing would reveal it), not once it is released', async () => {
    const pending = await decided('rejected')
    const cookie = await sessionCookie(emailOf(pending))
    const withdraw = (id: Id) =>
      handleProposalWithdraw(post(`/speaker/proposals/${id}/withdraw`, { confirm: 'yes' }, cookie), {
        payload,
        locale: 'en',
        id: String(id),
      })
    expect((await withdraw(pending.id)).status).toBe(200)
    expect((await stored(pending.id)).status).toBe('withdrawn')

    const released = await decided('rejected', { submitter: { name: 'Sample Person R', email: emailOf(pending) } })
    await release([released.id])
    expect((await withdraw(released.id)).status).toBe(409)
    expect((await stored(released.id)).status).toBe('rejected')
  })
})

describe('releasing', () => {
  test('sends the prepared email as a job, records it, and shows the decision to the speaker', async () => {
    const proposal = await decided('accepted', { language: 'fr' })
    const before = capturedEmails().length
    const response = await release([proposal.id])
    expect(response.status).toBe(200)
    expect(await response.json()).toMatchObject({ released: 1, failed: 0, skipped: 0 })
    const doc = await stored(proposal.id)
    expect(doc).toMatchObject({ decisionPending: false, releasedDecision: 'accept' })
    expect(doc.decisionEmail).toMatchObject({ status: 'captured', kind: 'accept' })
    expect(doc.emails?.find((entry) => entry.job === doc.decisionEmail?.job)).toMatchObject({ kind: 'decision', status: 'captured' })
    const mails = sentTo(emailOf(proposal), before)
    expect(mails).toHaveLength(1)
    // French, as the proposal was submitted, with the confirmation link to the French speaker space.
    expect(mails[0]!.subject).toContain('acceptée')
    expect(mails[0]!.text).toContain(`/fr/speaker/proposals/${proposal.id}`)
    expect((await findMyProposal(payload, emailOf(proposal), proposal.id))?.status).toBe('accepted')
  })

  test('the editor’s edits to the prepared email are what is sent', async () => {
    const proposal = await decided('rejected')
    const draft = (await stored(proposal.id)).decisionEmail
    await payload.update({
      collection: 'proposals',
      id: proposal.id,
      data: { decisionEmail: { ...draft, subject: 'Edited subject', body: 'Edited text, thank you.' } } as never,
      overrideAccess: true,
      context,
    })
    const before = capturedEmails().length
    await release([proposal.id])
    expect(sentTo(emailOf(proposal), before)).toMatchObject([{ subject: 'Edited subject', text: 'Edited text, thank you.' }])
  })

  test('releasing twice, or twice at once, sends nothing twice', async () => {
    const one = await decided('waitlisted')
    const two = await decided('rejected')
    const before = capturedEmails().length
    const [first, second] = await Promise.all([release([one.id, two.id]), release([two.id, one.id])])
    expect([first.status, second.status]).toEqual([200, 200])
    const bodies = [(await first.json()) as { released: number }, (await second.json()) as { released: number }]
    expect(bodies[0]!.released + bodies[1]!.released).toBe(2)
    const third = (await (await release([one.id, two.id])).json()) as { released: number; skipped: number }
    expect(third).toMatchObject({ released: 0, skipped: 2 })
    await runEmailJobs(payload)
    expect(sentTo(emailOf(one), before)).toHaveLength(1)
    expect(sentTo(emailOf(two), before)).toHaveLength(1)
    // The single-proposal action refuses a second release too.
    expect((await rest(payload, 'POST', `/proposals/${one.id}/decision-email/send`, { token: editor })).status).toBe(409)
  })

  test('“release all” releases the edition’s outbox, and only it', async () => {
    const other = await make.edition(2044, { status: 'upcoming' })
    const here = [await decided('accepted'), await decided('rejected')]
    const elsewhere = await make.proposal(other, {})
    for (const next of ['in-review', 'rejected']) {
      await payload.update({ collection: 'proposals', id: elsewhere.id, data: { status: next } as never, overrideAccess: true, context })
    }
    const response = await rest(payload, 'POST', '/proposals/release', { token: editor, body: { edition: edition.id, all: true } })
    expect(response.status).toBe(200)
    for (const proposal of here) expect((await stored(proposal.id)).decisionPending).toBe(false)
    expect((await stored(elsewhere.id)).decisionPending).toBe(true)
    const again = (await (
      await rest(payload, 'POST', '/proposals/release', { token: editor, body: { edition: edition.id, all: true } })
    ).json()) as { released: number }
    expect(again.released).toBe(0)
  })

  test('a failed email is recorded with its reason and sent again by releasing it again, once', async () => {
    const proposal = await decided('rejected')
    const original = payload.sendEmail
    payload.sendEmail = async () => {
      throw new Error('SMTP connection refused')
    }
    try {
      const response = await release([proposal.id])
      expect(((await response.json()) as { failed: number }).failed).toBe(1)
    } finally {
      payload.sendEmail = original
    }
    const failed = await stored(proposal.id)
    expect(failed.decisionEmail).toMatchObject({ status: 'failed', error: 'SMTP connection refused' })
    // Released all the same: the speaker sees the decision; the outbox keeps the failed email.
    expect(failed.releasedDecision).toBe('decline')
    const outbox = await payload.find({
      collection: 'proposals',
      where: { and: [{ id: { equals: proposal.id } }, { 'decisionEmail.status': { equals: 'failed' } }] },
      overrideAccess: true,
    })
    expect(outbox.totalDocs).toBe(1)

    const before = capturedEmails().length
    const again = (await (await release([proposal.id])).json()) as { released: number }
    expect(again.released).toBe(1)
    expect((await stored(proposal.id)).decisionEmail?.status).toBe('captured')
    // The first job was cancelled: the queue's retries send nothing more.
    await runEmailJobs(payload)
    expect(sentTo(emailOf(proposal), before)).toHaveLength(1)
  })

  test('nothing to release: an undecided proposal is skipped', async () => {
    const proposal = await make.proposal(edition, {})
    const body = (await (await release([proposal.id])).json()) as { released: number; skipped: number }
    expect(body).toMatchObject({ released: 0, skipped: 1 })
  })
})

describe('confirming participation', () => {
  const CO = 'co.speaker.sample@example.org'

  async function acceptedWithCoSpeaker(): Promise<Doc> {
    return decided('accepted', {
      coSpeakers: [
        { name: 'Sample Co-speaker', email: CO, role: 'reflection', status: 'accepted' },
        { name: 'Sample Invitee', email: 'invitee.sample@example.org', role: 'other', status: 'invited' },
      ],
    })
  }

  test('nothing to confirm before the acceptance is released', async () => {
    const proposal = await acceptedWithCoSpeaker()
    expect(await answerParticipation(payload, { email: emailOf(proposal), id: proposal.id, answer: 'confirmed' })).toEqual({
      kind: 'notFound',
    })
  })

  test('after release, the submitter and the accepted co-speaker answer; others cannot', async () => {
    const proposal = await acceptedWithCoSpeaker()
    await release([proposal.id])
    expect((await stored(proposal.id)).participation?.map((row) => [row.role, row.response])).toEqual([
      ['submitter', 'waiting'],
      ['reflection', 'waiting'],
    ])
    const submitter = await sessionCookie(emailOf(proposal))
    const co = await sessionCookie(CO)
    const stranger = await sessionCookie('stranger.sample@example.org')
    const invitee = await sessionCookie('invitee.sample@example.org')
    const answer = (cookie: string, value: string) =>
      handleParticipationAnswer(post(`/speaker/proposals/${proposal.id}/confirm`, { answer: value }, cookie), {
        payload,
        locale: 'en',
        id: String(proposal.id),
      })
    expect((await answer(submitter, 'maybe')).status).toBe(400)
    expect((await answer(submitter, 'confirmed')).status).toBe(200)
    expect((await answer(co, 'declined')).status).toBe(200)
    expect((await answer(stranger, 'confirmed')).status).toBe(404)
    expect((await answer(invitee, 'confirmed')).status).toBe(404)
    expect((await stored(proposal.id)).participation?.map((row) => row.response)).toEqual(['confirmed', 'declined'])
    // An answer may change until the deadline.
    expect((await answer(co, 'confirmed')).status).toBe(200)
    expect((await stored(proposal.id)).participation?.map((row) => row.response)).toEqual(['confirmed', 'confirmed'])
  })

  test('after the edition’s confirm-by day: 403 naming it, nothing changed', async () => {
    const late = await make.edition(2045, { status: 'upcoming', cfp: { confirmBy: endOfDayInParis('2045-10-01').toISOString() } })
    const proposal = await make.proposal(late, {})
    for (const next of ['in-review', 'accepted']) {
      await payload.update({ collection: 'proposals', id: proposal.id, data: { status: next } as never, overrideAccess: true, context })
    }
    await release([proposal.id])
    const cookie = await sessionCookie(emailOf(proposal))
    const at = (now: string) =>
      handleParticipationAnswer(post(`/speaker/proposals/${proposal.id}/confirm`, { answer: 'confirmed' }, cookie), {
        payload,
        locale: 'en',
        id: String(proposal.id),
        now: new Date(now),
      })
    const refused = await at('2045-10-02T08:00:00.000Z')
    expect(refused.status).toBe(403)
    expect(JSON.stringify(await refused.json())).toContain('1 October 2045')
    expect((await stored(proposal.id)).participation?.[0]?.response).toBe('waiting')
    expect((await at('2045-10-01T20:00:00.000Z')).status).toBe(200)
    expect((await stored(proposal.id)).participation?.[0]?.response).toBe('confirmed')
  })

  test('a released rejection has nothing to confirm', async () => {
    const proposal = await decided('rejected')
    await release([proposal.id])
    expect(await answerParticipation(payload, { email: emailOf(proposal), id: proposal.id, answer: 'confirmed' })).toEqual({
      kind: 'notFound',
    })
  })
})
