import type { Payload } from 'payload'

import { consumeRateLimit } from '../../platform/rateLimit'

/**
 * The proposal form's limits, counted in the database (src/platform/rateLimit) so they hold across
 * every app process on one database.
 */
type RateLimitOptions = { limit: number; windowMs: number }
export type Admission = { ok: true; release: () => Promise<void> } | { ok: false; retryAfterMs: number }
export type Limiter = RateLimitOptions & { bucket: string }

function positive(value: string | undefined, fallback: number): number {
  const parsed = Number(value)
  return Number.isFinite(parsed) && parsed > 0 ? parsed : fallback
}

/**
 * The limits of the proposal form, from the environment (tests and operators may change them):
 * - CFP_RATE_LIMIT proposals per address per CFP_RATE_WINDOW_MS (default 5 per 10 minutes): new proposals;
 * - CFP_ATTEMPT_LIMIT posts of any kind per address in the same window (default 30), so a bot sending
 *   invalid forms in a loop is stopped too, while a person correcting a few errors is not.
 */
function rateLimitsFromEnv(env: Record<string, string | undefined> = process.env) {
  const windowMs = positive(env['CFP_RATE_WINDOW_MS'], 10 * 60_000)
  return {
    proposals: { limit: positive(env['CFP_RATE_LIMIT'], 5), windowMs },
    attempts: { limit: positive(env['CFP_ATTEMPT_LIMIT'], 30), windowMs },
  }
}

export type CfpLimiters = { proposals: Limiter; attempts: Limiter }

export function createLimiters(env: Record<string, string | undefined> = process.env): CfpLimiters {
  const limits = rateLimitsFromEnv(env)
  return { proposals: { bucket: 'cfp-proposals', ...limits.proposals }, attempts: { bucket: 'cfp-attempts', ...limits.attempts } }
}

export function sharedLimiters(): CfpLimiters {
  return createLimiters()
}

/** Takes one slot of `limiter` for `key` (a visitor's address), or says how long until one frees up. */
export async function take(payload: Payload, limiter: Limiter, key: string): Promise<Admission> {
  const result = await consumeRateLimit(payload, { bucket: limiter.bucket, key, limit: limiter.limit, windowMs: limiter.windowMs })
  return result.allowed ? { ok: true, release: result.release } : { ok: false, retryAfterMs: result.retryAfterSeconds * 1000 }
}
