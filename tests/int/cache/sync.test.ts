import type { Payload } from 'payload'

import { CACHE_INVALIDATIONS } from '../../../src/platform/cache/invalidations'
import { createCacheSync, type CacheSync } from '../../../src/platform/cache/sync'
import { startTestPayload, type TestPayload } from '../helpers/testPayload'

/**
 * Two app processes on one database, played by two syncs with their own names on one Payload: what one
 * expires, the other expires too (through the database), once, and never its own.
 */
let test: TestPayload
let payload: Payload
const syncs: CacheSync[] = []

beforeAll(async () => {
  test = await startTestPayload()
  payload = test.payload
}, 120_000)

afterAll(async () => {
  for (const sync of syncs) sync.stop()
  await test?.close()
})

function processNamed(origin: string, expired: string[][], options: { fail?: () => boolean; now?: () => number } = {}) {
  const sync = createCacheSync({
    payload,
    origin,
    intervalMs: 3_600_000,
    log: () => {},
    now: options.now,
    expire: async (tags) => {
      if (options.fail?.()) throw new Error('server not listening')
      expired.push(tags)
    },
  })
  syncs.push(sync)
  return sync
}

async function settle() {
  // record() writes in the background.
  for (let i = 0; i < 50; i++) {
    const { totalDocs } = await payload.count({ collection: CACHE_INVALIDATIONS, overrideAccess: true })
    if (totalDocs > 0) return
    await new Promise((resolve) => setTimeout(resolve, 20))
  }
}

describe('cache expiry across processes', () => {
  beforeEach(async () => {
    await payload.delete({ collection: CACHE_INVALIDATIONS, where: { id: { exists: true } }, overrideAccess: true })
  })

  it('expires in the other process what one process expired, once', async () => {
    const seenByA: string[][] = []
    const seenByB: string[][] = []
    const a = processNamed('process-a', seenByA)
    const b = processNamed('process-b', seenByB)
    a.record(['edition:2026', 'site-settings'])
    await settle()
    expect(await b.poll()).toEqual(['edition:2026', 'site-settings'])
    expect(seenByB).toEqual([['edition:2026', 'site-settings']])
    expect(await a.poll()).toEqual([])
    expect(seenByA).toEqual([])
    expect(await b.poll()).toEqual([])
    expect(seenByB).toHaveLength(1)
  })

  it('tries again at the next check when expiring failed', async () => {
    const seen: string[][] = []
    let failing = true
    const a = processNamed('process-a2', [])
    const b = processNamed('process-b2', seen, { fail: () => failing })
    a.record(['programme:2026'])
    await settle()
    await expect(b.poll()).rejects.toThrow(/not listening/)
    failing = false
    expect(await b.poll()).toEqual(['programme:2026'])
    expect(seen).toEqual([['programme:2026']])
  })

  it('deletes rows every process has long read', async () => {
    let clock = Date.now()
    const a = processNamed('process-a3', [])
    const b = processNamed('process-b3', [], { now: () => clock })
    a.record(['perspectives'])
    await settle()
    clock += 11 * 60_000
    await b.poll()
    expect((await payload.count({ collection: CACHE_INVALIDATIONS, overrideAccess: true })).totalDocs).toBe(0)
  })

  it('is closed to the API', async () => {
    await expect(payload.find({ collection: CACHE_INVALIDATIONS, overrideAccess: false })).rejects.toThrow()
  })
})

describe('the loopback expiry endpoint', () => {
  it('answers only its own process (the token it holds in memory)', async () => {
    const { CacheInvalidations } = await import('../../../src/platform/cache/invalidations')
    const { processToken } = await import('../../../src/platform/cache/processToken')
    const expire = CacheInvalidations.endpoints ? CacheInvalidations.endpoints.find((e) => e.path === '/expire') : undefined
    expect(expire).toBeDefined()
    const call = (headers: Record<string, string>) =>
      expire!.handler({
        headers: new Headers(headers),
        json: async () => ({ tags: ['perspectives'] }),
        payload,
      } as never) as Promise<Response>
    const stranger = await call({ 'x-cache-sync': 'guessed' })
    expect(stranger.status).toBe(403)
    expect(await stranger.json()).toEqual({ errors: [{ message: 'Not for you.' }] })
    expect((await call({})).status).toBe(403)
    // Its own token passes the check; revalidateTag then needs a Next.js request, which jest has not.
    await expect(call({ 'x-cache-sync': processToken() })).rejects.toThrow(/static generation store|outside a request|revalidateTag/i)
  })
})
