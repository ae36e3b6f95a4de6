import { endpoint, jsonBody, parseId } from '../../platform/http/endpoint'
import { badRequest } from '../../platform/http/errors'
import { queueEmailJob } from '../../platform/email'
import { publishReleaseAndNotify } from './transaction'

const NOTE_MAX = 2000

function noteOf(value: unknown, field: string): string | undefined {
  if (value === undefined || value === null) return undefined
  if (typeof value !== 'string') throw badRequest('The note must be text.', field)
  if (value.length > NOTE_MAX) throw badRequest(`The note is limited to ${NOTE_MAX} characters.`, field)
  return value
}

/**
 * POST /api/programme-releases/publish { edition, note?: { en?, fr? } }: editors and admins.
 * 201 with the release's number and changes; 409 when nothing changed or the edition is archived.
 */
export const publishReleaseEndpoint = endpoint(
  'post',
  '/publish',
  async (req) => {
    const body = await jsonBody(req)
    const edition = parseId(req, body.edition)
    if (edition === null) throw badRequest('Choose the edition whose programme to publish.', 'edition')
    const note = (body.note ?? {}) as Record<string, unknown>
    if (typeof note !== 'object') throw badRequest('The note must be an object { en, fr }.', 'note')
    // Sessions, the release and its emails (logged on it; the queue retries and records each one's
    // fate) all or nothing.
    const release = await publishReleaseAndNotify(
      req,
      { edition, note: { en: noteOf(note.en, 'note.en'), fr: noteOf(note.fr, 'note.fr') } },
      queueEmailJob,
    )
    return Response.json(release, { status: 201 })
  },
  { roles: ['admin', 'editor'], roleMessage: 'Only editors publish the programme.' },
)
