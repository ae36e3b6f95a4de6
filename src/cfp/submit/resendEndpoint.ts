import { isLocale } from '../../platform/i18n'
import { relationId } from '../../platform/relations'
import { sendEmailNow } from '../../platform/email'
import { endpoint, idParam } from '../../platform/http/endpoint'
import { notFound } from '../../platform/http/errors'
import { readEmailLog } from '../../platform/email'
import { confirmationEmail } from './emails'

/**
 * POST /api/proposals/:id/resend-confirmation (editors and admins): sends the submitter's confirmation
 * again, e.g. after the first one failed, and records the outcome in the proposal's email log.
 * Answers 200 with the new log entry (status sent, or captured when no mail server is configured),
 * 502 when sending failed again (the failure is recorded too).
 */
export const resendConfirmationEndpoint = endpoint(
  'post',
  '/:id/resend-confirmation',
  async (req) => {
    const id = idParam(req, 'proposal')
    const proposal = await req.payload.findByID({ collection: 'proposals', id, depth: 0, overrideAccess: true, disableErrors: true })
    if (!proposal) throw notFound(`There is no proposal ${id}.`)
    const locale = isLocale(proposal.language) ? proposal.language : 'en'
    const editionId = relationId(proposal.edition)
    const edition = editionId
      ? await req.payload.findByID({
          collection: 'editions',
          id: editionId,
          depth: 0,
          locale,
          overrideAccess: true,
          draft: false,
          disableErrors: true,
        })
      : null
    const contact = edition?.cfp?.contactEmail || undefined
    const log = { collection: 'proposals' as const, id: proposal.id, kind: 'confirmation' }
    const entry = await sendEmailNow(
      req.payload,
      {
        to: proposal.submitter.email,
        ...confirmationEmail(
          locale,
          {
            id: proposal.id,
            reference: proposal.reference ?? '',
            title: proposal.title,
            format: proposal.format,
            submitter: proposal.submitter,
          },
          { year: edition?.year ?? 0, title: edition?.title ?? 'Commons AI', contactEmail: contact ?? null },
        ),
        ...(contact ? { replyTo: contact } : {}),
      },
      log,
    )
    const emails = await readEmailLog(req.payload, log)
    if (entry.status === 'failed') {
      return Response.json(
        { sent: false, entry, emails, errors: [{ message: `Sending failed: ${entry.error ?? 'unknown error'}` }] },
        { status: 502 },
      )
    }
    return { sent: entry.status === 'sent', entry, emails }
  },
  { roles: ['admin', 'editor'], roleMessage: 'Only editors and admins can resend a confirmation.' },
)
