import { unstable_cache } from 'next/cache'

import { cacheTags } from '../../platform/cache/cacheTags'
import type { Locale } from '../../platform/i18n'
import { payloadClient } from '../../platform/payload'
import { loadReleases, type PublicRelease } from './load'

/** The changelog's data, under the programme's tag: a new release expires it with the programme. */
export function getReleases(year: number, editionId: number | string, locale: Locale): Promise<PublicRelease[]> {
  return unstable_cache(async () => loadReleases(await payloadClient(), editionId, locale), ['programme-releases', String(year), locale], {
    tags: [cacheTags.edition(year), cacheTags.programme(year)],
  })()
}
