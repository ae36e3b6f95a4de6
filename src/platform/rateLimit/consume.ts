import type { Payload } from 'payload'

import { RATE_LIMIT_HITS } from './collection'

export type RateLimitRule = { bucket: string; key: string; limit: number; windowMs: number }
export type RateLimitResult = {
  allowed: boolean
  retryAfterSeconds: number
  /** Gives an allowed request's slot back (e.g. the work it was counted for turned out a duplicate). */
  release: () => Promise<void>
}

const COLLECTION = RATE_LIMIT_HITS as never
const noop = async () => {}
// How often a call also deletes every expired row (of any bucket), so the table does not grow.
const SWEEP_EVERY = 50

/**
 * A sliding-window limit with its counts in the database. Each request adds its row first and then
 * counts the rows of its window: it is allowed when that count is within the limit, otherwise its row
 * is removed. Two processes racing for the last slot may both be refused, never both allowed: the
 * later of two allowed requests always counts the earlier one's row.
 */
export async function consumeRateLimit(payload: Payload, rule: RateLimitRule, now = Date.now()): Promise<RateLimitResult> {
  const { bucket, key, limit, windowMs } = rule
  const context = { disableRevalidate: true }
  const hit = await payload.create({
    collection: COLLECTION,
    data: { bucket, key, at: now, expiresAt: now + windowMs } as never,
    overrideAccess: true,
    depth: 0,
    context,
  })
  const inWindow = { and: [{ bucket: { equals: bucket } }, { key: { equals: key } }, { expiresAt: { greater_than: now } }] }
  const { totalDocs } = await payload.count({ collection: COLLECTION, where: inWindow as never, overrideAccess: true })
  const remove = async () => {
    await payload
      .delete({ collection: COLLECTION, id: (hit as { id: number | string }).id, overrideAccess: true, context })
      .catch(() => undefined)
  }
  if (Math.random() * SWEEP_EVERY < 1) {
    await payload
      .delete({ collection: COLLECTION, where: { expiresAt: { less_than_equal: now } } as never, overrideAccess: true, context })
      .catch(() => undefined)
  }
  if (totalDocs <= limit) {
    let released = false
    return {
      allowed: true,
      retryAfterSeconds: 0,
      release: async () => {
        if (released) return
        released = true
        await remove()
      },
    }
  }
  await remove()
  // The window frees a slot when its oldest counted request expires.
  const { docs } = await payload.find({
    collection: COLLECTION,
    where: inWindow as never,
    sort: 'expiresAt',
    limit: 1,
    depth: 0,
    overrideAccess: true,
    pagination: false,
  })
  const oldest = (docs[0] as { expiresAt?: number } | undefined)?.expiresAt ?? now + windowMs
  return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil((oldest - now) / 1000)), release: noop }
}
