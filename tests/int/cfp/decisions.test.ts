/**
 * Deciding (src/cfp/statusTransitions.ts, decisions.ts, decisionEmails.ts, proposalEndpoints.ts): the
 * status graph holds for every caller; accepting creates or links the speaker and one draft session,
 * however often it is run; decision emails are prepared as drafts, edited, and sent only on request.
 */
import { Forbidden, type Payload } from 'payload'

import { capturedEmails } from '../../../src/platform/email'
import { factories, TEST_PASSWORD as PASSWORD, type AuthUser, type Doc, type Factories, type Id } from '../helpers/factories'
import { login, rest } from '../helpers/http'
import { startTestPayload, type TestPayload } from '../helpers/testPayload'

let ctx: TestPayload
let payload: Payload
let make: Factories

const fx = {
  edition: {} as Doc,
  theme: {} as Doc,
  as: {} as Record<'admin' | 'editor' | 'reviewer', AuthUser>,
  tokens: {} as Record<'admin' | 'editor' | 'reviewer', string>,
}
let sequence = 0

function newProposal(extra: Record<string, unknown> = {}) {
  sequence += 1
  return make.proposal(fx.edition, {
    submitter: { name: `Sample Person ${sequence}`, email: `person${sequence}@example.org`, affiliation: 'Sample Institute' },
    format: 'inspiring-initiative',
    durationWish: '30',
    themes: [fx.theme.id],
    bio: 'A sample bio.\n\nSecond paragraph.',
    links: [{ label: 'Site', url: 'https://example.org/person' }],
    ...extra,
  })
}

const setStatus = (id: Id, status: string, user?: AuthUser) =>
  payload.update({ collection: 'proposals', id, data: { status } as never, overrideAccess: false, user, depth: 0 })

const stored = (id: Id) => payload.findByID({ collection: 'proposals', id, depth: 0, overrideAccess: true })

const count = async (collection: 'speakers' | 'sessions', where: Record<string, unknown>) =>
  (await payload.count({ collection, where: where as never, overrideAccess: true })).totalDocs

beforeAll(async () => {
  ctx = await startTestPayload()
  payload = ctx.payload
  make = factories(payload)
  fx.edition = await make.edition(2042, { status: 'current', cfp: { contactEmail: 'cfp@example.org' } })
  fx.theme = await make.create('themes', { title: 'Sample theme', edition: fx.edition.id, _status: 'published' })
  for (const role of ['admin', 'editor', 'reviewer'] as const) {
    fx.as[role] = await make.user(role, {
      email: `${role}@example.org`,
      ...(role === 'reviewer' ? { reviewerEditions: [fx.edition.id] } : {}),
    })
    fx.tokens[role] = await login(payload, `${role}@example.org`, PASSWORD)
  }
})

afterAll(async () => {
  await ctx?.close()
})

describe('status graph', () => {
  it('an editor moves a proposal through submitted → in-review → waitlisted → rejected', async () => {
    const proposal = await newProposal()
    expect((await setStatus(proposal.id, 'in-review', fx.as.editor)).status).toBe('in-review')
    expect((await setStatus(proposal.id, 'waitlisted', fx.as.editor)).status).toBe('waitlisted')
    expect((await setStatus(proposal.id, 'rejected', fx.as.editor)).status).toBe('rejected')
  })

  it('skipping the review (submitted → accepted) is refused with a clear message, and nothing changes', async () => {
    const proposal = await newProposal()
    await expect(setStatus(proposal.id, 'accepted', fx.as.editor)).rejects.toMatchObject({
      name: 'ValidationError',
      status: 400,
      data: {
        errors: [expect.objectContaining({ path: 'status', message: expect.stringContaining('cannot go from submitted to accepted') })],
      },
    })
    expect((await stored(proposal.id)).status).toBe('submitted')
  })

  it('REST answers 400 with the message', async () => {
    const proposal = await newProposal()
    const response = await rest(payload, 'PATCH', `/proposals/${proposal.id}`, { token: fx.tokens.editor, body: { status: 'rejected' } })
    expect(response.status).toBe(400)
    expect(JSON.stringify(await response.json())).toContain('allowed next: in-review, withdrawn')
  })

  it('a decision is final for an editor; an admin may reopen it (back to in-review only)', async () => {
    const proposal = await newProposal()
    await setStatus(proposal.id, 'in-review', fx.as.editor)
    await setStatus(proposal.id, 'rejected', fx.as.editor)
    await expect(setStatus(proposal.id, 'in-review', fx.as.editor)).rejects.toMatchObject({
      data: { errors: [expect.objectContaining({ message: expect.stringContaining('Only an admin can reopen') })] },
    })
    await expect(setStatus(proposal.id, 'submitted', fx.as.admin)).rejects.toMatchObject({ name: 'ValidationError' })
    expect((await setStatus(proposal.id, 'in-review', fx.as.admin)).status).toBe('in-review')
  })

  it('withdrawn is reachable from an open proposal and final', async () => {
    const proposal = await newProposal()
    expect((await setStatus(proposal.id, 'withdrawn', fx.as.editor)).status).toBe('withdrawn')
    await expect(setStatus(proposal.id, 'in-review', fx.as.editor)).rejects.toMatchObject({ name: 'ValidationError' })
  })

  it('a reviewer cannot decide', async () => {
    const proposal = await newProposal()
    await expect(setStatus(proposal.id, 'in-review', fx.as.reviewer)).rejects.toBeInstanceOf(Forbidden)
    expect((await stored(proposal.id)).status).toBe('submitted')
  })
})

describe('accepting', () => {
  it('only editors and admins may: 401 for the public, 403 for a reviewer', async () => {
    const proposal = await newProposal()
    await setStatus(proposal.id, 'in-review', fx.as.editor)
    expect((await rest(payload, 'POST', `/proposals/${proposal.id}/accept`)).status).toBe(401)
    expect((await rest(payload, 'POST', `/proposals/${proposal.id}/accept`, { token: fx.tokens.reviewer })).status).toBe(403)
    expect((await stored(proposal.id)).status).toBe('in-review')
    expect(await count('sessions', { proposal: { equals: proposal.id } })).toBe(0)
  })

  it('creates the speaker and a draft session once, however often it is run', async () => {
    const proposal = await newProposal()
    await setStatus(proposal.id, 'in-review', fx.as.editor)
    const name = String((proposal.submitter as { name: string }).name)

    const first = await rest(payload, 'POST', `/proposals/${proposal.id}/accept`, { token: fx.tokens.editor })
    expect(first.status).toBe(200)
    const done = await first.json()
    expect(done.proposal).toMatchObject({ status: 'accepted', statusChanged: true })
    expect(done.speaker).toMatchObject({ created: true, matchedBy: 'created' })
    expect(done.session).toMatchObject({ created: true })

    const again = await (await rest(payload, 'POST', `/proposals/${proposal.id}/accept`, { token: fx.tokens.editor })).json()
    expect(again.proposal.statusChanged).toBe(false)
    expect(again.speaker).toMatchObject({ id: done.speaker.id, created: false, matchedBy: 'proposal' })
    expect(again.session).toMatchObject({ id: done.session.id, created: false })
    expect(await count('speakers', { name: { equals: name } })).toBe(1)
    expect(await count('sessions', { proposal: { equals: proposal.id } })).toBe(1)

    const accepted = await stored(proposal.id)
    expect(accepted.status).toBe('accepted')
    expect(String(accepted.speaker)).toBe(String(done.speaker.id))

    const session = await payload.findByID({ collection: 'sessions', id: done.session.id, draft: true, depth: 0, overrideAccess: true })
    expect(session._status).toBe('draft')
    expect(session.title).toBe(proposal.title)
    expect(String(session.edition)).toBe(String(fx.edition.id))
    expect(String(session.proposal)).toBe(String(proposal.id))
    expect((session.themes ?? []).map(String)).toEqual([String(fx.theme.id)])
    expect((session.speakers ?? []).map(String)).toEqual([String(done.speaker.id)])
    expect(session.kind).toBe('talk')
    expect(session.segments).toEqual([expect.objectContaining({ kind: 'inspiring-initiative', title: proposal.title, minutes: 30 })])

    const speaker = await payload.findByID({ collection: 'speakers', id: done.speaker.id, draft: true, depth: 0, overrideAccess: true })
    expect(speaker._status).toBe('draft')
    expect(speaker.name).toBe(name)
    expect(speaker.affiliation).toBe('Sample Institute')
    expect((speaker.editions ?? []).map(String)).toEqual([String(fx.edition.id)])
    expect(speaker.links).toEqual([expect.objectContaining({ label: 'Site', url: 'https://example.org/person' })])

    // Drafts: the public sees neither the session nor the speaker.
    for (const draft of [false, true]) {
      const publicSessions = await payload.find({
        collection: 'sessions',
        where: { id: { equals: done.session.id } },
        draft,
        overrideAccess: false,
      })
      expect(publicSessions.docs).toEqual([])
    }
    const publicSpeakers = await payload.find({ collection: 'speakers', where: { id: { equals: done.speaker.id } }, overrideAccess: false })
    expect(publicSpeakers.docs).toEqual([])
  })

  it('a reviewer cannot read a draft session through its version history; an editor can', async () => {
    const proposal = await newProposal()
    await setStatus(proposal.id, 'in-review', fx.as.editor)
    const done = await (await rest(payload, 'POST', `/proposals/${proposal.id}/accept`, { token: fx.tokens.editor })).json()
    const where = { parent: { equals: done.session.id } }
    await expect(
      payload.findVersions({ collection: 'sessions', where, overrideAccess: false, user: fx.as.reviewer }),
    ).rejects.toBeInstanceOf(Forbidden)
    const forEditor = await payload.findVersions({ collection: 'sessions', where, overrideAccess: false, user: fx.as.editor })
    expect(forEditor.docs.length).toBeGreaterThan(0)
  })

  it('two acceptances at once create one speaker and one session', async () => {
    const proposal = await newProposal()
    await setStatus(proposal.id, 'in-review', fx.as.editor)
    const responses = await Promise.all([
      rest(payload, 'POST', `/proposals/${proposal.id}/accept`, { token: fx.tokens.editor }),
      rest(payload, 'POST', `/proposals/${proposal.id}/accept`, { token: fx.tokens.admin }),
    ])
    expect(responses.map((response) => response.status)).toEqual([200, 200])
    const name = String((proposal.submitter as { name: string }).name)
    expect(await count('speakers', { name: { equals: name } })).toBe(1)
    expect(await count('sessions', { proposal: { equals: proposal.id } })).toBe(1)
  })

  it('links an existing speaker of the same name (case, accents and spacing aside) and adds the edition', async () => {
    const existing = await make.create('speakers', { name: 'Élodie  Sample-Speaker', _status: 'published' })
    const proposal = await newProposal({
      format: 'audience-reflection',
      durationWish: 'flexible',
      submitter: { name: 'elodie sample speaker', email: 'elodie@example.org' },
    })
    await setStatus(proposal.id, 'in-review', fx.as.editor)
    const done = await (await rest(payload, 'POST', `/proposals/${proposal.id}/accept`, { token: fx.tokens.editor })).json()
    expect(done.speaker).toMatchObject({ id: existing.id, created: false, matchedBy: 'name' })
    const speaker = await payload.findByID({ collection: 'speakers', id: existing.id, depth: 0, overrideAccess: true })
    expect((speaker.editions ?? []).map(String)).toContain(String(fx.edition.id))
    expect(speaker.name).toBe('Élodie  Sample-Speaker')
    const session = await payload.findByID({ collection: 'sessions', id: done.session.id, draft: true, depth: 0, overrideAccess: true })
    expect(session.kind).toBe('workshop')
    expect(session.segments?.[0]?.minutes ?? null).toBeNull()
  })

  it('links "Elodie Sample" to the existing "Élodie Sample" (accent on the stored side only), not a duplicate', async () => {
    const existing = await make.create('speakers', { name: 'Élodie Sample', _status: 'published' })
    const proposal = await newProposal({ submitter: { name: 'Elodie Sample', email: 'elodie.sample@example.org' } })
    await setStatus(proposal.id, 'in-review', fx.as.editor)
    const done = await (await rest(payload, 'POST', `/proposals/${proposal.id}/accept`, { token: fx.tokens.editor })).json()
    expect(done.speaker).toMatchObject({ id: existing.id, created: false, matchedBy: 'name' })
    expect(await count('speakers', { nameKey: { equals: 'elodie sample' } })).toBe(1)
  })

  it('keeps the stored name key in step with the name', async () => {
    const speaker = await make.create('speakers', { name: 'Zoë  Sample-Renamed', _status: 'published' })
    expect(speaker.nameKey).toBe('zoe sample renamed')
    const renamed = await payload.update({
      collection: 'speakers',
      id: speaker.id,
      data: { name: 'Zoé Sample' },
      overrideAccess: true,
      depth: 0,
      context: { disableRevalidate: true },
    })
    expect(renamed.nameKey).toBe('zoe sample')
    const other = await payload.update({
      collection: 'speakers',
      id: speaker.id,
      data: { affiliation: 'Sample Lab' },
      overrideAccess: true,
      depth: 0,
      context: { disableRevalidate: true },
    })
    expect(other.nameKey).toBe('zoe sample')
  })

  it('refuses a withdrawn proposal with the graph message (400) and creates nothing', async () => {
    const proposal = await newProposal()
    await setStatus(proposal.id, 'withdrawn', fx.as.editor)
    const response = await rest(payload, 'POST', `/proposals/${proposal.id}/accept`, { token: fx.tokens.editor })
    expect(response.status).toBe(400)
    expect(JSON.stringify(await response.json())).toContain('cannot go from withdrawn to accepted')
    expect(await count('sessions', { proposal: { equals: proposal.id } })).toBe(0)
  })

  it('answers 404 for an unknown proposal', async () => {
    const unknown = payload.db.defaultIDType === 'number' ? 987654 : '0123456789abcdef01234567'
    expect((await rest(payload, 'POST', `/proposals/${unknown}/accept`, { token: fx.tokens.editor })).status).toBe(404)
  })
})

describe('decision emails', () => {
  type Email = { kind?: string; locale?: string; status?: string; subject?: string; body?: string; sentAt?: string; error?: string }
  const emailOf = async (id: Id) => (await stored(id)).decisionEmail as Email

  it('accepting prepares an English acceptance draft; nothing is sent until an editor sends it', async () => {
    const before = capturedEmails().length
    const proposal = await newProposal()
    await setStatus(proposal.id, 'in-review', fx.as.editor)
    await rest(payload, 'POST', `/proposals/${proposal.id}/accept`, { token: fx.tokens.editor })
    const email = await emailOf(proposal.id)
    expect(email).toMatchObject({ kind: 'accept', locale: 'en', status: 'draft' })
    expect(email.subject).toContain('accepted')
    expect(email.body).toContain(String(proposal.title))
    expect(email.body).toContain(String(proposal.reference))
    expect(email.body).toContain('cfp@example.org')
    expect(capturedEmails().length).toBe(before)
  })

  it('the editor edits it, sends it once; a second send is refused', async () => {
    const proposal = await newProposal()
    await setStatus(proposal.id, 'in-review', fx.as.editor)
    await setStatus(proposal.id, 'rejected', fx.as.editor)
    expect(await emailOf(proposal.id)).toMatchObject({ kind: 'decline', status: 'draft' })
    const draft = await emailOf(proposal.id)
    await payload.update({
      collection: 'proposals',
      id: proposal.id,
      data: { decisionEmail: { ...draft, subject: 'Edited subject', body: 'Edited body, thank you.' } } as never,
      overrideAccess: false,
      user: fx.as.editor,
    })
    expect((await rest(payload, 'POST', `/proposals/${proposal.id}/decision-email/send`, { token: fx.tokens.reviewer })).status).toBe(403)
    expect((await rest(payload, 'POST', `/proposals/${proposal.id}/decision-email/send`)).status).toBe(401)

    const before = capturedEmails().length
    const response = await rest(payload, 'POST', `/proposals/${proposal.id}/decision-email/send`, { token: fx.tokens.editor })
    expect(response.status).toBe(200)
    const sent = capturedEmails().slice(before)
    expect(sent).toHaveLength(1)
    expect(sent[0]).toMatchObject({
      to: (proposal.submitter as { email: string }).email,
      subject: 'Edited subject',
      text: 'Edited body, thank you.',
    })
    const email = await emailOf(proposal.id)
    // No SMTP_HOST in tests: the email is captured, and the proposal says so.
    expect(email.status).toBe('captured')
    expect(email.sentAt).toBeTruthy()
    expect(String((await stored(proposal.id)).decisionEmail?.sentBy)).toBe(String(fx.as.editor.id))

    const again = await rest(payload, 'POST', `/proposals/${proposal.id}/decision-email/send`, { token: fx.tokens.editor })
    expect(again.status).toBe(409)
    expect(capturedEmails().length).toBe(before + 1)
  })

  it('prepares a French waitlist email on request', async () => {
    const proposal = await newProposal()
    await setStatus(proposal.id, 'in-review', fx.as.editor)
    await setStatus(proposal.id, 'waitlisted', fx.as.editor)
    const response = await rest(payload, 'POST', `/proposals/${proposal.id}/decision-email/prepare`, {
      token: fx.tokens.editor,
      body: { locale: 'fr' },
    })
    expect(response.status).toBe(200)
    const email = await emailOf(proposal.id)
    expect(email).toMatchObject({ kind: 'waitlist', locale: 'fr', status: 'draft' })
    expect(email.subject).toContain('liste d’attente')
    expect(email.body).toContain('Bonjour')
    const bad = await rest(payload, 'POST', `/proposals/${proposal.id}/decision-email/prepare`, {
      token: fx.tokens.editor,
      body: { locale: 'de' },
    })
    expect(bad.status).toBe(400)
  })

  it('a failed send is recorded with its reason, the text kept, and can be retried', async () => {
    const proposal = await newProposal()
    await setStatus(proposal.id, 'in-review', fx.as.editor)
    await setStatus(proposal.id, 'rejected', fx.as.editor)
    const original = payload.sendEmail
    payload.sendEmail = async () => {
      throw new Error('SMTP connection refused')
    }
    try {
      const response = await rest(payload, 'POST', `/proposals/${proposal.id}/decision-email/send`, { token: fx.tokens.editor })
      expect(response.status).toBe(502)
      expect(JSON.stringify(await response.json())).toContain('SMTP connection refused')
    } finally {
      payload.sendEmail = original
    }
    const failed = await emailOf(proposal.id)
    expect(failed).toMatchObject({ status: 'failed', error: 'SMTP connection refused', kind: 'decline' })
    expect(failed.body).toContain(String(proposal.title))
    const retry = await rest(payload, 'POST', `/proposals/${proposal.id}/decision-email/send`, { token: fx.tokens.editor })
    expect(retry.status).toBe(200)
    expect((await emailOf(proposal.id)).status).toBe('captured')
  })

  it('an email that no longer matches the decision is not sent', async () => {
    const proposal = await newProposal()
    await setStatus(proposal.id, 'in-review', fx.as.editor)
    await setStatus(proposal.id, 'waitlisted', fx.as.editor)
    // The waitlist draft is replaced by an acceptance when the proposal is accepted.
    await rest(payload, 'POST', `/proposals/${proposal.id}/accept`, { token: fx.tokens.editor })
    expect((await emailOf(proposal.id)).kind).toBe('accept')
    // Forced out of sync (as if edited directly in the database): sending is refused.
    await payload.update({
      collection: 'proposals',
      id: proposal.id,
      data: { decisionEmail: { kind: 'decline' } } as never,
      overrideAccess: true,
    })
    const response = await rest(payload, 'POST', `/proposals/${proposal.id}/decision-email/send`, { token: fx.tokens.editor })
    expect(response.status).toBe(409)
  })

  it('reviewers never see the decision email or the linked speaker', async () => {
    const proposal = await newProposal()
    await setStatus(proposal.id, 'in-review', fx.as.editor)
    await rest(payload, 'POST', `/proposals/${proposal.id}/accept`, { token: fx.tokens.editor })
    const doc = await payload.findByID({ collection: 'proposals', id: proposal.id, overrideAccess: false, user: fx.as.reviewer })
    expect(doc).not.toHaveProperty('decisionEmail')
    expect(doc).not.toHaveProperty('speaker')
  })
})
