import { unstable_cache } from 'next/cache'

import { cacheTags } from '../../platform/cache/cacheTags'
import type { Locale } from '../../platform/i18n'
import { payloadClient } from '../../platform/payload'
import { loadThemeThread } from './themeThread'

/** The thread of a theme page, cached until a theme, a session, a perspective or an edition changes. */
export function getThemeThread(themeId: number | string, locale: Locale) {
  return unstable_cache(async () => loadThemeThread(await payloadClient(), themeId, locale), ['theme-thread', String(themeId), locale], {
    tags: [cacheTags.themeThreads(), cacheTags.editionsList(), cacheTags.perspectives()],
  })()
}
