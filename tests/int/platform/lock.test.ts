/**
 * Database locks (src/platform/locks): one holder per key whatever the process, a held lock makes
 * others wait, an expired one (its holder died) is taken over; the proposal's accept action uses one.
 */
import type { Payload } from 'payload'

import { LockBusyError, withLock } from '../../../src/platform/locks/lock'
import { withTestPayload } from '../helpers/testPayload'

let payload: Payload
withTestPayload((started) => (payload = started))

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))
const locks = async () => (await payload.find({ collection: 'locks', overrideAccess: true, depth: 0 })).docs

it('runs one holder at a time per key and releases the lock afterwards', async () => {
  const events: string[] = []
  const holder = (name: string) =>
    withLock(payload, 'sample-key', async () => {
      events.push(`${name} in`)
      await pause(150)
      events.push(`${name} out`)
      return name
    })
  expect(await Promise.all([holder('a'), holder('b')])).toEqual(['a', 'b'])
  expect(events).toEqual(['a in', 'a out', 'b in', 'b out'])
  expect(await locks()).toEqual([])
})

it('a lock held elsewhere (a row in the database) makes the caller wait, then give up with LockBusyError', async () => {
  const held = await payload.create({
    collection: 'locks',
    data: { key: 'held-elsewhere', expiresAt: new Date(Date.now() + 60_000).toISOString() },
    overrideAccess: true,
  })
  let ran = false
  await expect(withLock(payload, 'held-elsewhere', async () => void (ran = true), { waitMs: 300 })).rejects.toBeInstanceOf(LockBusyError)
  expect(ran).toBe(false)
  await payload.delete({ collection: 'locks', id: held.id, overrideAccess: true })
  expect(await withLock(payload, 'held-elsewhere', async () => 'now')).toBe('now')
})

it('takes over a lock whose holder died (expired)', async () => {
  await payload.create({
    collection: 'locks',
    data: { key: 'abandoned', expiresAt: new Date(Date.now() - 1_000).toISOString() },
    overrideAccess: true,
  })
  expect(await withLock(payload, 'abandoned', async () => 'taken over', { waitMs: 2_000 })).toBe('taken over')
  expect(await locks()).toEqual([])
})

it('nobody reads or writes locks through the API', async () => {
  await expect(payload.find({ collection: 'locks', overrideAccess: false })).rejects.toMatchObject({ status: 403 })
})
