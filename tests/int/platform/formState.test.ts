/**
 * Issue 16 item 5: a form's kept state (errors and what was typed, for the page a browser without
 * JavaScript is redirected to) lives in the database, so the redirect may land on another app process.
 * Two Payload instances on one database stand for two processes; nothing is read from process memory.
 */
import type { Payload } from 'payload'

import { restoreTarget } from '../../../src/backup/schema'
import { keepFormState, readFormState } from '../../../src/platform/formState'
import { FORM_STATES } from '../../../src/platform/formState/collection'
import { factories } from '../helpers/factories'
import { gql, rest } from '../helpers/http'
import { startSecondProcess } from '../helpers/extraPayload'
import { startTestPayload, type TestPayload } from '../helpers/testPayload'

let ctx: TestPayload
let payload: Payload
let second: Payload

const COLLECTION = FORM_STATES as never
const TTL = 15 * 60_000
const rows = async () => (await payload.count({ collection: COLLECTION, overrideAccess: true })).totalDocs
const sample = (n: number) => ({ errors: { title: { code: 'required' } }, values: { title: `Sample typed title ${n}` } })

beforeAll(async () => {
  ctx = await startTestPayload()
  payload = ctx.payload
  // A second "process": its own adapter and connection on the same database.
  second = await startSecondProcess()
})

afterAll(async () => {
  await second?.db.destroy?.()
  await ctx?.close()
})

it('keeps a state under a random URL-safe key and reads it back, again on a reload', async () => {
  const key = await keepFormState(payload, { state: sample(1), ttlMs: TTL })
  expect(key).toMatch(/^[A-Za-z0-9_-]{24}$/)
  expect(await readFormState(payload, key)).toEqual(sample(1))
  expect(await readFormState(payload, key)).toEqual(sample(1))
  expect(await keepFormState(payload, { state: sample(1), ttlMs: TTL })).not.toBe(key)
})

it('is read by another process on the same database (not kept in memory)', async () => {
  const key = await keepFormState(payload, { owner: 'speaker:7:sam@example.org', state: sample(2), ttlMs: TTL })
  expect(await readFormState(second, key, 'speaker:7:sam@example.org')).toEqual(sample(2))
  const back = await keepFormState(second, { state: sample(3), ttlMs: TTL })
  expect(await readFormState(payload, back)).toEqual(sample(3))
  // The database is the only copy: its row removed (by the other process), nobody reads it any more.
  await second.db.deleteMany({ collection: COLLECTION, where: { key: { equals: back } } })
  expect(await readFormState(payload, back)).toBeNull()
})

it('shows a state bound to an owner to that owner only', async () => {
  const key = await keepFormState(payload, { owner: '12:alice@example.org', state: sample(4), ttlMs: TTL })
  expect(await readFormState(payload, key, '12:alice@example.org')).toEqual(sample(4))
  expect(await readFormState(payload, key, '12:bob@example.org')).toBeNull()
  expect(await readFormState(payload, key)).toBeNull()
  // And a state kept for anyone holding the key is not shown where an owner is expected.
  const open = await keepFormState(payload, { state: sample(5), ttlMs: TTL })
  expect(await readFormState(payload, open, '12:alice@example.org')).toBeNull()
})

it('shows nothing once expired, nor for a key of the wrong shape or unknown', async () => {
  const now = Date.now()
  const key = await keepFormState(payload, { state: sample(6), ttlMs: TTL, now })
  expect(await readFormState(payload, key, undefined, now + TTL - 1)).toEqual(sample(6))
  expect(await readFormState(payload, key, undefined, now + TTL)).toBeNull()
  for (const bad of [undefined, null, 42, '', 'short', 'a'.repeat(65), 'with space here', "x' OR '1'='1", `${key}/`]) {
    expect(await readFormState(payload, bad)).toBeNull()
  }
  expect(await readFormState(payload, 'AAAAAAAAAAAAAAAAAAAAAAAA')).toBeNull()
})

it('deletes expired rows when a state is kept, and keeps at most the cap (those closest to expiry go first)', async () => {
  await payload.delete({ collection: COLLECTION, where: { id: { exists: true } }, overrideAccess: true })
  const now = Date.now()
  await keepFormState(payload, { state: sample(7), ttlMs: 1_000, now: now - 5_000 })
  await keepFormState(payload, { state: sample(8), ttlMs: 1_000, now: now - 5_000 })
  expect(await rows()).toBe(2)
  await keepFormState(payload, { state: sample(9), ttlMs: TTL, now })
  expect(await rows()).toBe(1)

  const keys: string[] = []
  for (let n = 0; n < 8; n++) keys.push(await keepFormState(payload, { state: sample(10 + n), ttlMs: TTL, now: now + n, maxRows: 5 }))
  expect(await rows()).toBe(5)
  const readable = await Promise.all(keys.map((key) => readFormState(payload, key, undefined, now + 10)))
  expect(readable.map((state) => state !== null)).toEqual([false, false, false, true, true, true, true, true])
})

it('is closed to REST and GraphQL for the public and an admin, and to the Local API without overrideAccess', async () => {
  const key = await keepFormState(payload, { state: sample(20), ttlMs: TTL })
  const make = factories(payload)
  const admin = await make.user('admin')
  const token = await make.token(admin)
  for (const as of [undefined, token]) {
    const list = await rest(payload, 'GET', '/form-states', { token: as })
    const text = await list.text()
    expect(list.status).toBe(403)
    expect(text).not.toContain(key)
    const created = await rest(payload, 'POST', '/form-states', { token: as, body: { key: 'A'.repeat(24), state: {}, expiresAt: 1 } })
    expect(created.status).toBe(403)
    const answer = await gql(payload, '{ FormStates { docs { key state } } }', { token: as })
    expect(answer.errors?.length).toBeGreaterThan(0)
    expect(JSON.stringify(answer.data ?? null)).not.toContain(key)
  }
  await expect(payload.find({ collection: COLLECTION, overrideAccess: false })).rejects.toThrow()
  expect(await readFormState(payload, key)).toEqual(sample(20))
})

it('is left out of backups (minutes-long bookkeeping, not content)', () => {
  expect(restoreTarget(payload).collections).not.toContain(FORM_STATES)
})
