import type { CollectionConfig } from 'payload'
import { revalidateTag } from 'next/cache'

import { endpoint } from '../http/endpoint'
import { forbidden } from '../http/errors'
import { processToken } from './processToken'

/**
 * One row per content change: the cache tags it expired, and which app process expired them. Every app
 * process reads the rows of the others (src/platform/cache/sync.ts) and expires the same tags in its
 * own render cache, so several processes on one database never serve a page older than about a second
 * after an edit. Bookkeeping, like Payload's jobs: hidden from the admin, closed to the API, not backed up.
 */
export const CACHE_INVALIDATIONS = 'cache-invalidations' as const

const nobody = () => false

export const CacheInvalidations: CollectionConfig = {
  slug: CACHE_INVALIDATIONS,
  admin: { hidden: true },
  access: { read: nobody, create: nobody, update: nobody, delete: nobody },
  timestamps: true,
  // createdAt is indexed by Payload's timestamps; the sync reads by it.
  lockDocuments: false,
  fields: [
    { name: 'tags', type: 'json', required: true },
    { name: 'origin', type: 'text', required: true, index: true },
  ],
  endpoints: [
    // Only the process itself calls this (with its own token, from loopback): revalidateTag needs a
    // Next.js request around it, and the sync loop runs outside any request.
    endpoint('post', '/expire', async (req) => {
      if (req.headers.get('x-cache-sync') !== processToken()) throw forbidden('Not for you.')
      const body = (await req.json?.()) as { tags?: unknown } | undefined
      const tags = Array.isArray(body?.tags) ? body.tags.filter((tag): tag is string => typeof tag === 'string') : []
      for (const tag of tags) revalidateTag(tag, { expire: 0 })
      return { expired: tags.length }
    }),
  ],
}
