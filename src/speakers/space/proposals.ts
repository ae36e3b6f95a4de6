import type { Payload, Where } from 'payload'

import { cfpChoices, cfpWindow, loadCfpEdition, type CfpEdition } from '../../cfp/submit/edition'
import { validateSubmission, type FieldErrors, type FormValues } from '../../cfp/submit/submission'
import { transitionError, isProposalStatus } from '../../cfp/statusTransitions'
import type { ParticipationResponse } from '../../cfp/decisions/participation'
import { editionsOf } from '../../editions/editionRelation'
import type { Locale } from '../../platform/i18n'
import { relationId } from '../../platform/relations'

/**
 * A speaker's proposals: read and changed by server code on the speaker's behalf (overrideAccess), so
 * the rule of who may is here, in one `where`: the proposals whose submitter address is the signed-in
 * address or an accepted co-speaker's. What is read is chosen field by field: never scores, reviews, reviewers or editors' notes.
 */
export type Id = number | string

/** The status as a speaker should see it (decisions in the committee's words, not the database's). */
export type SpeakerStatus = 'submitted' | 'under-review' | 'accepted' | 'not-accepted' | 'waitlisted' | 'withdrawn'

const RELEASED_STATUS: Record<string, SpeakerStatus> = { accept: 'accepted', decline: 'not-accepted', waitlist: 'waitlisted' }

/**
 * A decision (accepted, waitlisted, rejected) shows only once released from the Decisions outbox
 * (src/cfp/decisions/release.ts): until then the speaker sees the decision released before, if any,
 * else "under review".
 */
export function speakerStatus(status: unknown, released?: unknown): SpeakerStatus {
  switch (status) {
    case 'in-review':
      return 'under-review'
    case 'accepted':
    case 'rejected':
    case 'waitlisted':
      return (typeof released === 'string' && RELEASED_STATUS[released]) || 'under-review'
    case 'withdrawn':
      return 'withdrawn'
    default:
      return 'submitted'
  }
}

/** The proposals a signed-in address may read and change. */
export function mineWhere(email: string): Where {
  return { or: [{ 'submitter.email': { equals: email } }, { coSpeakerEmails: { equals: email } }] }
}

/** Only what the speaker wrote and where it stands; nothing the committee keeps for itself. */
const SPEAKER_SELECT = {
  reference: true,
  edition: true,
  status: true,
  title: true,
  abstract: true,
  format: true,
  themes: true,
  otherTheme: true,
  durationWish: true,
  bio: true,
  links: true,
  submitter: true,
  language: true,
  createdAt: true,
  releasedDecision: true,
  participation: true,
} as const

export type MyProposal = {
  id: Id
  reference: string
  editionId: Id
  status: SpeakerStatus
  title: string
  abstract: string
  format: string
  themes: Id[]
  otherTheme: string
  durationWish: string
  bio: string
  links: Array<{ label: string; url: string }>
  submitter: { name: string; email: string; affiliation: string }
  /** Each person's answer once an acceptance is released (src/cfp/decisions/participation.ts). */
  participation: Array<{ name: string; email: string; response: ParticipationResponse }>
}

function toMine(doc: Record<string, unknown>): MyProposal {
  const submitter = (doc.submitter ?? {}) as Record<string, unknown>
  return {
    id: doc.id as Id,
    reference: String(doc.reference ?? ''),
    editionId: relationId(doc.edition) as Id,
    status: speakerStatus(doc.status, doc.releasedDecision),
    title: String(doc.title ?? ''),
    abstract: String(doc.abstract ?? ''),
    format: String(doc.format ?? ''),
    themes: (Array.isArray(doc.themes) ? doc.themes : []).map(relationId).filter((id): id is Id => id !== undefined),
    otherTheme: String(doc.otherTheme ?? ''),
    durationWish: String(doc.durationWish ?? ''),
    bio: String(doc.bio ?? ''),
    links: ((doc.links ?? []) as Array<{ label?: string; url?: string }>).map((link) => ({ label: link.label ?? '', url: link.url ?? '' })),
    submitter: {
      name: String(submitter.name ?? ''),
      email: String(submitter.email ?? ''),
      affiliation: String(submitter.affiliation ?? ''),
    },
    participation: ((doc.participation ?? []) as Array<{ name?: string; email?: string; response?: ParticipationResponse }>).map((row) => ({
      name: row.name ?? '',
      email: row.email ?? '',
      response: row.response ?? 'waiting',
    })),
  }
}

export type MyProposalListItem = MyProposal & { edition: { year: number; title: string } | null }

export async function listMyProposals(payload: Payload, email: string): Promise<MyProposalListItem[]> {
  const { docs } = await payload.find({
    collection: 'proposals',
    where: mineWhere(email),
    sort: '-createdAt',
    depth: 0,
    pagination: false,
    overrideAccess: true,
    select: SPEAKER_SELECT,
  })
  const editions = await editionsOf(payload, docs)
  const byId = new Map(editions.map((edition) => [String(edition.id), { year: edition.year, title: edition.title }]))
  return docs.map((doc) => {
    const mine = toMine(doc as unknown as Record<string, unknown>)
    return { ...mine, edition: byId.get(String(mine.editionId)) ?? null }
  })
}

/** One of the speaker's proposals, or null for any other id (someone else's, or none: the same answer). */
export async function findMyProposal(payload: Payload, email: string, id: Id): Promise<MyProposal | null> {
  const { docs } = await payload.find({
    collection: 'proposals',
    where: { and: [{ id: { equals: id } }, mineWhere(email)] },
    limit: 1,
    depth: 0,
    overrideAccess: true,
    select: SPEAKER_SELECT,
  })
  return docs[0] ? toMine(docs[0] as unknown as Record<string, unknown>) : null
}

/** What the speaker may do with a proposal now: edit while the call is open, withdraw until archived. */
export type ProposalRights =
  | { kind: 'open'; deadline: string; edition: CfpEdition }
  | { kind: 'closed'; closedAt: string | null; edition: CfpEdition | null }
  | { kind: 'archived'; edition: CfpEdition | null }

export async function proposalRights(payload: Payload, proposal: MyProposal, locale: Locale, now: Date): Promise<ProposalRights> {
  const { docs } = await payload.find({
    collection: 'editions',
    where: { id: { equals: proposal.editionId } },
    limit: 1,
    depth: 0,
    overrideAccess: true,
    select: { year: true, status: true },
  })
  const stored = docs[0]
  if (!stored || stored.status === 'archived') return { kind: 'archived', edition: null }
  const edition = await loadCfpEdition(payload, stored.year, locale)
  if (!edition) return { kind: 'closed', closedAt: null, edition: null }
  const window = cfpWindow(edition, now)
  if (window.open) return { kind: 'open', deadline: window.deadline, edition }
  return { kind: 'closed', closedAt: window.reason === 'closed' ? window.closedAt : null, edition }
}

/** The proposal as the edit form shows it (the same fields as the call's form; the address is fixed). */
export function formValuesOf(proposal: MyProposal): FormValues {
  return {
    name: proposal.submitter.name,
    email: proposal.submitter.email,
    affiliation: proposal.submitter.affiliation,
    title: proposal.title,
    abstract: proposal.abstract,
    format: proposal.format,
    themes: [...proposal.themes.map(String), ...(proposal.otherTheme ? ['other'] : [])],
    otherTheme: proposal.otherTheme,
    durationWish: proposal.durationWish,
    bio: proposal.bio,
    links: proposal.links.map((link) => link.url).join('\n'),
    consent: true,
  }
}

export type EditOutcome =
  | { kind: 'saved' }
  | { kind: 'notFound' }
  | { kind: 'archived' }
  | { kind: 'closed'; closedAt: string | null }
  | { kind: 'final' }
  | { kind: 'invalid'; errors: FieldErrors; values: FormValues }

/**
 * Edits a proposal with the call's own server validation (validateSubmission), while the call is open.
 * The submitter's address is the speaker's identity: it is not editable here.
 */
export async function editMyProposal(
  payload: Payload,
  input: { email: string; id: Id; values: FormValues; locale: Locale; now?: Date },
): Promise<EditOutcome> {
  const now = input.now ?? new Date()
  const proposal = await findMyProposal(payload, input.email, input.id)
  if (!proposal) return { kind: 'notFound' }
  const rights = await proposalRights(payload, proposal, input.locale, now)
  if (rights.kind === 'archived') return { kind: 'archived' }
  if (rights.kind === 'closed') return { kind: 'closed', closedAt: rights.closedAt }
  if (proposal.status === 'withdrawn') return { kind: 'final' }
  const values = { ...input.values, email: proposal.submitter.email, consent: true }
  const validation = validateSubmission(values, cfpChoices(rights.edition))
  if (!validation.ok) return { kind: 'invalid', errors: validation.errors, values }
  const { data } = validation
  await payload.update({
    collection: 'proposals',
    id: proposal.id,
    data: {
      submitter: { ...data.submitter, email: proposal.submitter.email, affiliation: data.submitter.affiliation ?? null },
      title: data.title,
      abstract: data.abstract,
      format: data.format as never,
      themes: data.themes as never,
      otherTheme: data.otherTheme ?? null,
      durationWish: (data.durationWish ?? null) as never,
      bio: data.bio,
      links: data.links,
    },
    depth: 0,
    overrideAccess: true,
    context: { disableRevalidate: true },
  })
  return { kind: 'saved' }
}

export type WithdrawOutcome = { kind: 'withdrawn' } | { kind: 'notFound' } | { kind: 'archived' } | { kind: 'final' }

/** Withdraws a proposal (before or after the deadline), unless its edition is archived or it is final. */
export async function withdrawMyProposal(
  payload: Payload,
  input: { email: string; id: Id; locale: Locale; now?: Date },
): Promise<WithdrawOutcome> {
  const proposal = await findMyProposal(payload, input.email, input.id)
  if (!proposal) return { kind: 'notFound' }
  const rights = await proposalRights(payload, proposal, input.locale, input.now ?? new Date())
  if (rights.kind === 'archived') return { kind: 'archived' }
  const { docs } = await payload.find({
    collection: 'proposals',
    where: { id: { equals: proposal.id } },
    depth: 0,
    limit: 1,
    overrideAccess: true,
    select: { status: true, decisionPending: true },
  })
  const from = docs[0]?.status
  // An unreleased decision is, for the speaker, still "under review": they may withdraw.
  const pending = docs[0]?.decisionPending === true
  if (!isProposalStatus(from) || (!pending && transitionError(from, 'withdrawn', false) !== null)) return { kind: 'final' }
  if (from === 'withdrawn') return { kind: 'withdrawn' }
  await payload.update({
    collection: 'proposals',
    id: proposal.id,
    data: { status: 'withdrawn' },
    depth: 0,
    overrideAccess: true,
    context: { disableRevalidate: true, withdrawPendingDecision: pending },
  })
  return { kind: 'withdrawn' }
}
