import { unstable_cache } from 'next/cache'

import { cacheTags } from '../platform/cache/cacheTags'
import { findCurrentEditionYear, listEditions, loadEditionFrame, loadEditionPage } from './read'
import type { Locale } from '../platform/i18n'
import { payloadClient } from '../platform/payload'

/**
 * The page readers, cached and tagged with the tags the Payload hooks expire (src/platform/cache/cacheTags.ts).
 * Pages never wait on the database unless an editor changed something they show.
 */
export const getCurrentEditionYear = unstable_cache(async () => findCurrentEditionYear(await payloadClient()), ['current-edition-year'], {
  tags: [cacheTags.siteSettings(), cacheTags.editionsList()],
})

export function getEditionPage(year: number, locale: Locale) {
  return unstable_cache(async () => loadEditionPage(await payloadClient(), year, locale), ['edition-page', String(year), locale], {
    tags: [cacheTags.edition(year), cacheTags.perspectives()],
  })()
}

/** The edition, its state and themes only (src/editions/read.ts: loadEditionFrame); expired with the edition page. */
export function getEditionFrame(year: number, locale: Locale) {
  return unstable_cache(async () => loadEditionFrame(await payloadClient(), year, locale), ['edition-frame', String(year), locale], {
    tags: [cacheTags.edition(year)],
  })()
}

export function getEditionsList(locale: Locale) {
  return unstable_cache(async () => listEditions(await payloadClient(), locale), ['editions-list', locale], {
    tags: [cacheTags.editionsList()],
  })()
}

/** A year from the URL: digits only, so /editions/abc or /editions/2026.5 is a 404, not a query. */
export function parseYear(value: string): number | null {
  return /^\d{4}$/.test(value) ? Number(value) : null
}
