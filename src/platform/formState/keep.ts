import crypto from 'node:crypto'

import type { Payload, Where } from 'payload'

import { FORM_STATES } from './collection'

const COLLECTION = FORM_STATES as never
/**
 * The most rows kept at once, every form together: past it the rows closest to expiry go first, so a
 * flood of invalid posts cannot grow the table without bound (each form's own rate limit slows it too).
 */
const MAX_FORM_STATES = 5_000
const KEY_FORMAT = /^[A-Za-z0-9_-]{10,64}$/
const context = { disableRevalidate: true }

type Row = { id: number | string; owner?: string | null; state: unknown; expiresAt: number }

/** Keeps a form's state for `ttlMs` under a new random key (144 bits, URL-safe) and returns the key. */
export async function keepFormState(
  payload: Payload,
  {
    owner,
    state,
    ttlMs,
    now = Date.now(),
    maxRows = MAX_FORM_STATES,
  }: { owner?: string; state: unknown; ttlMs: number; now?: number; maxRows?: number },
): Promise<string> {
  await purge(payload, now, maxRows)
  const key = crypto.randomBytes(18).toString('base64url')
  await payload.create({
    collection: COLLECTION,
    data: { key, owner: owner ?? null, state, expiresAt: now + ttlMs } as never,
    overrideAccess: true,
    depth: 0,
    context,
  })
  return key
}

/** The state kept under `key` while it lasts, for the same owner as when it was kept; else null. */
export async function readFormState<T>(payload: Payload, key: unknown, owner?: string, now = Date.now()): Promise<T | null> {
  if (typeof key !== 'string' || !KEY_FORMAT.test(key)) return null
  const { docs } = await payload.find({
    collection: COLLECTION,
    where: { key: { equals: key } },
    limit: 1,
    depth: 0,
    overrideAccess: true,
    pagination: false,
  })
  const row = docs[0] as Row | undefined
  if (!row || row.expiresAt <= now || (row.owner ?? null) !== (owner ?? null)) return null
  return row.state as T
}

/** Deletes the expired rows, then the ones closest to expiry past the cap (room for the one about to be kept). */
async function purge(payload: Payload, now: number, maxRows: number): Promise<void> {
  const expired: Where = { expiresAt: { less_than_equal: now } }
  await payload.db.deleteMany({ collection: COLLECTION, where: expired })
  const { totalDocs } = await payload.db.count({ collection: COLLECTION, where: {} })
  const over = totalDocs - maxRows + 1
  if (over <= 0) return
  const { docs } = await payload.find({
    collection: COLLECTION,
    sort: 'expiresAt',
    limit: over,
    depth: 0,
    overrideAccess: true,
    select: { expiresAt: true } as never,
  })
  const ids = docs.map((doc) => (doc as Row).id)
  if (ids.length > 0) await payload.db.deleteMany({ collection: COLLECTION, where: { id: { in: ids } } })
}
