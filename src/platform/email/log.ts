import type { ArrayField, CollectionSlug, Payload, PayloadRequest } from 'payload'

import { isEditorOrAdminField } from '../access'
import { internalToLists } from '../fields/listFilters'
import { CAPTURED_NOTE } from './settings'

/** What a document's email log records about each email sent about it. */
const EMAIL_STATUSES = ['queued', 'sent', 'captured', 'failed'] as const
export type EmailStatus = (typeof EMAIL_STATUSES)[number]

export type EmailLogEntry = {
  kind: string
  to: string
  subject?: string | null
  status: EmailStatus
  error?: string | null
  at: string
  /** The id of the job that sends it (as text: a number on SQLite, a string on MongoDB). */
  job?: string | null
}

/** Which document's log an email belongs to. */
export type EmailLogTarget = { collection: CollectionSlug; id: number | string; kind: string; field?: string }

const STATUS_LABELS: Record<EmailStatus, string> = {
  queued: 'queued',
  sent: 'sent',
  captured: CAPTURED_NOTE,
  failed: 'failed',
}

/** The array field a document keeps its email log in: read-only in the admin, editors only, not a list filter. */
export function emailLogField(name = 'emails'): ArrayField {
  return internalToLists<ArrayField>({
    name,
    type: 'array',
    access: { read: isEditorOrAdminField, create: isEditorOrAdminField, update: isEditorOrAdminField },
    admin: {
      readOnly: true,
      position: 'sidebar',
      description: 'Emails about this document and what became of each. “Not sent: no mail server configured” means SMTP_HOST is not set.',
    },
    fields: [
      { name: 'kind', type: 'text', required: true },
      { name: 'to', type: 'text', required: true },
      { name: 'subject', type: 'text' },
      { name: 'status', type: 'select', required: true, options: EMAIL_STATUSES.map((value) => ({ label: STATUS_LABELS[value], value })) },
      { name: 'error', type: 'text' },
      { name: 'at', type: 'date', required: true, admin: { date: { pickerAppearance: 'dayAndTime' } } },
      { name: 'job', type: 'text' },
    ],
  })
}

function plain(entry: EmailLogEntry): EmailLogEntry {
  const { kind, to, subject, status, error, at, job } = entry
  return { kind, to, subject: subject ?? null, status, error: error ?? null, at, job: job ?? null }
}

export async function readEmailLog(payload: Payload, target: EmailLogTarget, req?: PayloadRequest): Promise<EmailLogEntry[]> {
  const field = target.field ?? 'emails'
  const doc = (await payload.findByID({
    collection: target.collection,
    id: target.id,
    depth: 0,
    overrideAccess: true,
    disableErrors: true,
    ...(req ? { req } : {}),
  })) as Record<string, unknown> | null
  const entries = doc?.[field]
  return Array.isArray(entries) ? (entries as EmailLogEntry[]).map(plain) : []
}

/** Rewrites the log with `change` applied (server code: overrideAccess; no page shows the log). */
export async function changeEmailLog(
  payload: Payload,
  target: EmailLogTarget,
  change: (entries: EmailLogEntry[]) => EmailLogEntry[],
  req?: PayloadRequest,
): Promise<EmailLogEntry[]> {
  const field = target.field ?? 'emails'
  const entries = change(await readEmailLog(payload, target, req))
  await payload.update({
    collection: target.collection,
    id: target.id,
    data: { [field]: entries } as never,
    depth: 0,
    overrideAccess: true,
    context: { disableRevalidate: true },
    ...(req ? { req } : {}),
  })
  return entries
}
