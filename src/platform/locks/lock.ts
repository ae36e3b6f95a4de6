import { ValidationError, type Payload } from 'payload'
import { HttpError } from '../http/errors'

/** A 409 for the caller: someone else holds the lock. */
export class LockBusyError extends HttpError {
  constructor(readonly key: string) {
    super(`Another request is doing the same thing (${key}); try again in a moment.`, 409)
    this.name = 'LockBusyError'
  }
}

type LockOptions = {
  /** How long the lock holds if its holder dies without releasing it. */
  ttlMs?: number
  /** How long to wait for a held lock before giving up with LockBusyError. */
  waitMs?: number
}

function isTaken(error: unknown): boolean {
  return error instanceof ValidationError && error.data.errors.some((entry) => entry.path === 'key')
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/**
 * Runs `work` while holding the lock `key`: an insert into `locks`, whose unique index lets one
 * caller in, whichever process it runs in (SQLite and MongoDB alike). Others wait for it to be
 * released (or to expire, when its holder died) up to `waitMs`. Lock writes use no request
 * transaction: others must see them at once.
 */
export async function withLock<T>(payload: Payload, key: string, work: () => Promise<T>, options: LockOptions = {}): Promise<T> {
  const ttlMs = options.ttlMs ?? 60_000
  const deadline = Date.now() + (options.waitMs ?? 30_000)
  let id: number | string
  for (let wait = 50; ; wait = Math.min(wait * 2, 500)) {
    try {
      const doc = await payload.create({
        collection: 'locks',
        data: { key, expiresAt: new Date(Date.now() + ttlMs).toISOString() },
        depth: 0,
        overrideAccess: true,
      })
      id = doc.id
      break
    } catch (error) {
      if (!isTaken(error)) throw error
      // A holder that died leaves an expired row: remove it (only if it is still expired) and retry.
      await payload.delete({
        collection: 'locks',
        where: { and: [{ key: { equals: key } }, { expiresAt: { less_than: new Date().toISOString() } }] },
        overrideAccess: true,
      })
      if (Date.now() >= deadline) throw new LockBusyError(key)
      await pause(wait)
    }
  }
  try {
    return await work()
  } finally {
    await payload.delete({ collection: 'locks', id, overrideAccess: true }).catch(() => undefined)
  }
}
