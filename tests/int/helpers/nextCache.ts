import { jest } from '@jest/globals'

/**
 * Replaces `next/cache` for a test file whose code expires cache tags or caches reads outside a Next
 * request. Call it before the dynamic imports of the code under test: an ESM mock reaches only the
 * modules imported after it. `onExpire` sees each tag expired.
 */
export function mockNextCache(onExpire: (tag: string) => void = () => undefined): void {
  jest.unstable_mockModule('next/cache', () => ({
    revalidateTag: (tag: string) => onExpire(tag),
    revalidatePath: () => undefined,
    unstable_cache: <T>(fn: T) => fn,
  }))
}
