import type { Endpoint } from 'payload'

import { canResendProposalEmails } from '../../platform/access'
import { isLocale } from '../../platform/i18n/index'
import { relationId } from '../../platform/relations'
import { confirmationEmail } from './emails'
import { recordEmails, sendLogged } from '../notify'

/**
 * POST /api/proposals/:id/resend-confirmation (editors and admins): sends the submitter's confirmation
 * again, e.g. after the first one failed, and records the outcome in the proposal's email log.
 * Answers 200 with the new log entry, 502 when sending failed again (the failure is recorded too).
 */
export const resendConfirmationEndpoint: Endpoint = {
  path: '/:id/resend-confirmation',
  method: 'post',
  handler: async (req) => {
    if (!canResendProposalEmails(req)) {
      return Response.json({ error: 'Only editors and admins can resend a confirmation.' }, { status: req.user ? 403 : 401 })
    }
    const id = req.routeParams?.id
    if (typeof id !== 'string' && typeof id !== 'number') return Response.json({ error: 'No proposal id.' }, { status: 400 })
    const proposal = await req.payload
      .findByID({ collection: 'proposals', id, depth: 0, overrideAccess: true, disableErrors: true })
      .catch(() => null)
    if (!proposal) return Response.json({ error: `There is no proposal ${id}.` }, { status: 404 })
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
    return Response.json({ sent: entry.status === 'sent', entry, emails }, { status: entry.status === 'sent' ? 200 : 502 })
  },
}
