import { endpoint, idParam } from '../../platform/http/endpoint'
import { notFound } from '../../platform/http/errors'
import { isLocale } from '../../platform/i18n'
import { relationId } from '../../platform/relations'
import { confirmationEmail } from './emails'
import { recordEmails, sendLogged } from '../notify'

/**
 * POST /api/proposals/:id/resend-confirmation (editors and admins): sends the submitter's confirmation
 * again, e.g. after the first one failed, and records the outcome in the proposal's email log.
 * Answers 200 with the new log entry, 502 when sending failed again (the failure is recorded too).
 */
export const resendConfirmationEndpoint = endpoint(
  'post',
  '/:id/resend-confirmation',
  async (req) => {
    const id = idParam(req, 'proposal')
    const proposal = await req.payload
      .findByID({ collection: 'proposals', id, depth: 0, overrideAccess: true, disableErrors: true })
      .catch(() => null)
    if (!proposal) throw notFound(`There is no proposal ${id}.`)
    const locale = isLocale(proposal.language) ? proposal.language : 'en'
    const editionId = relationId(proposal.edition)
    const edition = editionId
      ? await req.payload.findByID({ collection: 'editions', id: editionId, depth: 0, locale, overrideAccess: true, draft: false })
      : null
    const entry = await sendLogged(
      req.payload,
      'confirmation',
      proposal.submitter.email,
      confirmationEmail(
        locale,
        { id: proposal.id, reference: proposal.reference ?? '', title: proposal.title, format: proposal.format, submitter: proposal.submitter },
        { year: edition?.year ?? 0, title: edition?.title ?? 'Commons AI', contactEmail: edition?.cfp?.contactEmail ?? null },
      ),
    )
    const emails = await recordEmails(req.payload, proposal.id, [entry])
    if (entry.status === 'sent') return { sent: true, entry, emails }
    return Response.json({ sent: false, entry, emails, errors: [{ message: `Sending failed: ${entry.error}` }] }, { status: 502 })
  },
  {
    roles: ['admin', 'editor'],
    loginMessage: 'Only editors and admins can resend a confirmation.',
    roleMessage: 'Only editors and admins can resend a confirmation.',
  },
)
