import { APIError, type CollectionBeforeOperationHook, ValidationError } from 'payload'

import { checkSlidesFile } from './slidesFile'

/** Before Payload stores anything, on every path (admin, REST, GraphQL, Local API): a real PDF of at most 20 MB. */
export const checkSlidesUpload: CollectionBeforeOperationHook = ({ args, operation, req, collection }) => {
  if (operation !== 'create' && operation !== 'update') return args
  const file = req.file
  if (!file) return args
  const verdict = checkSlidesFile({ name: file.name, data: file.data, size: file.size, mimetype: file.mimetype })
  if (verdict.ok) return args
  if (verdict.status === 413) throw new APIError(verdict.message, 413, undefined, true)
  throw new ValidationError({ collection: collection.slug, errors: [{ message: verdict.message, path: 'file' }] }, req.t)
}
