import path from 'node:path'

import type { Payload } from 'payload'

import { fetchFrom, selfUrl } from '../publish/http'
import { Publisher } from '../publish/publisher'
import { createCacheSync, expireThroughSelf, type CacheSync } from './sync'

/**
 * What the production server does when public content changes, shared through one global slot: the
 * Payload hooks (inside Next's bundle) report expired cache tags (`contentChanged`), and the server
 * (src/platform/server/main.ts, outside the bundle) says when it listens and when a write's response has been
 * sent (the write is committed then). Installed by src/instrumentation.ts in the production server only:
 * development, tests and scripts do none of this.
 *  - the publisher (PUBLISH_DIR set) writes the affected pages' files (src/platform/publish);
 *  - the cache sync records the tags for the other app processes and expires theirs here (./sync.ts).
 */
const SLOT = Symbol.for('commons-hub.publisher')
/** Where the server listens, set by src/platform/server/main.ts once it does (before or after the install). */
const ADDRESS = Symbol.for('commons-hub.server-address')

export type ServerHooks = {
  publisher: Publisher | null
  sync: CacheSync
  schedule: (tags: Iterable<string>) => void
  flush: () => Promise<void>
  serverReady: (address: { port: number; host?: string }) => Promise<void>
}

function slot(): ServerHooks | undefined {
  return (globalThis as { [SLOT]?: ServerHooks })[SLOT]
}

/** Called where cache tags expire (./expire.ts). */
export function contentChanged(tags: Iterable<string>): void {
  slot()?.schedule(tags)
}

export function installServerHooks(payload: Payload, env: NodeJS.ProcessEnv = process.env): ServerHooks {
  const existing = slot()
  if (existing) return existing
  let base: string | null = null
  const publisher = env.PUBLISH_DIR
    ? new Publisher({
        dir: path.resolve(env.PUBLISH_DIR),
        fetchPage: (urlPath) => (base ? fetchFrom(base, urlPath) : Promise.reject(new Error('the server is not listening yet'))),
      })
    : null
  const sync = createCacheSync({
    payload,
    expire: expireThroughSelf(() => base),
    intervalMs: Number(env.CACHE_SYNC_MS ?? 1000),
    onRemoteTags: (tags) => {
      publisher?.schedule(tags)
      void publisher?.flush()
    },
  })
  const hooks: ServerHooks = {
    publisher,
    sync,
    schedule: (tags) => {
      const list = [...tags]
      publisher?.schedule(list)
      sync.record(list)
    },
    flush: () => publisher?.flush() ?? Promise.resolve(),
    serverReady: async ({ port, host }) => {
      base = selfUrl(port, host)
      if (!publisher) return
      if (await publisher.isEmpty()) {
        console.log(`> Publishing every public page into ${publisher.dir} (the folder is empty)`)
        publisher.scheduleFull()
        return
      }
      await publisher.flush()
    },
  }
  ;(globalThis as { [SLOT]?: ServerHooks })[SLOT] = hooks
  // Next runs the instrumentation alongside the server's start: it may already listen.
  const address = (globalThis as { [ADDRESS]?: { port: number; host?: string } })[ADDRESS]
  if (address) void hooks.serverReady(address)
  return hooks
}
