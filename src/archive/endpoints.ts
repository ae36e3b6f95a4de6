import type { Endpoint } from 'payload'

import { endpoint, idParam, jsonBody, parseId } from '../platform/http/endpoint'
import { badRequest } from '../platform/http/errors'
import { archiveEdition, unarchiveEdition } from './archiveEdition'

/**
 * POST /api/editions/:id/archive   { nextCurrentEdition?: id | null }   editors and admins
 * POST /api/editions/:id/unarchive { status?: 'upcoming' | 'current' }  admins
 * Answers 200 with { edition, currentEdition, message }, or an error status with { errors: [{ message }] }.
 * Who may do it is decided by archiveEdition/unarchiveEdition (403 with the reason); here only the login.
 */
export const archiveEndpoints: Endpoint[] = [
  endpoint(
    'post',
    '/:id/archive',
    async (req) => {
      const id = idParam(req, 'edition')
      const next = (await jsonBody(req)).nextCurrentEdition
      if (next === undefined || next === null) return archiveEdition(req, id, { nextCurrentEdition: next })
      const nextId = parseId(req, next)
      if (nextId === null) throw badRequest('nextCurrentEdition must be an edition id or null.', 'nextCurrentEdition')
      return archiveEdition(req, id, { nextCurrentEdition: nextId })
    },
    { roles: 'user', loginMessage: 'Log in as an editor or admin to archive an edition.' },
  ),
  endpoint(
    'post',
    '/:id/unarchive',
    async (req) => {
      const id = idParam(req, 'edition')
      const data = await jsonBody(req)
      return unarchiveEdition(req, id, { status: data.status as never })
    },
    { roles: 'user', loginMessage: 'Log in as an admin to unarchive an edition.' },
  ),
]
