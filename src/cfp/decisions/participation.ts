import type { ArrayField, Payload } from 'payload'

import { isEditorOrAdminField } from '../../platform/access'
import { normaliseEmail } from '../../platform/text/validation'
import { relationId } from '../../platform/relations'
import { CO_SPEAKER_ROLES } from '../coSpeakers/fields'

/**
 * After an accepted decision is released, each person of the proposal (the submitter and its accepted
 * co-speakers) confirms or declines taking part, from the speaker space, until the edition's optional
 * `cfp.confirmBy` day. Their answers live on the proposal, where editors see them (and on its session).
 */
const PARTICIPATION_RESPONSES = ['waiting', 'confirmed', 'declined'] as const
export type ParticipationResponse = (typeof PARTICIPATION_RESPONSES)[number]
type Answer = Exclude<ParticipationResponse, 'waiting'>

export type ParticipationRow = {
  name: string
  email: string
  role: string
  response: ParticipationResponse
  respondedAt?: string | null
}

export const participationField: ArrayField = {
  name: 'participation',
  type: 'array',
  label: 'Participation',
  access: { read: isEditorOrAdminField, create: isEditorOrAdminField, update: isEditorOrAdminField },
  admin: {
    readOnly: true,
    description:
      'Filled when the acceptance is released: each speaker confirms or declines from the speaker space (by the edition’s “confirm by” day, if set).',
  },
  fields: [
    { name: 'name', type: 'text', required: true },
    { name: 'email', type: 'text', required: true },
    {
      name: 'role',
      type: 'select',
      required: true,
      options: ['submitter', ...CO_SPEAKER_ROLES].map((value) => ({ label: value, value })),
    },
    {
      name: 'response',
      type: 'select',
      required: true,
      defaultValue: 'waiting',
      options: PARTICIPATION_RESPONSES.map((value) => ({ label: value, value })),
    },
    { name: 'respondedAt', type: 'date', admin: { date: { pickerAppearance: 'dayAndTime' } } },
  ],
}

type ProposalPeople = {
  submitter?: { name?: unknown; email?: unknown } | null
  coSpeakers?: Array<{ name?: unknown; email?: unknown; role?: unknown; status?: unknown }> | null
  participation?: ParticipationRow[] | null
}

/** The people who confirm: the submitter and each accepted co-speaker; answers already given are kept. */
export function participantsOf(proposal: ProposalPeople): ParticipationRow[] {
  const kept = new Map((proposal.participation ?? []).map((row) => [normaliseEmail(String(row.email)), row]))
  const people: Array<Omit<ParticipationRow, 'response'>> = [
    { name: String(proposal.submitter?.name ?? ''), email: normaliseEmail(String(proposal.submitter?.email ?? '')), role: 'submitter' },
    ...(proposal.coSpeakers ?? [])
      .filter((row) => row.status === 'accepted' && typeof row.email === 'string')
      .map((row) => ({ name: String(row.name ?? ''), email: normaliseEmail(String(row.email)), role: String(row.role ?? 'other') })),
  ]
  return people
    .filter((person) => person.email)
    .map((person) => {
      const previous = kept.get(person.email)
      return {
        ...person,
        response: previous?.response ?? 'waiting',
        respondedAt: previous?.respondedAt ?? null,
      }
    })
}

type ParticipationSummary = Record<ParticipationResponse, number>

export function summarise(rows: ParticipationRow[] | null | undefined): ParticipationSummary {
  const summary: ParticipationSummary = { waiting: 0, confirmed: 0, declined: 0 }
  for (const row of rows ?? []) if (PARTICIPATION_RESPONSES.includes(row.response)) summary[row.response] += 1
  return summary
}

/** Whether the speaker may still answer: until the end of the edition's confirm-by day, if it has one. */
export function confirmationOpen(confirmBy: string | null | undefined, now: Date): boolean {
  return !confirmBy || now.getTime() <= new Date(confirmBy).getTime()
}

type ConfirmOutcome =
  { kind: 'saved'; response: Answer } | { kind: 'notFound' } | { kind: 'notAccepted' } | { kind: 'late'; confirmBy: string }

/**
 * Records one person's answer. Only a released acceptance can be confirmed; someone who is not one of the
 * proposal's people gets the same answer as for a proposal that does not exist.
 */
export async function answerParticipation(
  payload: Payload,
  input: { email: string; id: number | string; answer: Answer; now?: Date },
): Promise<ConfirmOutcome> {
  const now = input.now ?? new Date()
  const email = normaliseEmail(input.email)
  const proposal = (await payload.findByID({
    collection: 'proposals',
    id: input.id,
    depth: 0,
    overrideAccess: true,
    disableErrors: true,
    select: { status: true, releasedDecision: true, participation: true, edition: true },
  })) as unknown as (ProposalPeople & { status?: unknown; releasedDecision?: unknown; edition?: unknown }) | null
  const row = proposal?.participation?.find((item) => normaliseEmail(String(item.email)) === email)
  if (!proposal || !row) return { kind: 'notFound' }
  if (proposal.status !== 'accepted' || proposal.releasedDecision !== 'accept') return { kind: 'notAccepted' }
  const confirmBy = await confirmByOf(payload, relationId(proposal.edition))
  if (!confirmationOpen(confirmBy, now)) return { kind: 'late', confirmBy: confirmBy! }
  const participation = (proposal.participation ?? []).map((item) =>
    item === row ? { ...item, response: input.answer, respondedAt: now.toISOString() } : item,
  )
  await payload.update({
    collection: 'proposals',
    id: input.id,
    data: { participation } as never,
    depth: 0,
    overrideAccess: true,
    context: { disableRevalidate: true },
  })
  return { kind: 'saved', response: input.answer }
}

export async function confirmByOf(payload: Payload, edition: number | string | undefined): Promise<string | null> {
  if (edition === undefined) return null
  const doc = await payload.findByID({ collection: 'editions', id: edition, depth: 0, overrideAccess: true, disableErrors: true })
  return (doc as { cfp?: { confirmBy?: string | null } } | null)?.cfp?.confirmBy ?? null
}
