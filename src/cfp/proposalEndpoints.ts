import type { Endpoint, PayloadRequest } from 'payload'
import { ValidationError } from 'payload'

import { hasRole } from '../access'
import { isLocale } from '../lib/i18n'
import { DecisionEmailError, prepareDecisionEmail, sendDecisionEmail } from './decisionEmails'
import { LockBusyError } from '../platform/locks/lock'
import { acceptProposal, DecisionError } from './decisions'
import { proposalsCsv } from './proposalsCsv'

/**
 * The editors' actions on proposals, as REST endpoints of the collection (under /api/proposals):
 *   POST /:id/accept                    accept, create/link the speaker and the draft session
 *   POST /:id/decision-email/prepare    (re)prepare the decision email draft, body { locale?: 'en' | 'fr' }
 *   POST /:id/decision-email/send       send the prepared email to the submitter
 *   GET  /export.csv?edition=<id>       the edition's proposals with their reviews, as CSV
 * Editors and admins only: 401 for the public, 403 for reviewers.
 */
function refuse(req: PayloadRequest): Response | null {
  if (!req.user) return Response.json({ errors: [{ message: 'Log in as an editor to do this.' }] }, { status: 401 })
  if (!hasRole(req.user, 'admin', 'editor')) {
    return Response.json({ errors: [{ message: 'Only editors and admins can do this.' }] }, { status: 403 })
  }
  return null
}

/** An id as the database has them: a number on SQLite, a string on MongoDB; null when malformed. */
function toId(req: PayloadRequest, raw: unknown): number | string | null {
  if (typeof raw !== 'string' && typeof raw !== 'number') return null
  const text = String(raw).trim()
  if (req.payload.db.defaultIDType === 'number') return /^\d+$/.test(text) ? Number(text) : null
  return /^[\w-]{1,64}$/.test(text) ? text : null
}

function idParam(req: PayloadRequest): number | string | null {
  return toId(req, req.routeParams?.id)
}

function failure(error: unknown): Response {
  if (error instanceof DecisionError || error instanceof DecisionEmailError) {
    return Response.json({ errors: [{ message: error.message }] }, { status: error.status })
  }
  if (error instanceof ValidationError) {
    return Response.json({ errors: [{ message: error.message, data: error.data }] }, { status: 400 })
  }
  if (error instanceof LockBusyError) return Response.json({ errors: [{ message: error.message }] }, { status: 409 })
  throw error
}

/**
 * An editor's POST action on one proposal: refuses non-editors (401/403) and a malformed id (400), and
 * turns the domain's refusals into their status codes.
 */
function proposalAction(path: string, act: (req: PayloadRequest, id: number | string) => Promise<Response>): Endpoint {
  return {
    path,
    method: 'post',
    handler: async (req) => {
      const refused = refuse(req)
      if (refused) return refused
      const id = idParam(req)
      if (!id) return Response.json({ errors: [{ message: 'A proposal id is required.' }] }, { status: 400 })
      try {
        return await act(req, id)
      } catch (error) {
        return failure(error)
      }
    },
  }
}

const accept = proposalAction('/:id/accept', async (req, id) => Response.json(await acceptProposal(req, id)))

const prepareEmail = proposalAction('/:id/decision-email/prepare', async (req, id) => {
  let body: { locale?: unknown } = {}
  try {
    body = req.json ? ((await req.json()) as typeof body) ?? {} : {}
  } catch {
    body = {}
  }
  if (body.locale !== undefined && !isLocale(body.locale)) {
    return Response.json({ errors: [{ message: 'locale must be "en" or "fr".' }] }, { status: 400 })
  }
  const email = await prepareDecisionEmail(req, id, { locale: body.locale, force: true })
  return Response.json({ decisionEmail: email })
})

const sendEmail = proposalAction('/:id/decision-email/send', async (req, id) => {
  const result = await sendDecisionEmail(req, id)
  return result.sent
    ? Response.json(result)
    : Response.json({ ...result, errors: [{ message: `Sending failed: ${result.error}` }] }, { status: 502 })
})

const exportCsv: Endpoint = {
  path: '/export.csv',
  method: 'get',
  handler: async (req) => {
    const refused = refuse(req)
    if (refused) return refused
    const edition = toId(req, new URL(req.url ?? 'http://localhost/', 'http://localhost').searchParams.get('edition'))
    if (edition === null) return Response.json({ errors: [{ message: 'Give the edition: ?edition=<id>.' }] }, { status: 400 })
    try {
      const { csv, year } = await proposalsCsv(req, edition)
      return new Response(csv, {
        status: 200,
        headers: {
          'Content-Type': 'text/csv; charset=utf-8',
          'Content-Disposition': `attachment; filename="commons-ai-${year.replace(/[^\w-]/g, '')}-proposals.csv"`,
          'Cache-Control': 'no-store',
        },
      })
    } catch (error) {
      const status = (error as { status?: unknown }).status
      if (status === 404) return Response.json({ errors: [{ message: 'No edition with this id.' }] }, { status: 404 })
      throw error
    }
  },
}

export const proposalEndpoints: Endpoint[] = [exportCsv, accept, prepareEmail, sendEmail]
