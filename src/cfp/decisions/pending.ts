import type { CollectionBeforeChangeHook, Field } from 'payload'

import { isEditorOrAdminField } from '../../platform/access'
import { DECISION_KINDS, decisionKindFor } from './decisionEmailTemplates'

/**
 * A decision taken in the admin (accepted, waitlisted, rejected) is *pending* until it is released from
 * the Decisions outbox: only then does its email go out and the speaker see it. What was released last
 * is kept apart from the status, so a waitlisted proposal that is then accepted still shows "waitlisted"
 * to its speaker until the acceptance is released.
 */
export const releaseFields: Field[] = [
  {
    name: 'decisionPending',
    type: 'checkbox',
    index: true,
    defaultValue: false,
    access: { read: isEditorOrAdminField, create: isEditorOrAdminField, update: isEditorOrAdminField },
    admin: {
      position: 'sidebar',
      readOnly: true,
      description: 'A decision is taken but not released yet: the speaker still sees “under review”. Release it from the Decisions outbox.',
    },
  },
  {
    name: 'releasedDecision',
    type: 'select',
    options: DECISION_KINDS.map((kind) => ({ label: kind, value: kind })),
    access: { read: isEditorOrAdminField, create: isEditorOrAdminField, update: isEditorOrAdminField },
    admin: { position: 'sidebar', readOnly: true, description: 'The last decision released to the speaker.' },
  },
  {
    name: 'releasedAt',
    type: 'date',
    access: { read: isEditorOrAdminField, create: isEditorOrAdminField, update: isEditorOrAdminField },
    admin: { position: 'sidebar', readOnly: true, date: { pickerAppearance: 'dayAndTime' } },
  },
]

/** Pending: the status calls for a decision that is not the one released. */
export function isDecisionPending(status: unknown, released: unknown): boolean {
  const kind = decisionKindFor(status)
  return kind !== null && kind !== released
}

/** Keeps `decisionPending` in step with the status and the released decision, whoever writes them. */
export const markPendingDecision: CollectionBeforeChangeHook = ({ data, originalDoc }) => {
  const status = data.status ?? originalDoc?.status
  const released = data.releasedDecision !== undefined ? data.releasedDecision : originalDoc?.releasedDecision
  data.decisionPending = isDecisionPending(status, released)
  return data
}

type LogEntry = { job?: unknown; status?: unknown; error?: unknown; at?: unknown }

/**
 * The released decision email's state follows its job: the email queue records each job's outcome in
 * the proposal's email log (`emails`), in whichever process ran it, retries included; this copies the
 * outcome of the decision email's job onto the decision email.
 */
export const followDecisionEmailJob: CollectionBeforeChangeHook = ({ data, originalDoc }) => {
  if (!Array.isArray(data.emails)) return data
  const email = { ...(originalDoc?.decisionEmail ?? {}), ...(data.decisionEmail ?? {}) } as Record<string, unknown>
  if (!email.job) return data
  const entry = (data.emails as LogEntry[]).find((item) => String(item.job) === String(email.job))
  if (!entry || entry.status === email.status) return data
  const status = entry.status
  data.decisionEmail = {
    ...email,
    status,
    error: status === 'failed' ? String(entry.error ?? 'the email could not be sent').slice(0, 500) : null,
    ...(status === 'sent' || status === 'captured' ? { sentAt: entry.at ?? new Date().toISOString() } : {}),
  }
  return data
}
