import type { Payload } from 'payload'

import { RateLimiter } from '../../cfp/rateLimit'

/**
 * What the speaker space needs from the shared platform, with the signatures of its contracts
 * (src/platform/rateLimit `consumeRateLimit`, src/platform/email `enqueueEmail`, built on branch
 * `harden`). INTERIM until that branch is merged: the limiter counts in this process's memory and the
 * email is handed to Payload's adapter directly. At merge these two functions become re-exports of the
 * platform's, and nothing else in src/speakers changes.
 */
export type RateLimitRequest = { bucket: string; key: string; limit: number; windowMs: number }
export type RateLimitAnswer = { allowed: boolean; retryAfterSeconds: number }

const LIMITERS = Symbol.for('commons-hub.speakers.limiters')

export async function consumeRateLimit(_payload: Payload, request: RateLimitRequest): Promise<RateLimitAnswer> {
  const holder = globalThis as unknown as Record<symbol, Map<string, RateLimiter> | undefined>
  const limiters = (holder[LIMITERS] ??= new Map())
  const name = `${request.bucket}:${request.limit}:${request.windowMs}`
  let limiter = limiters.get(name)
  if (!limiter) limiters.set(name, (limiter = new RateLimiter({ limit: request.limit, windowMs: request.windowMs })))
  const taken = limiter.take(request.key)
  return taken.ok ? { allowed: true, retryAfterSeconds: 0 } : { allowed: false, retryAfterSeconds: Math.ceil(taken.retryAfterMs / 1000) }
}

export type OutgoingEmail = { to: string; subject: string; text: string; html?: string; replyTo?: string }

export async function enqueueEmail(payload: Payload, message: OutgoingEmail): Promise<void> {
  const address = process.env.EMAIL_FROM || 'no-reply@commons-ai.local'
  const name = process.env.EMAIL_FROM_NAME || 'Commons AI'
  // Not awaited by the caller's answer: the queue will make this an insert; until then a slow mail
  // server must not make "known address" answers slower than unknown ones.
  void payload
    .sendEmail({ from: `${name} <${address}>`, ...message })
    .catch((error: unknown) => payload.logger.error({ msg: `speakers: an email to ${message.to} failed: ${String(error)}` }))
}
