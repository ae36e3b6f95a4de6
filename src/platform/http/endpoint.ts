import { addDataAndFileToRequest, type Endpoint, type PayloadRequest } from 'payload'

import { hasRole, type Role } from '../access/roles'
import { badRequest, clientErrorResponse, forbidden, unauthorized } from './errors'

/** An id as the database has them: a number on SQLite, a string on MongoDB; null when malformed. */
export function parseId(req: PayloadRequest, raw: unknown): number | string | null {
  if (typeof raw !== 'string' && typeof raw !== 'number') return null
  const text = String(raw).trim()
  if (req.payload.db.defaultIDType === 'number') return /^[1-9]\d{0,15}$/.test(text) ? Number(text) : null
  return /^[a-f\d]{24}$/i.test(text) ? text : null
}

/** The `:id` of the path, parsed strictly; a malformed one is a 400 naming what was expected. */
export function idParam(req: PayloadRequest, what = 'document'): number | string {
  const id = parseId(req, req.routeParams?.id)
  if (id === null) throw badRequest(`This is not a valid ${what} id.`, 'id')
  return id
}

/** The request's JSON body as an object ({} when empty); 400 when it is not JSON or not an object. */
export async function jsonBody(req: PayloadRequest): Promise<Record<string, unknown>> {
  try {
    await addDataAndFileToRequest(req)
  } catch {
    throw badRequest('The request body is not valid JSON.')
  }
  const data = req.data
  if (data === undefined || data === null) return {}
  if (typeof data !== 'object' || Array.isArray(data)) throw badRequest('The request body must be a JSON object.')
  return data as Record<string, unknown>
}

type Options = {
  /** Who may call it: anyone (default), any logged-in user, or these roles (401 logged out, 403 others). */
  roles?: readonly Role[] | 'user'
  /** The refusal for a visitor who is not logged in. */
  loginMessage?: string
  /** The refusal for a logged-in user without the role. */
  roleMessage?: string
}

/** A handler's answer: a Response as is, anything else as JSON with 200. */
type Handler = (req: PayloadRequest) => Promise<unknown>

function checkAccess(req: PayloadRequest, options: Options): void {
  if (!options.roles) return
  if (!req.user) throw unauthorized(options.loginMessage ?? 'Log in to do this.')
  if (options.roles !== 'user' && !hasRole(req.user, ...options.roles)) {
    throw forbidden(options.roleMessage ?? 'Your account may not do this.')
  }
}

/**
 * A Payload custom endpoint with the house rules: access checked first, client errors thrown anywhere
 * inside answered as `{ errors: [{ message, field? }] }` with their status, anything else left to
 * Payload (logged, 500).
 */
export function endpoint(method: Endpoint['method'], path: string, handler: Handler, options: Options = {}): Endpoint {
  return {
    path,
    method,
    handler: async (req) => {
      try {
        checkAccess(req, options)
        const result = await handler(req)
        return result instanceof Response ? result : Response.json(result)
      } catch (error) {
        const answer = clientErrorResponse(error)
        if (answer) return answer
        throw error
      }
    },
  }
}
