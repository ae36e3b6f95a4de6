import path from 'node:path'

import { Publisher, type FetchedPage } from './publisher'

/**
 * The production server's publisher, shared through one global slot: the Payload hooks (inside Next's
 * bundle) schedule the pages a change affects, and the server (src/server/main.mjs, outside the bundle)
 * tells it when it listens and when a write's response has been sent (the write is committed then, so
 * the pages render the new content). Nothing is installed without PUBLISH_DIR: development, tests and
 * scripts publish nothing.
 */
const SLOT = Symbol.for('commons-hub.publisher')

export type PublisherSlot = {
  publisher: Publisher
  schedule: (tags: Iterable<string>) => void
  flush: () => Promise<void>
  serverReady: (address: { port: number; host?: string }) => Promise<void>
}

function slot(): PublisherSlot | undefined {
  return (globalThis as { [SLOT]?: PublisherSlot })[SLOT]
}

/** Called where cache tags expire (src/lib/revalidate.ts). */
export function schedulePublish(tags: Iterable<string>): void {
  slot()?.schedule(tags)
}

/** The loopback address the publisher requests pages from, given where the server listens. */
export function selfUrl(port: number, host?: string): string {
  const wildcard = !host || host === '0.0.0.0' || host === '::'
  const name = wildcard ? '127.0.0.1' : host.includes(':') ? `[${host}]` : host
  return `http://${name}:${port}`
}

export async function fetchFrom(base: string, urlPath: string): Promise<FetchedPage> {
  const response = await fetch(`${base}${urlPath}`, {
    redirect: 'manual',
    headers: { 'user-agent': 'commons-hub-publisher' },
    signal: AbortSignal.timeout(60_000),
  })
  return { status: response.status, headers: response.headers, body: Buffer.from(await response.arrayBuffer()) }
}

/** Installs the publisher when PUBLISH_DIR is set (src/instrumentation.ts, production server only). */
export function installPublisher(env: NodeJS.ProcessEnv = process.env): PublisherSlot | null {
  if (!env.PUBLISH_DIR) return null
  const existing = slot()
  if (existing) return existing
  let base: string | null = null
  const publisher = new Publisher({
    dir: path.resolve(env.PUBLISH_DIR),
    fetchPage: (urlPath) => {
      if (!base) return Promise.reject(new Error('the server is not listening yet'))
      return fetchFrom(base, urlPath)
    },
  })
  const installed: PublisherSlot = {
    publisher,
    schedule: (tags) => publisher.schedule(tags),
    flush: () => publisher.flush(),
    serverReady: async ({ port, host }) => {
      base = selfUrl(port, host)
      if (await publisher.isEmpty()) {
        console.log(`> Publishing every public page into ${publisher.dir} (the folder is empty)`)
        publisher.scheduleFull()
        return
      }
      await publisher.flush()
    },
  }
  ;(globalThis as { [SLOT]?: PublisherSlot })[SLOT] = installed
  return installed
}
