import type { CollectionBeforeOperationHook, CollectionConfig } from 'payload'

import { badRequest } from './errors'

/**
 * The geographic operators work on point fields only: on any other field the SQL adapter has no such
 * operator and crashed (500 with a stack) on `where[title][near]=…`. Refused as the client's mistake,
 * before the query is built, on every collection and operation that takes a `where`.
 */
const GEO_OPERATORS = new Set(['near', 'within', 'intersects'])

type Fields = ReadonlyArray<{ name?: string; type: string }>

function check(where: unknown, fields: Fields): void {
  if (!where || typeof where !== 'object') return
  for (const [path, condition] of Object.entries(where)) {
    if ((path === 'and' || path === 'or') && Array.isArray(condition)) {
      for (const part of condition) check(part, fields)
      continue
    }
    if (!condition || typeof condition !== 'object') continue
    for (const operator of Object.keys(condition)) {
      if (!GEO_OPERATORS.has(operator)) continue
      // Our collections keep points at the top level; a path into a group or a relation is no point.
      const field = path.includes('.') ? undefined : fields.find((candidate) => candidate.name === path)
      if (field?.type !== 'point') throw badRequest(`"${operator}" works on point fields only, and ${path} is not one.`, path)
    }
  }
}

const geoOnPointsOnly: CollectionBeforeOperationHook = ({ args, collection }) => {
  check((args as { where?: unknown }).where, collection.flattenedFields as unknown as Fields)
  return args
}

export function withWhereGuard(collections: CollectionConfig[]): CollectionConfig[] {
  return collections.map((collection) => ({
    ...collection,
    hooks: { ...collection.hooks, beforeOperation: [geoOnPointsOnly, ...(collection.hooks?.beforeOperation ?? [])] },
  }))
}
