import type { Payload } from 'payload'

import type { Locale } from '../platform/i18n'
import { queueEmailJob, runEmailJobsNow, type EmailLogEntry } from '../platform/email'
import { confirmationEmail, notificationEmail, type ProposalSummary } from './submit/emails'

type EditionForEmails = { year: number; title: string; contactEmail?: string | null }

const logOf = (id: number | string, kind: string) => ({ collection: 'proposals' as const, id, kind })

/**
 * The confirmation to the submitter (Reply-To: the edition's CfP contact) and the notification to that
 * contact (Reply-To: the submitter), queued as jobs and run at once. Never throws for a mail failure:
 * the proposal is already stored, the log says what became of each email and the queue retries.
 */
export async function sendSubmissionEmails(
  payload: Payload,
  proposal: ProposalSummary,
  edition: EditionForEmails,
  locale: Locale,
): Promise<EmailLogEntry[]> {
  const contact = edition.contactEmail || undefined
  const jobs = [
    await queueEmailJob(
      payload,
      { to: proposal.submitter.email, ...confirmationEmail(locale, proposal, edition), ...(contact ? { replyTo: contact } : {}) },
      logOf(proposal.id, 'confirmation'),
    ),
  ]
  if (contact) {
    jobs.push(
      await queueEmailJob(
        payload,
        { to: contact, ...notificationEmail(proposal, edition, locale), replyTo: proposal.submitter.email },
        logOf(proposal.id, 'notification'),
      ),
    )
  }
  return runEmailJobsNow(payload, jobs, logOf(proposal.id, 'confirmation'))
}
