import { unstable_cache } from 'next/cache'

import { cacheTags } from './cacheTags'
import { findCurrentEditionYear, loadEditionPage } from './editions'
import type { Locale } from './i18n'
import { payloadClient } from './payload'

/**
 * The page readers, cached and tagged with the tags the Payload hooks expire (src/lib/cacheTags.ts).
 * Pages never wait on the database unless an editor changed something they show.
 */
export const getCurrentEditionYear = unstable_cache(
  async () => findCurrentEditionYear(await payloadClient()),
  ['current-edition-year'],
  { tags: [cacheTags.siteSettings(), cacheTags.editionsList()] },
)

export function getEditionPage(year: number, locale: Locale) {
  return unstable_cache(
    async () => loadEditionPage(await payloadClient(), year, locale),
    ['edition-page', String(year), locale],
    { tags: [cacheTags.edition(year), cacheTags.perspectives()] },
  )()
}
