import type { CollectionAfterChangeHook, CollectionAfterDeleteHook } from 'payload'

import { cacheTags } from '../../lib/cacheTags'
import { expireTags } from '../../lib/revalidate'

/** A theme or a session changed: theme threads may show it on the pages of other years. */
const expireThreads = ({ doc, req }: { doc: unknown; req: { context: Record<string, unknown> } }) => {
  expireTags([cacheTags.themeThreads()], req.context)
  return doc
}

export const revalidateThemeThreads = {
  afterChange: [expireThreads as CollectionAfterChangeHook],
  afterDelete: [expireThreads as CollectionAfterDeleteHook],
}
