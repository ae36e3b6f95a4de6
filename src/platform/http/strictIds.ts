import { NotFound, type CollectionBeforeOperationHook, type CollectionConfig } from 'payload'

import { parseId } from './endpoint'

/**
 * Ids are parsed strictly everywhere a collection is read or written by id: Payload's REST router
 * turns `/api/editions/2abc` into 2 (parseFloat) and a non-number into a database error (500 with a
 * stack). A malformed id is simply a document that does not exist: 404, one line at most in the log.
 */
const strictIdHook: CollectionBeforeOperationHook = ({ args, req }) => {
  const given = (args as { id?: unknown }).id
  if (given === undefined || given === null) return args
  const raw = typeof req.routeParams?.id === 'string' ? req.routeParams.id : given
  const malformed = (typeof raw === 'string' && raw !== raw.trim()) || parseId(req, raw) === null
  // Payload's NotFound: answered 404 and logged as one info line (its default logging level).
  if (malformed || (typeof given === 'number' && !Number.isSafeInteger(given))) throw new NotFound()
  return args
}

export function withStrictIds(collections: CollectionConfig[]): CollectionConfig[] {
  return collections.map((collection) => ({
    ...collection,
    hooks: { ...collection.hooks, beforeOperation: [strictIdHook, ...(collection.hooks?.beforeOperation ?? [])] },
  }))
}
