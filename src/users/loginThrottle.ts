import type { CollectionAfterLoginHook, CollectionBeforeOperationHook } from 'payload'

import { HttpError } from '../platform/http/errors'
import { consumeRateLimit, type RateLimitResult } from '../platform/rateLimit'

/**
 * Login attempts per visitor address, counted in the database, stop before the per-account lock
 * (5 failures): a stranger cannot lock an editor out. A successful login gives its slot back.
 * The address is X-Real-IP, set by the production server on every request; Local API logins
 * (server code, no visitor) have none and are not counted.
 */
const LOGIN_ATTEMPTS_PER_ADDRESS = 4
const LOGIN_WINDOW_MS = 15 * 60 * 1000

const SLOT = Symbol.for('commons-hub.login.slot')

export const throttleLoginByAddress: CollectionBeforeOperationHook = async ({ args, operation, req }) => {
  if (operation !== 'login') return args
  const address = req.headers?.get('x-real-ip')?.trim()
  if (!address) return args
  const result = await consumeRateLimit(req.payload, {
    bucket: 'login-address',
    key: address,
    limit: LOGIN_ATTEMPTS_PER_ADDRESS,
    windowMs: LOGIN_WINDOW_MS,
  })
  if (!result.allowed) {
    const minutes = Math.max(1, Math.ceil(result.retryAfterSeconds / 60))
    throw new HttpError(`Too many login attempts from your address. Try again in ${minutes} minute${minutes > 1 ? 's' : ''}.`, 429)
  }
  ;(req as unknown as Record<symbol, RateLimitResult>)[SLOT] = result
  return args
}

export const releaseLoginSlot: CollectionAfterLoginHook = async ({ req, user }) => {
  await (req as unknown as Record<symbol, RateLimitResult | undefined>)[SLOT]?.release()
  return user
}
