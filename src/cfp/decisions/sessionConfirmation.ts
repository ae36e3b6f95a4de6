import type { FieldHook, TextareaField } from 'payload'

import { hasRole, isEditorOrAdminField } from '../../platform/access'
import { relationId } from '../../platform/relations'
import { summarise, type ParticipationRow } from './participation'

/**
 * On a session made from an accepted proposal: who of its people confirmed, declined or has not answered
 * yet (the proposal's participation, src/cfp/decisions/participation.ts). Computed on read, editors only.
 */
const describeParticipation: FieldHook = async ({ data, req }) => {
  // Only an editor's read pays for the lookup (public pages read sessions with overrideAccess).
  if (!hasRole(req.user, 'admin', 'editor')) return null
  const proposalId = relationId(data?.proposal)
  if (proposalId === undefined) return ''
  const proposal = await req.payload.findByID({
    collection: 'proposals',
    id: proposalId,
    depth: 0,
    overrideAccess: true,
    disableErrors: true,
    req,
    select: { participation: true, releasedDecision: true },
  })
  const rows = ((proposal as { participation?: ParticipationRow[] } | null)?.participation ?? []) as ParticipationRow[]
  if (rows.length === 0) return 'Not asked yet (the acceptance is not released).'
  const { confirmed, declined, waiting } = summarise(rows)
  const people = rows.map((row) => `${row.name}: ${row.response}`).join('; ')
  return `${confirmed} confirmed, ${declined} declined, ${waiting} waiting. ${people}`
}

export const sessionConfirmationField: TextareaField = {
  name: 'confirmation',
  type: 'textarea',
  virtual: true,
  label: 'Speakers’ confirmation',
  admin: {
    position: 'sidebar',
    readOnly: true,
    description: 'Each speaker of the accepted proposal confirms or declines in the speaker space once the decision is released.',
  },
  access: { read: isEditorOrAdminField, create: () => false, update: () => false },
  hooks: { afterRead: [describeParticipation] },
}
