import { APIError, type CollectionBeforeOperationHook, ValidationError } from 'payload'

import { judgeUpload } from './rules'

/**
 * Runs before Payload stores or resizes anything, on every path (admin, REST, GraphQL, Local API):
 * the file's real bytes must be an accepted image whose name and type say the same. The request
 * body limit (config `upload.limits`) already stops oversized HTTP uploads; this also covers the
 * Local API.
 */
export const checkUpload: CollectionBeforeOperationHook = ({ args, operation, req, collection }) => {
  if (operation !== 'create' && operation !== 'update') return args
  const file = req.file
  if (!file) return args
  const verdict = judgeUpload({ name: file.name, data: file.data, size: file.size, mimetype: file.mimetype })
  if (verdict.ok) return args
  if (verdict.status === 413) throw new APIError(verdict.message, 413, undefined, true)
  throw new ValidationError({ collection: collection.slug, errors: [{ message: verdict.message, path: 'file' }] }, req.t)
}
