import type { Endpoint, PayloadRequest, Where } from 'payload'

import { isLocale } from '../platform/i18n'
import { endpoint, idParam, jsonBody, parseId } from '../platform/http/endpoint'
import { badRequest, HttpError } from '../platform/http/errors'
import { siteUrl } from '../platform/env/siteUrl'
import { prepareDecisionEmail } from './decisions/decisionEmails'
import { outboxIds, releaseDecisions, type ReleaseOutcome } from './decisions/release'
import { acceptProposal } from './decisions/decisions'
import { proposalsCsv } from './review/proposalsCsv'

/**
 * The editors' actions on proposals, as REST endpoints of the collection (under /api/proposals):
 *   POST /:id/accept                    accept, create/link the speaker and the draft session
 *   POST /:id/decision-email/prepare    (re)prepare the decision email draft, body { locale?: 'en' | 'fr' }
 *   POST /:id/decision-email/send       release this proposal's decision: its email is queued and sent now
 *   POST /release                       release from the Decisions outbox, body { ids: [..] } or { edition, all: true }
 *   GET  /export.csv[?edition=<id>][&where…][&search=…]
 *                                       proposals with their reviews, as CSV: an edition's, or what the
 *                                       admin list shows (its filter and search), or all of them
 * Editors and admins only: 401 for the public, 403 for reviewers.
 */
const EDITORS = {
  roles: ['admin', 'editor'],
  loginMessage: 'Log in as an editor to do this.',
  roleMessage: 'Only editors and admins can do this.',
} as const

/** An editor's POST action on one proposal (a malformed id is a 400). */
function proposalAction(path: string, act: (req: PayloadRequest, id: number | string) => Promise<unknown>): Endpoint {
  return endpoint('post', path, (req) => act(req, idParam(req, 'proposal')), EDITORS)
}

const accept = proposalAction('/:id/accept', (req, id) => acceptProposal(req, id))

const prepareEmail = proposalAction('/:id/decision-email/prepare', async (req, id) => {
  // A body that is not JSON is taken as no body: the locale is optional.
  const locale = await jsonBody(req).then(
    (body) => body.locale,
    () => undefined,
  )
  if (locale !== undefined && !isLocale(locale)) throw badRequest('locale must be "en" or "fr".', 'locale')
  return { decisionEmail: await prepareDecisionEmail(req, id, { locale, force: true }) }
})

/** Where links in emails point: the configured public origin, else the request's own (development). */
function linkOrigin(req: PayloadRequest): string {
  return siteUrl() || new URL(req.url ?? 'http://localhost/', 'http://localhost').origin
}

function failedAnswer(outcome: ReleaseOutcome): Response | null {
  if (outcome.outcome === 'released' && outcome.status === 'failed') {
    return Response.json(
      { ...outcome, errors: [{ message: `Sending failed: ${outcome.error ?? 'unknown reason'}. Release it again to retry.` }] },
      { status: 502 },
    )
  }
  return null
}

const releaseOneEndpoint = proposalAction('/:id/decision-email/send', async (req, id) => {
  const [outcome] = await releaseDecisions(req, [id], { origin: linkOrigin(req) })
  if (!outcome || outcome.outcome === 'skipped') {
    const reason = outcome?.outcome === 'skipped' ? outcome.reason : 'Nothing was released.'
    throw new HttpError(reason, reason.startsWith('No proposal') ? 404 : 409)
  }
  return failedAnswer(outcome) ?? { sent: true, ...outcome }
})

const releaseMany = endpoint(
  'post',
  '/release',
  async (req) => {
    const body = await jsonBody(req)
    let ids: Array<number | string>
    if (body.all === true) {
      const edition = parseId(req, body.edition)
      if (edition === null) throw badRequest('Give the edition whose outbox to release: { "edition": <id>, "all": true }.', 'edition')
      ids = await outboxIds(req, edition)
    } else {
      if (!Array.isArray(body.ids) || body.ids.length === 0) throw badRequest('Give the proposals to release: { "ids": [..] }.', 'ids')
      if (body.ids.length > 1000) throw badRequest('At most 1,000 proposals at a time.', 'ids')
      ids = body.ids.map((raw) => {
        const id = parseId(req, raw)
        if (id === null) throw badRequest('This is not a valid proposal id.', 'ids')
        return id
      })
    }
    const outcomes = await releaseDecisions(req, ids, { origin: linkOrigin(req) })
    return {
      released: outcomes.filter((item) => item.outcome === 'released').length,
      failed: outcomes.filter((item) => item.outcome === 'released' && item.status === 'failed').length,
      skipped: outcomes.filter((item) => item.outcome === 'skipped').length,
      outcomes,
    }
  },
  EDITORS,
)

const exportCsv = endpoint(
  'get',
  '/export.csv',
  async (req) => {
    const query = (req.query ?? {}) as Record<string, unknown>
    const rawEdition = query.edition
    const edition = rawEdition === undefined || rawEdition === '' ? undefined : parseId(req, rawEdition)
    if (edition === null) throw badRequest('This is not a valid edition id.', 'edition')
    const where = query.where
    if (where !== undefined && (typeof where !== 'object' || where === null || Array.isArray(where))) {
      throw badRequest('where must be a filter like the list’s (where[field][operator]=value).', 'where')
    }
    const search = typeof query.search === 'string' ? query.search : undefined
    const { csv, year } = await proposalsCsv(req, { edition, where: where as Where | undefined, search }).catch((error: unknown) => {
      if ((error as { status?: unknown }).status === 404) throw new HttpError('No edition with this id.', 404)
      throw error
    })
    return new Response(csv, {
      status: 200,
      headers: {
        'Content-Type': 'text/csv; charset=utf-8',
        'Content-Disposition': `attachment; filename="commons-ai-${year.replace(/[^\w-]/g, '')}-proposals.csv"`,
        'Cache-Control': 'no-store',
      },
    })
  },
  EDITORS,
)

export const proposalEndpoints: Endpoint[] = [exportCsv, releaseMany, accept, prepareEmail, releaseOneEndpoint]
