import { addDataAndFileToRequest, APIError, type Endpoint, type PayloadRequest } from 'payload'

import { archiveEdition, ArchiveInputError, unarchiveEdition } from './archiveEdition'

/**
 * POST /api/editions/:id/archive   { nextCurrentEdition?: id | null }   editors and admins
 * POST /api/editions/:id/unarchive { status?: 'upcoming' | 'current' }  admins
 * Answers 200 with { edition, currentEdition, message }, or an error status with { errors: [{ message }] }.
 */

function idParam(req: PayloadRequest): string {
  const id = req.routeParams?.id
  if (typeof id !== 'string' || id === '') throw new ArchiveInputError('The edition id is missing from the address.')
  return id
}

/** Ids are numbers on SQLite, strings on MongoDB: a numeric string becomes a number only where ids are numbers. */
function normaliseId(req: PayloadRequest, value: string | number): string | number {
  const numeric = req.payload.db.defaultIDType === 'number'
  if (numeric && typeof value === 'string' && /^\d+$/.test(value)) return Number(value)
  return value
}

async function body(req: PayloadRequest): Promise<Record<string, unknown>> {
  try {
    await addDataAndFileToRequest(req)
  } catch {
    throw new ArchiveInputError('The request body is not valid JSON.')
  }
  const data = req.data
  if (data === undefined || data === null) return {}
  if (typeof data !== 'object' || Array.isArray(data)) throw new ArchiveInputError('The request body must be a JSON object.')
  return data as Record<string, unknown>
}

function respond(handler: (req: PayloadRequest) => Promise<unknown>): Endpoint['handler'] {
  return async (req) => {
    try {
      return Response.json(await handler(req))
    } catch (error) {
      if (error instanceof APIError && error.status < 500) {
        return Response.json({ errors: [{ message: error.message }] }, { status: error.status })
      }
      throw error
    }
  }
}

export const archiveEndpoints: Endpoint[] = [
  {
    path: '/:id/archive',
    method: 'post',
    handler: respond(async (req) => {
      if (!req.user) throw new ArchiveInputError('Log in as an editor or admin to archive an edition.', 401)
      const data = await body(req)
      const next = data.nextCurrentEdition
      if (next !== undefined && next !== null && typeof next !== 'string' && typeof next !== 'number') {
        throw new ArchiveInputError('nextCurrentEdition must be an edition id or null.')
      }
      return archiveEdition(req, normaliseId(req, idParam(req)), {
        nextCurrentEdition: next === undefined || next === null ? next : normaliseId(req, next),
      })
    }),
  },
  {
    path: '/:id/unarchive',
    method: 'post',
    handler: respond(async (req) => {
      if (!req.user) throw new ArchiveInputError('Log in as an admin to unarchive an edition.', 401)
      const data = await body(req)
      return unarchiveEdition(req, normaliseId(req, idParam(req)), { status: data.status as never })
    }),
  },
]
