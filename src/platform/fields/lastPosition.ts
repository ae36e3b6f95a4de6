import type { CollectionSlug, Field, FieldHook } from 'payload'

import { relationId } from '../relations'

/**
 * An `order` field whose new documents go last within their edition (after the highest order there)
 * instead of first with 0: an editor adding a theme expects it at the end of the list.
 */
function lastInEdition(collection: CollectionSlug): FieldHook {
  return async ({ value, data, operation, req }) => {
    if (operation !== 'create' || (typeof value === 'number' && Number.isFinite(value))) return value
    const edition = relationId(data?.edition)
    if (edition === undefined) return 0
    const { docs } = await req.payload.find({
      collection,
      where: { edition: { equals: edition } },
      sort: '-order',
      limit: 1,
      depth: 0,
      draft: true,
      overrideAccess: true,
      pagination: false,
      select: { order: true },
      req,
    })
    const highest = (docs[0] as { order?: number | null } | undefined)?.order
    return typeof highest === 'number' ? highest + 1 : 0
  }
}

export function orderLastField(collection: CollectionSlug): Field {
  return {
    name: 'order',
    type: 'number',
    admin: { position: 'sidebar', description: 'Lower numbers come first. Left empty, a new entry goes last.' },
    hooks: { beforeChange: [lastInEdition(collection)] },
  }
}
