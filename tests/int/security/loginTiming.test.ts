/**
 * Issue 12 finding 5 (remaining part): a wrong password for an unknown account must take as long as for
 * a real one (Payload hashes the password only when the account exists: ~150 ms against ~10 ms told
 * which addresses have accounts), with the same status and message. Medians of interleaved tries, a
 * ratio bound (no absolute time: the machine is shared). Also checks that the dummy hash uses exactly
 * Payload's parameters, by recomputing a real stored hash with them.
 */
import crypto from 'node:crypto'

import { handleEndpoints, type Payload } from 'payload'

import { PAYLOAD_PASSWORD_HASH } from '../../../src/users/unknownAccountTiming'
import { startTestPayload, type TestPayload } from '../helpers/testPayload'

let ctx: TestPayload
let payload: Payload
const EMAIL = 'timing-editor@example.org'
const PASSWORD = 'the-right-password-42'
const TRIES = 10

beforeAll(async () => {
  ctx = await startTestPayload()
  payload = ctx.payload
  await payload.create({
    collection: 'users',
    data: { email: 'timing-admin@example.org', password: PASSWORD, role: 'admin' },
    overrideAccess: true,
  })
  await payload.create({ collection: 'users', data: { email: EMAIL, password: PASSWORD, role: 'editor' }, overrideAccess: true })
})
afterAll(async () => ctx?.close())

// No X-Real-IP: Local API-like requests are not throttled per address, so every try reaches the password check.
const login = (email: string, password: string) =>
  handleEndpoints({
    config: payload.config,
    request: new Request('http://localhost:3000/api/users/login', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email, password }),
    }),
  })

async function timed(email: string): Promise<{ ms: number; status: number; body: unknown }> {
  const started = process.hrtime.bigint()
  const response = await login(email, 'a-wrong-password')
  const ms = Number(process.hrtime.bigint() - started) / 1e6
  return { ms, status: response.status, body: await response.json() }
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b)
  return (sorted[Math.floor((sorted.length - 1) / 2)]! + sorted[Math.ceil((sorted.length - 1) / 2)]!) / 2
}

it("the dummy hash uses Payload's own parameters: they recompute a stored password hash", async () => {
  const stored = (await payload.db.findOne({ collection: 'users', where: { email: { equals: EMAIL } } })) as unknown as {
    hash: string
    salt: string
  }
  expect(stored.hash.startsWith(PAYLOAD_PASSWORD_HASH.prefix)).toBe(true)
  const { iterations, keyLength, digest, prefix } = PAYLOAD_PASSWORD_HASH
  const recomputed = crypto.pbkdf2Sync(PASSWORD, stored.salt, iterations, keyLength, digest).toString('hex')
  expect(`${prefix}${recomputed}`).toBe(stored.hash)
})

it('an unknown account answers like a wrong password, in about the same time', async () => {
  const known: number[] = []
  const unknown: number[] = []
  let reference: { status: number; body: unknown } | undefined
  for (let i = 0; i < TRIES; i++) {
    // The account would lock after 5 failures (a locked account answers before hashing): unlocked between tries, untimed.
    await payload.unlock({ collection: 'users', data: { email: EMAIL } as never, overrideAccess: true })
    const wrong = await timed(EMAIL)
    const nobody = await timed(`nobody-${i}@example.org`)
    known.push(wrong.ms)
    unknown.push(nobody.ms)
    reference ??= { status: wrong.status, body: wrong.body }
    expect({ status: wrong.status, body: wrong.body }).toEqual(reference)
    expect({ status: nobody.status, body: nobody.body }).toEqual(reference)
  }
  expect(reference!.status).toBe(401)
  const ratio = median(unknown) / median(known)
  // Before the fix the ratio was ~0.1 (no hashing for unknown accounts).
  expect(ratio).toBeGreaterThan(0.6)
  expect(ratio).toBeLessThan(1.7)
})
