import type { Payload } from 'payload'

import type { Locale } from '../../platform/i18n'
import { isValidEmail, normaliseEmail } from '../../platform/text/validation'
import { sendSoon } from '../../speakers/space/platform'
import { findMyProposal, proposalRights, type Id } from '../../speakers/space/proposals'
import { hashSecret, isWellFormedSecret, newSecret } from '../../speakers/space/tokens'
import { invitationEmail } from './emails'
import { acceptedEmails, CO_SPEAKER_ROLES, MAX_CO_SPEAKERS, type CoSpeakerRole, type CoSpeakerStatus } from './fields'

/**
 * Co-speakers by invitation. The submitter (or an accepted co-speaker) invites a person by name, email
 * and role; the person answers by an emailed link that only their address may use, and that expires.
 */
const INVITATION_TTL_DAYS = 14

type Row = {
  id?: string
  name: string
  email: string
  role: CoSpeakerRole
  status: CoSpeakerStatus
  invitedAt?: string | null
  respondedAt?: string | null
  expiresAt?: string | null
  invitationHash?: string | null
  speaker?: unknown
}

async function rowsOf(
  payload: Payload,
  id: Id,
): Promise<{ rows: Row[]; title: string; submitter: { name: string; email: string }; language: Locale } | null> {
  const doc = await payload.findByID({ collection: 'proposals', id, depth: 0, overrideAccess: true, disableErrors: true })
  if (!doc) return null
  const record = doc as unknown as Record<string, unknown>
  const submitter = (record.submitter ?? {}) as { name?: string; email?: string }
  return {
    rows: ((record.coSpeakers ?? []) as Row[]).map((row) => ({ ...row })),
    title: String(record.title ?? ''),
    submitter: { name: String(submitter.name ?? ''), email: String(submitter.email ?? '') },
    language: record.language === 'fr' ? 'fr' : 'en',
  }
}

async function saveRows(payload: Payload, id: Id, rows: Row[]) {
  await payload.update({
    collection: 'proposals',
    id,
    data: { coSpeakers: rows as never, coSpeakerEmails: acceptedEmails(rows) } as never,
    depth: 0,
    overrideAccess: true,
    context: { disableRevalidate: true },
  })
}

type InviteErrors = Partial<Record<'name' | 'email' | 'role', 'required' | 'invalid' | 'duplicate' | 'tooMany'>>
export type InviteOutcome =
  { kind: 'invited' } | { kind: 'notFound' } | { kind: 'archived' } | { kind: 'final' } | { kind: 'invalid'; errors: InviteErrors }

export async function inviteCoSpeaker(
  payload: Payload,
  input: {
    email: string
    id: Id
    name: string
    inviteeEmail: string
    role: string
    locale: Locale
    linkUrl: (token: string) => string
    now?: Date
  },
): Promise<InviteOutcome> {
  const now = input.now ?? new Date()
  const mine = await findMyProposal(payload, input.email, input.id)
  if (!mine) return { kind: 'notFound' }
  const rights = await proposalRights(payload, mine, input.locale, now)
  if (rights.kind === 'archived') return { kind: 'archived' }
  if (mine.status === 'withdrawn' || mine.status === 'not-accepted') return { kind: 'final' }
  const stored = await rowsOf(payload, input.id)
  if (!stored) return { kind: 'notFound' }

  const name = input.name.trim()
  const email = normaliseEmail(input.inviteeEmail)
  const errors: InviteErrors = {}
  if (!name) errors.name = 'required'
  else if (name.length > 120) errors.name = 'invalid'
  if (!email) errors.email = 'required'
  else if (!isValidEmail(email)) errors.email = 'invalid'
  else if (email === stored.submitter.email || stored.rows.some((row) => row.email === email && row.status !== 'declined'))
    errors.email = 'duplicate'
  if (!(CO_SPEAKER_ROLES as readonly string[]).includes(input.role)) errors.role = 'required'
  if (stored.rows.filter((row) => row.status !== 'declined').length >= MAX_CO_SPEAKERS) errors.name = 'tooMany'
  if (Object.keys(errors).length > 0) return { kind: 'invalid', errors }

  const { raw, hash } = newSecret()
  const expiresAt = new Date(now.getTime() + INVITATION_TTL_DAYS * 24 * 3600_000)
  // A declined person may be invited again: the old row is replaced.
  const rows = stored.rows.filter((row) => row.email !== email)
  rows.push({
    name,
    email,
    role: input.role as CoSpeakerRole,
    status: 'invited',
    invitedAt: now.toISOString(),
    expiresAt: expiresAt.toISOString(),
    invitationHash: hash,
  })
  await saveRows(payload, input.id, rows)
  const inviter = (rows.find((row) => row.email === input.email)?.name ?? stored.submitter.name) || stored.submitter.name
  await sendSoon(
    payload,
    {
      to: email,
      ...invitationEmail(stored.language, {
        inviter,
        invitee: name,
        title: stored.title,
        role: input.role as CoSpeakerRole,
        link: input.linkUrl(raw),
        days: INVITATION_TTL_DAYS,
      }),
    },
    { collection: 'proposals', id: input.id, kind: 'co-speaker-invitation' },
  )
  return { kind: 'invited' }
}

export type InvitationState =
  | { kind: 'valid'; proposalId: Id; email: string; name: string; role: CoSpeakerRole; title: string; inviter: string }
  | { kind: 'invalid' | 'expired' | 'answered' }

async function findInvitation(payload: Payload, raw: unknown) {
  if (!isWellFormedSecret(raw)) return null
  const hash = hashSecret(raw)
  const { docs } = await payload.find({
    collection: 'proposals',
    where: { 'coSpeakers.invitationHash': { equals: hash } },
    limit: 1,
    depth: 0,
    overrideAccess: true,
    select: { title: true },
  })
  const doc = docs[0]
  if (!doc) return null
  const stored = await rowsOf(payload, doc.id)
  const row = stored?.rows.find((candidate) => candidate.invitationHash === hash)
  return stored && row ? { id: doc.id as Id, stored, row } : null
}

export async function inspectInvitation(payload: Payload, raw: unknown, now = new Date()): Promise<InvitationState> {
  const found = await findInvitation(payload, raw)
  if (!found) return { kind: 'invalid' }
  const { row, stored, id } = found
  if (row.status !== 'invited') return { kind: 'answered' }
  if (!row.expiresAt || new Date(row.expiresAt).getTime() <= now.getTime()) return { kind: 'expired' }
  return {
    kind: 'valid',
    proposalId: id,
    email: row.email,
    name: row.name,
    role: row.role,
    title: stored.title,
    inviter: stored.submitter.name,
  }
}

export type AnswerOutcome =
  { kind: 'accepted' | 'declined'; email: string; proposalId: Id } | { kind: 'invalid' | 'expired' | 'answered' | 'otherEmail' }

/**
 * Answers an invitation, once (the row keeps its hash, so a second use is told it was answered). The link proves the invitee's mailbox; someone signed in with another address
 * is refused (an invitation cannot be taken by anyone but its email).
 */
export async function answerInvitation(
  payload: Payload,
  raw: unknown,
  input: { answer: 'accept' | 'decline'; signedInAs: string | null; now?: Date },
): Promise<AnswerOutcome> {
  const now = input.now ?? new Date()
  const state = await inspectInvitation(payload, raw, now)
  if (state.kind !== 'valid') return state
  if (input.signedInAs !== null && normaliseEmail(input.signedInAs) !== state.email) return { kind: 'otherEmail' }
  const found = await findInvitation(payload, raw)
  if (!found) return { kind: 'invalid' }
  const rows = found.stored.rows.map((row) =>
    row.invitationHash === found.row.invitationHash
      ? { ...row, status: (input.answer === 'accept' ? 'accepted' : 'declined') as CoSpeakerStatus, respondedAt: now.toISOString() }
      : row,
  )
  await saveRows(payload, found.id, rows)
  return { kind: input.answer === 'accept' ? 'accepted' : 'declined', email: state.email, proposalId: found.id }
}

/** The people of a proposal as the speaker space lists them (names, roles and answers; no addresses but one's own). */
export async function peopleOf(payload: Payload, id: Id): Promise<Array<{ name: string; role: CoSpeakerRole; status: CoSpeakerStatus }>> {
  const stored = await rowsOf(payload, id)
  return (stored?.rows ?? []).map((row) => ({ name: row.name, role: row.role, status: row.status }))
}
