import { revalidateTag } from 'next/cache'

/**
 * Expire cache tags now, from a Payload hook. Outside a Next.js request (seed script, jest, CLI)
 * there is no cache to expire and Next throws an invariant error: that must never fail a save.
 */
export function expireTags(tags: Iterable<string>, context: { disableRevalidate?: unknown } = {}): string[] {
  if (context.disableRevalidate) return []
  const expired: string[] = []
  for (const tag of new Set(tags)) {
    try {
      // expire: 0 so the very next visit renders fresh content (not stale-while-revalidate).
      revalidateTag(tag, { expire: 0 })
      expired.push(tag)
    } catch (error) {
      if (!isOutsideNextRequest(error)) throw error
    }
  }
  return expired
}

function isOutsideNextRequest(error: unknown): boolean {
  return error instanceof Error && /static generation store missing|outside a request scope/i.test(error.message)
}
