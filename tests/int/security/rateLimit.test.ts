/**
 * Issue 12 finding 3 (second half): the proposal form's limits hold across several app processes on
 * one database. Two independent Payload instances open the same database, as two app processes would;
 * before the counters moved to the database each process counted alone (in memory).
 */
import type { Payload } from 'payload'

import { createLimiters, take } from '../../../src/cfp/submit/rateLimit'
import { consumeRateLimit } from '../../../src/platform/rateLimit'
import { startSecondProcess } from '../helpers/extraPayload'
import { startTestPayload, type TestPayload } from '../helpers/testPayload'

let ctx: TestPayload
let first: Payload
let second: Payload

beforeAll(async () => {
  ctx = await startTestPayload()
  first = ctx.payload
  // A second "process": its own adapter and connection on the same database.
  second = await startSecondProcess()
})

afterAll(async () => {
  await second?.db.destroy?.()
  await ctx?.close()
})

it('counts the requests of every process on the database against one limit', async () => {
  const limiters = createLimiters({ CFP_RATE_LIMIT: '3', CFP_RATE_WINDOW_MS: '600000' })
  const address = '203.0.113.50'
  const answers = []
  for (const payload of [first, second, first, second, first, second]) answers.push((await take(payload, limiters.proposals, address)).ok)
  expect(answers).toEqual([true, true, true, false, false, false])
  expect((await take(second, limiters.proposals, '203.0.113.51')).ok).toBe(true)
})

it('allows at most the limit when both processes race for it', async () => {
  const rule = { bucket: 'sample-race', key: '203.0.113.60', limit: 4, windowMs: 600_000 }
  const results = await Promise.all(Array.from({ length: 12 }, (_, i) => consumeRateLimit(i % 2 ? first : second, rule)))
  // Racing requests may all be refused (each counts the others' rows), never more than the limit allowed.
  const allowed = results.filter((result) => result.allowed).length
  expect(allowed).toBeLessThanOrEqual(4)
  const refused = results.find((result) => !result.allowed)!
  expect(refused.retryAfterSeconds).toBeGreaterThan(500)
  // Refused requests hold no slot: the rest of the limit is still there, and no more.
  const after = []
  for (let i = 0; i < 6; i++) after.push((await consumeRateLimit(i % 2 ? first : second, rule)).allowed)
  expect(after.filter(Boolean).length).toBe(4 - allowed)
})

it('frees a slot when the window has passed, and when an allowed request gives it back', async () => {
  const rule = { bucket: 'sample-window', key: 'k', limit: 1, windowMs: 1000 }
  const start = Date.now()
  expect((await consumeRateLimit(first, rule, start)).allowed).toBe(true)
  expect((await consumeRateLimit(second, rule, start + 10)).allowed).toBe(false)
  expect((await consumeRateLimit(second, rule, start + 1001)).allowed).toBe(true)
  const held = await consumeRateLimit(first, { ...rule, key: 'k2' }, start)
  await held.release()
  expect((await consumeRateLimit(second, { ...rule, key: 'k2' }, start + 1)).allowed).toBe(true)
})
