import { workAsyncStorage } from 'next/dist/server/app-render/work-async-storage.external'
import { revalidateTag } from 'next/cache'
import type { PayloadRequest } from 'payload'

import { afterCommit } from '../db/afterCommit'
import { contentChanged } from './changes'

/**
 * Where cache expiry runs: only inside a Next.js request (the admin, REST and GraphQL routes of the
 * app server), because the render cache lives in that server process. Everywhere else (seed,
 * migrations, CLI scripts, jobs run outside a request, jest) there is no cache to expire, and the
 * hooks say so by skipping; a save made there shows once the cached page's tags expire otherwise.
 * A save with `context.disableRevalidate` (seed, bulk import) skips too.
 */
export function hasNextRequestStore(): boolean {
  return Boolean(workAsyncStorage.getStore()?.incrementalCache)
}

export type ExpiryOutcome = 'disabled' | 'no-request' | 'now' | 'after-commit'

/**
 * Expire cache tags for a change made through `req`, after its transaction commits (MongoDB) or now
 * (SQLite, which runs requests without one). Errors from Next are real errors here: they propagate.
 */
export async function expireTagsFor(
  req: Pick<PayloadRequest, 'context' | 'transactionID'>,
  tags: Iterable<string>,
): Promise<ExpiryOutcome> {
  if (req.context?.disableRevalidate) return 'disabled'
  const inRequest = hasNextRequestStore()
  const unique = [...new Set(tags)]
  if (unique.length === 0) return inRequest ? 'now' : 'no-request'
  const outcome = await afterCommit(req.transactionID, () => {
    // expire: 0 so the very next visit renders fresh content (not stale-while-revalidate).
    if (inRequest) for (const tag of unique) revalidateTag(tag, { expire: 0 })
    // The production server publishes the affected pages and tells its other processes (./changes.ts).
    contentChanged(unique)
  })
  return inRequest ? outcome : 'no-request'
}
