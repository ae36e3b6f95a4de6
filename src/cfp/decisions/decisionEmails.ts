import type { CollectionAfterChangeHook, Field, PayloadRequest } from 'payload'

import { isEditorOrAdminField } from '../../platform/access'
import { DEFAULT_LOCALE, isLocale, type Locale, LOCALE_OPTIONS } from '../../platform/i18n'
import { HttpError } from '../../platform/http/errors'
import { relationId } from '../../platform/relations'
import { internalToLists } from '../../platform/fields/listFilters'
import { DECISION_KINDS, decisionEmailText, decisionKindFor, type DecisionKind } from './decisionEmailTemplates'

/**
 * The decision email of a proposal: prepared (as a draft) when a decision is taken, reviewed and edited
 * by an editor on the proposal, then sent with an explicit action. Its state is stored on the proposal,
 * so a failed send is recorded and the text is never lost.
 */
export const decisionEmailField: Field = {
  name: 'decisionEmail',
  type: 'group',
  label: 'Decision email',
  access: { read: isEditorOrAdminField, create: isEditorOrAdminField, update: isEditorOrAdminField },
  admin: {
    description:
      'Prepared when a decision is taken. Review and edit the subject and text, then release the decision (here or from the Decisions outbox): only then does the speaker see it and get this email. Editors only.',
    condition: (data) => Boolean(data?.decisionEmail?.kind),
  },
  fields: [
    {
      type: 'row',
      fields: [
        {
          name: 'kind',
          type: 'select',
          options: DECISION_KINDS.map((kind) => ({ label: kind[0]!.toUpperCase() + kind.slice(1), value: kind })),
          admin: { readOnly: true },
        },
        {
          name: 'locale',
          type: 'select',
          options: LOCALE_OPTIONS,
          admin: { readOnly: true, description: 'Change it with “Prepare again in…”.' },
        },
        {
          name: 'status',
          type: 'select',
          options: [
            { label: 'Draft (not sent)', value: 'draft' },
            { label: 'Queued', value: 'queued' },
            { label: 'Sent', value: 'sent' },
            { label: 'Not sent: no mail server configured', value: 'captured' },
            { label: 'Sending failed', value: 'failed' },
          ],
          admin: { readOnly: true },
        },
      ],
    },
    // The email's text is for reading in the form, not for filtering the list.
    internalToLists({ name: 'subject', type: 'text', maxLength: 300 }),
    internalToLists({ name: 'body', type: 'textarea', maxLength: 10000, admin: { rows: 14 } }),
    {
      type: 'row',
      fields: [
        { name: 'preparedAt', type: 'date', admin: { readOnly: true, date: { pickerAppearance: 'dayAndTime' } } },
        { name: 'sentAt', type: 'date', admin: { readOnly: true, date: { pickerAppearance: 'dayAndTime' } } },
        { name: 'sentBy', type: 'relationship', relationTo: 'users', admin: { readOnly: true } },
      ],
    },
    internalToLists({ name: 'error', type: 'text', admin: { readOnly: true, description: 'Why the last send failed.' } }),
    // The email-queue job that sends it; its outcome is copied here (src/cfp/decisions/pending.ts).
    { name: 'job', type: 'text', admin: { readOnly: true, hidden: true } },
    {
      name: 'actions',
      type: 'ui',
      admin: { components: { Field: '/cfp/admin/DecisionEmailActions#DecisionEmailActions' } },
    },
  ],
}

type ProposalLike = {
  id: number | string
  status?: unknown
  title?: unknown
  reference?: unknown
  edition?: unknown
  /** The language the form was submitted in (src/cfp/submit/submit.ts). */
  language?: unknown
  submitter?: { name?: unknown; email?: unknown } | null
  decisionEmail?: {
    kind?: unknown
    locale?: unknown
    status?: unknown
    subject?: unknown
    body?: unknown
    sentAt?: unknown
  } | null
}

async function loadProposal(req: PayloadRequest, id: number | string): Promise<ProposalLike> {
  const proposal = await req.payload.findByID({ collection: 'proposals', id, depth: 0, overrideAccess: true, req, disableErrors: true })
  if (!proposal) throw new HttpError('No proposal with this id.', 404)
  return proposal as unknown as ProposalLike
}

/** The submitter's language when the form recorded it, else the site's default. */
function proposalLocale(proposal: ProposalLike): Locale {
  if (isLocale(proposal.decisionEmail?.locale)) return proposal.decisionEmail.locale
  if (isLocale(proposal.language)) return proposal.language
  return DEFAULT_LOCALE
}

async function composeFor(req: PayloadRequest, proposal: ProposalLike, kind: DecisionKind, locale: Locale) {
  const editionId = relationId(proposal.edition)
  const edition =
    editionId === undefined
      ? null
      : await req.payload.findByID({
          collection: 'editions',
          id: editionId,
          depth: 0,
          overrideAccess: true,
          req,
          locale,
          disableErrors: true,
        })
  const year = edition?.year ?? ''
  return decisionEmailText(kind, locale, {
    name: String(proposal.submitter?.name ?? ''),
    title: String(proposal.title ?? ''),
    reference: String(proposal.reference ?? ''),
    editionTitle: edition?.title ? String(edition.title) : `Commons AI ${year}`,
    year,
    contactEmail: edition?.cfp?.contactEmail ?? null,
  })
}

/**
 * Prepares the decision email for the proposal's current status as a draft. An unsent draft of the same
 * kind and language is kept (an editor may have edited it) unless `force`; a sent email of the same kind
 * is never overwritten. Returns the stored email, or null when the status calls for none.
 */
export async function prepareDecisionEmail(
  req: PayloadRequest,
  id: number | string,
  options: { locale?: Locale; force?: boolean } = {},
): Promise<ProposalLike['decisionEmail']> {
  const proposal = await loadProposal(req, id)
  const kind = decisionKindFor(proposal.status)
  if (!kind) throw new HttpError(`A ${String(proposal.status)} proposal calls for no decision email.`, 409)
  const current = proposal.decisionEmail
  const locale = options.locale ?? proposalLocale(proposal)
  if (current?.kind === kind && isDone(current.status)) {
    throw new HttpError(`The ${kind} email was already sent on ${String(current.sentAt)}.`, 409)
  }
  if (current?.kind === kind && current.locale === locale && current.status === 'draft' && !options.force) return current
  const { subject, body } = await composeFor(req, proposal, kind, locale)
  const updated = await req.payload.update({
    collection: 'proposals',
    id,
    data: {
      decisionEmail: {
        kind,
        locale,
        status: 'draft',
        subject,
        body,
        preparedAt: new Date().toISOString(),
        sentAt: null,
        sentBy: null,
        error: null,
        job: null,
      },
    },
    depth: 0,
    overrideAccess: true,
    req,
  })
  return (updated as unknown as ProposalLike).decisionEmail
}

/** A decision was taken (the status moved to accepted, waitlisted or rejected): prepare its email. */
export const prepareDecisionEmailOnDecision: CollectionAfterChangeHook = async ({ doc, previousDoc, operation, req }) => {
  if (operation !== 'update' || doc.status === previousDoc?.status) return doc
  const kind = decisionKindFor(doc.status)
  if (!kind) return doc
  const current = (doc as ProposalLike).decisionEmail
  if (current?.kind === kind && isDone(current.status)) return doc
  await prepareDecisionEmail(req, doc.id)
  // The caller gets the document as it is now stored, email included.
  return { ...doc, decisionEmail: (await loadProposal(req, doc.id)).decisionEmail }
}

/** Queued, sent, or captured (no mail server configured: written to disk, shown as such): not sent twice. */
const isDone = (status: unknown) => status === 'queued' || status === 'sent' || status === 'captured'
