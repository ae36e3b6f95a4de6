import type { Payload } from 'payload'

import { CACHE_INVALIDATIONS } from './invalidations'
import { processId, processToken } from './processToken'

/**
 * Cache expiry across app processes on one database (two `npm start` behind nginx, or two machines).
 * A process that expires tags records them (`recordInvalidation`); every process checks every
 * CACHE_SYNC_MS (1 s) for rows other processes wrote and expires the same tags in its own render cache
 * through its own loopback endpoint (revalidateTag only works inside a Next.js request), then hands them
 * to its publisher. Works the same on SQLite and MongoDB: plain rows, a createdAt index.
 */
export type CacheSync = {
  record: (tags: string[]) => void
  /** One check now (the loop calls it; tests too). Returns the tags it expired. */
  poll: () => Promise<string[]>
  stop: () => void
}

export type CacheSyncOptions = {
  payload: Payload
  /** Expires tags in this process (default: POST to its own endpoint at `selfUrl()`). */
  expire: (tags: string[]) => Promise<void>
  /** Also told about tags expired elsewhere (the publisher). */
  onRemoteTags?: (tags: string[]) => void
  intervalMs?: number
  /** Rows older than this are deleted (every process has read them long before). */
  keepMs?: number
  log?: (line: string) => void
  now?: () => number
  /** This process's name on its rows (default: from its random token). */
  origin?: string
}

export function createCacheSync(options: CacheSyncOptions): CacheSync {
  const { payload } = options
  const me = options.origin ?? processId()
  const log = options.log ?? ((line) => console.error(line))
  const now = options.now ?? Date.now
  const keepMs = options.keepMs ?? 10 * 60_000
  // Rows from before this process started are already in its (empty) cache.
  let since = new Date(now()).toISOString()
  const seen = new Set<string>()
  let lastPrune = 0
  let polling: Promise<string[]> | null = null

  const poll = async (): Promise<string[]> => {
    const { docs } = await payload.find({
      collection: CACHE_INVALIDATIONS,
      where: { and: [{ createdAt: { greater_than_equal: since } }, { origin: { not_equals: me } }] },
      sort: 'createdAt',
      limit: 500,
      depth: 0,
      overrideAccess: true,
      pagination: false,
    })
    const fresh = docs.filter((doc) => !seen.has(String(doc.id)))
    const tags = new Set<string>()
    for (const doc of fresh) {
      for (const tag of Array.isArray(doc.tags) ? doc.tags : []) if (typeof tag === 'string') tags.add(tag)
    }
    const list = [...tags]
    if (list.length > 0) {
      // Marked as seen only once expired here: a failure is tried again at the next check.
      await options.expire(list)
      options.onRemoteTags?.(list)
    }
    for (const doc of fresh) {
      seen.add(String(doc.id))
      if (doc.createdAt > since) since = doc.createdAt
    }
    if (seen.size > 5000) seen.clear()
    if (now() - lastPrune > 60_000) {
      lastPrune = now()
      await payload.delete({
        collection: CACHE_INVALIDATIONS,
        where: { createdAt: { less_than: new Date(now() - keepMs).toISOString() } },
        overrideAccess: true,
      })
    }
    return list
  }

  const timer = setInterval(() => {
    if (polling) return
    polling = poll()
      .catch((error: unknown) => {
        log(`cache sync: could not read other processes' changes (${error instanceof Error ? error.message : String(error)}); retrying`)
        return []
      })
      .finally(() => {
        polling = null
      })
  }, options.intervalMs ?? 1000)
  timer.unref?.()

  return {
    record: (tags) => {
      if (tags.length === 0) return
      void payload
        .create({ collection: CACHE_INVALIDATIONS, data: { tags, origin: me }, overrideAccess: true, depth: 0 })
        .catch((error: unknown) =>
          log(`cache sync: could not record expired tags (${error instanceof Error ? error.message : String(error)})`),
        )
    },
    poll,
    stop: () => clearInterval(timer),
  }
}

/** Expires tags in this process through its own endpoint (src/platform/cache/invalidations.ts). */
export function expireThroughSelf(selfUrl: () => string | null): (tags: string[]) => Promise<void> {
  return async (tags) => {
    const base = selfUrl()
    if (!base) throw new Error('the server is not listening yet')
    const response = await fetch(`${base}/api/${CACHE_INVALIDATIONS}/expire`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-cache-sync': processToken() },
      body: JSON.stringify({ tags }),
    })
    if (!response.ok) throw new Error(`expire answered HTTP ${response.status}`)
  }
}
