import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, PayloadRequest } from 'payload'

import { cacheTags } from '../../platform/cache/cacheTags'
import { expireTagsFor } from '../../platform/cache/expire'

/** A theme or a session changed: theme threads may show it on the pages of other years. */
const expireThreads = async ({ doc, req }: { doc: unknown; req: PayloadRequest }) => {
  await expireTagsFor(req, [cacheTags.themeThreads()])
  return doc
}

export const revalidateThemeThreads = {
  afterChange: [expireThreads as CollectionAfterChangeHook],
  afterDelete: [expireThreads as CollectionAfterDeleteHook],
}
