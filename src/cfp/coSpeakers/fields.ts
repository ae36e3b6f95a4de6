import type { CollectionBeforeChangeHook, Field } from 'payload'

import { isEditorOrAdminField, nobodyField } from '../../platform/access'
import { submitterIdentityReadable } from '../access'
import { normaliseEmail } from '../../platform/text/validation'

/**
 * The people of a proposal besides its submitter: invited by the submitter from the speaker space,
 * each accepts or declines by an emailed link bound to their address. Reviewers see names and roles
 * (hidden with the submitter's when the edition anonymises reviews); addresses stay with editors; the
 * invitation's secret is readable by nobody.
 */
export const CO_SPEAKER_ROLES = ['framing', 'reflection', 'initiative', 'other'] as const
export type CoSpeakerRole = (typeof CO_SPEAKER_ROLES)[number]
const CO_SPEAKER_STATUSES = ['invited', 'accepted', 'declined'] as const
export type CoSpeakerStatus = (typeof CO_SPEAKER_STATUSES)[number]
export const MAX_CO_SPEAKERS = 5

export const coSpeakerFields: Field[] = [
  {
    name: 'coSpeakers',
    type: 'array',
    label: 'Co-speakers',
    maxRows: MAX_CO_SPEAKERS,
    access: { read: submitterIdentityReadable, create: isEditorOrAdminField, update: isEditorOrAdminField },
    admin: { description: 'People invited by the submitter from the speaker space; each accepts or declines by an emailed link.' },
    fields: [
      { name: 'name', type: 'text', required: true, maxLength: 120 },
      { name: 'email', type: 'text', required: true, maxLength: 254, access: { read: isEditorOrAdminField } },
      {
        name: 'role',
        type: 'select',
        required: true,
        options: [
          { label: 'Framing', value: 'framing' },
          { label: 'Reflection', value: 'reflection' },
          { label: 'Initiative', value: 'initiative' },
          { label: 'Other', value: 'other' },
        ],
      },
      {
        name: 'status',
        type: 'select',
        required: true,
        defaultValue: 'invited',
        options: CO_SPEAKER_STATUSES.map((value) => ({ label: value, value })),
      },
      { name: 'invitedAt', type: 'date', access: { read: isEditorOrAdminField } },
      { name: 'respondedAt', type: 'date', access: { read: isEditorOrAdminField } },
      { name: 'expiresAt', type: 'date', access: { read: isEditorOrAdminField } },
      {
        name: 'invitationHash',
        type: 'text',
        maxLength: 64,
        index: true,
        access: { read: nobodyField, create: nobodyField, update: nobodyField },
        admin: { hidden: true },
      },
      {
        name: 'speaker',
        type: 'relationship',
        relationTo: 'speakers',
        access: { read: isEditorOrAdminField },
        admin: { description: 'Linked when the proposal is accepted.' },
      },
    ],
  },
  {
    // The addresses of accepted co-speakers, kept by the hook below: what the speaker space queries
    // ("proposals where I am submitter or accepted co-speaker") in one indexed condition on any adapter.
    name: 'coSpeakerEmails',
    type: 'text',
    hasMany: true,
    index: true,
    access: { read: nobodyField, create: nobodyField, update: nobodyField },
    admin: { hidden: true },
  },
]

type CoSpeakerRow = { email?: unknown; status?: unknown }

export function acceptedEmails(rows: unknown): string[] {
  return (Array.isArray(rows) ? (rows as CoSpeakerRow[]) : [])
    .filter((row) => row.status === 'accepted' && typeof row.email === 'string')
    .map((row) => normaliseEmail(row.email as string))
}

/** Keeps coSpeakerEmails in step with the co-speakers whenever they are written. */
export const syncCoSpeakerEmails: CollectionBeforeChangeHook = ({ data }) => {
  if (Array.isArray(data.coSpeakers)) {
    data.coSpeakers = (data.coSpeakers as CoSpeakerRow[]).map((row) =>
      typeof row.email === 'string' ? { ...row, email: normaliseEmail(row.email) } : row,
    )
    data.coSpeakerEmails = acceptedEmails(data.coSpeakers)
  }
  return data
}
