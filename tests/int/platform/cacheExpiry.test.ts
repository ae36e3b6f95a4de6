/**
 * Where cache expiry runs (src/platform/cache/expire.ts, src/platform/db/afterCommit.ts): inside a
 * Next.js request only, and after the change's transaction commits. Next's request store is the real
 * one (workAsyncStorage), filled with what revalidateTag reads; the tags it records are the ones the
 * server would expire when the request ends.
 */
import { workAsyncStorage } from 'next/dist/server/app-render/work-async-storage.external'
import type { Payload } from 'payload'

import { beginMaintenanceTransaction } from '../../../src/platform/db/databaseAdapter'
import { cacheTags } from '../../../src/platform/cache/cacheTags'
import { expireTagsFor, hasNextRequestStore } from '../../../src/platform/cache/expire'
import { withTestPayload } from '../helpers/testPayload'

type PendingTag = { tag: string; profile?: unknown }
type FakeStore = { page: string; route: string; incrementalCache: object; cacheLifeProfiles: object; pendingRevalidatedTags?: PendingTag[] }

let payload: Payload
withTestPayload((started) => (payload = started))

function requestStore(): FakeStore {
  return { page: '/api/[...slug]/route', route: '/api/[...slug]', incrementalCache: {}, cacheLifeProfiles: {} }
}
const inRequest = <T>(store: FakeStore, run: () => Promise<T>): Promise<T> => workAsyncStorage.run(store as never, run)
const expired = (store: FakeStore) => (store.pendingRevalidatedTags ?? []).map((entry) => entry.tag).sort()

describe('cache expiry', () => {
  it('outside a Next request there is nothing to expire: hooks skip, explicitly, and the save succeeds', async () => {
    expect(hasNextRequestStore()).toBe(false)
    expect(await expireTagsFor({ context: {} }, ['perspectives'])).toBe('no-request')
    const doc = await payload.create({
      collection: 'perspectives',
      data: { title: 'Sample perspective outside a request', _status: 'published' } as never,
      overrideAccess: true,
    })
    expect(doc.id).toBeDefined()
  })

  it('a save with context.disableRevalidate expires nothing, even inside a request', async () => {
    const store = requestStore()
    expect(await inRequest(store, () => expireTagsFor({ context: { disableRevalidate: true } }, ['perspectives']))).toBe('disabled')
    expect(expired(store)).toEqual([])
  })

  it('inside a request without a transaction (SQLite), a save through the hooks expires its tags at once, with expire 0', async () => {
    const store = requestStore()
    await inRequest(store, () =>
      payload.create({
        collection: 'perspectives',
        data: { title: 'Sample perspective in a request', slug: 'sample-perspective-in-a-request', _status: 'published' } as never,
        overrideAccess: true,
      }),
    )
    expect(expired(store)).toEqual(
      [cacheTags.perspectives(), cacheTags.perspective('sample-perspective-in-a-request'), cacheTags.siteSettings()].sort(),
    )
    expect(store.pendingRevalidatedTags?.[0]?.profile).toEqual({ expire: 0 })
  })

  it('inside a transaction, tags expire only once it commits', async () => {
    const transactionID = await beginMaintenanceTransaction(payload)
    expect(transactionID).not.toBeNull()
    const store = requestStore()
    await inRequest(store, async () => {
      expect(await expireTagsFor({ context: {}, transactionID: transactionID! }, ['edition:2042'])).toBe('after-commit')
      expect(expired(store)).toEqual([])
      await payload.db.commitTransaction(transactionID!)
    })
    expect(expired(store)).toEqual(['edition:2042'])
  })

  it('a rolled-back transaction expires nothing, and its tags do not leak into the next commit', async () => {
    const store = requestStore()
    const first = await beginMaintenanceTransaction(payload)
    await inRequest(store, async () => {
      await expireTagsFor({ context: {}, transactionID: first! }, ['edition:2043'])
      await payload.db.rollbackTransaction(first!)
    })
    const second = await beginMaintenanceTransaction(payload)
    await inRequest(store, async () => {
      await expireTagsFor({ context: {}, transactionID: second! }, ['edition:2044'])
      await payload.db.commitTransaction(second!)
    })
    expect(expired(store)).toEqual(['edition:2044'])
  })
})
