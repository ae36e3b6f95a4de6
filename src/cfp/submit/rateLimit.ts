/**
 * A sliding-window rate limiter kept in memory. Enough for the single app instance we run behind
 * nginx (docker-compose, README): with several instances each would count on its own, and this would
 * move to a shared store (the database or Redis).
 */
export type RateLimitOptions = { limit: number; windowMs: number }

export class RateLimiter {
  private readonly hits = new Map<string, number[]>()

  constructor(readonly options: RateLimitOptions) {}

  private recent(key: string, now: number): number[] {
    const since = now - this.options.windowMs
    const kept = (this.hits.get(key) ?? []).filter((time) => time > since)
    if (kept.length === 0) this.hits.delete(key)
    else this.hits.set(key, kept)
    return kept
  }

  /**
   * Takes one slot for `key` if one is free (synchronously, so concurrent requests cannot both take the
   * last one). Returns a release function to give the slot back, or the milliseconds until one frees up.
   */
  take(key: string, now = Date.now()): { ok: true; release: () => void } | { ok: false; retryAfterMs: number } {
    const recent = this.recent(key, now)
    if (recent.length >= this.options.limit) {
      return { ok: false, retryAfterMs: Math.max(1, recent[0]! + this.options.windowMs - now) }
    }
    recent.push(now)
    this.hits.set(key, recent)
    let released = false
    return {
      ok: true,
      release: () => {
        if (released) return
        released = true
        const list = this.hits.get(key)
        const index = list?.indexOf(now) ?? -1
        if (list && index >= 0) list.splice(index, 1)
      },
    }
  }

  /** Forgets keys with no recent hit, so the map does not grow with every address ever seen. */
  sweep(now = Date.now()): void {
    for (const key of [...this.hits.keys()]) this.recent(key, now)
  }
}

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
export function rateLimitsFromEnv(env: Record<string, string | undefined> = process.env) {
  const windowMs = positive(env['CFP_RATE_WINDOW_MS'], 10 * 60_000)
  return {
    proposals: { limit: positive(env['CFP_RATE_LIMIT'], 5), windowMs },
    attempts: { limit: positive(env['CFP_ATTEMPT_LIMIT'], 30), windowMs },
  }
}

export type CfpLimiters = { proposals: RateLimiter; attempts: RateLimiter }

export function createLimiters(env: Record<string, string | undefined> = process.env): CfpLimiters {
  const limits = rateLimitsFromEnv(env)
  return { proposals: new RateLimiter(limits.proposals), attempts: new RateLimiter(limits.attempts) }
}

// One set per server process, on globalThis: Next may load this module once per bundle layer.
const GLOBAL_KEY = Symbol.for('commons-hub.cfp.limiters')
export function sharedLimiters(): CfpLimiters {
  const holder = globalThis as unknown as Record<symbol, CfpLimiters | undefined>
  holder[GLOBAL_KEY] ??= createLimiters()
  return holder[GLOBAL_KEY]
}
