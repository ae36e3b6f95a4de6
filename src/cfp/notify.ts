import type { Payload } from 'payload'

import type { Locale } from '../platform/i18n'
import type { EmailKind, EmailLogEntry } from './emailLog'
import { confirmationEmail, notificationEmail, type EmailMessage, type ProposalSummary } from './submit/emails'

type EditionForEmails = { year: number; title: string; contactEmail?: string | null }

/**
 * Sends one email and says what became of it. Never throws: the proposal is already stored, and a
 * failed email is recorded on it (for an editor to see and resend) instead of failing the submission.
 */
export async function sendLogged(payload: Payload, kind: EmailKind, to: string, message: EmailMessage): Promise<EmailLogEntry> {
  const at = new Date().toISOString()
  try {
    await payload.sendEmail({ to, subject: message.subject, text: message.text })
    return { kind, to, status: 'sent', error: null, at }
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error)
    payload.logger.error({ msg: `cfp: the ${kind} email to ${to} failed: ${reason}` })
    return { kind, to, status: 'failed', error: reason.slice(0, 500), at }
  }
}

/** The confirmation to the submitter and the notification to the edition's contact address. */
export async function sendSubmissionEmails(
  payload: Payload,
  proposal: ProposalSummary,
  edition: EditionForEmails,
  locale: Locale,
): Promise<EmailLogEntry[]> {
  const entries = [await sendLogged(payload, 'confirmation', proposal.submitter.email, confirmationEmail(locale, proposal, edition))]
  if (edition.contactEmail) {
    entries.push(await sendLogged(payload, 'notification', edition.contactEmail, notificationEmail(proposal, edition, locale)))
  }
  return entries
}

/** Appends outcomes to the proposal's email log (server code only: overrideAccess). */
export async function recordEmails(payload: Payload, id: number | string, entries: EmailLogEntry[]): Promise<EmailLogEntry[]> {
  const current = await payload.findByID({ collection: 'proposals', id, depth: 0, overrideAccess: true, select: { emails: true } })
  const emails = [...((current.emails ?? []) as EmailLogEntry[]).map(({ kind, to, status, error, at }) => ({ kind, to, status, error, at })), ...entries]
  await payload.update({ collection: 'proposals', id, data: { emails }, depth: 0, overrideAccess: true, context: { disableRevalidate: true } })
  return emails
}
