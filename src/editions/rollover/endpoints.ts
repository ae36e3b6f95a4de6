import type { Endpoint } from 'payload'

import { endpoint, idParam, jsonBody } from '../../platform/http/endpoint'
import { parseCopyChoices } from './choices'
import { prepareNextEdition } from './prepareNextEdition'

/**
 * POST /api/editions/:id/prepare-next  { copy: { format, themes, committee, cfpTexts, links, seo } }
 * Editors and admins. 201 with { edition, copied, message, adminPath }; 409 naming the edition when the
 * next year exists already.
 */
export const rolloverEndpoints: Endpoint[] = [
  endpoint(
    'post',
    '/:id/prepare-next',
    async (req) => {
      const id = idParam(req, 'edition')
      const choices = parseCopyChoices(await jsonBody(req))
      return Response.json(await prepareNextEdition(req, id, choices), { status: 201 })
    },
    {
      roles: ['admin', 'editor'],
      loginMessage: 'Log in as an editor or admin to prepare the next edition.',
      roleMessage: 'Only editors and admins can prepare the next edition.',
    },
  ),
]
