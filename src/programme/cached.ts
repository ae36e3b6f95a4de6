import { unstable_cache } from 'next/cache'

import { cacheTags } from '../platform/cache/cacheTags'
import type { Locale } from '../platform/i18n'
import { payloadClient } from '../platform/payload'
import { isEditorPreview } from '../platform/preview/preview'
import { loadProgramme } from './load'
import type { Programme } from './model'
import { peertubeHostsOf } from './after/recording'

/**
 * The programme of an edition, cached and tagged: `programme:<year>` expires when a session changes,
 * `edition:<year>` when the edition, its themes or speakers do (titles and names shown in the programme),
 * `perspectives` when a perspective does (a session page links the perspective that reports it).
 * Pages, the speaker pages and the .ics/.json feeds all read through here.
 */
export function getProgramme(year: number, locale: Locale): Promise<Programme | null> {
  return unstable_cache(async () => loadProgramme(await payloadClient(), year, locale), ['programme', String(year), locale], {
    tags: [cacheTags.edition(year), cacheTags.programme(year), cacheTags.perspectives()],
  })()
}

/** For pages: an editor's preview reads drafts fresh, everyone else the cached public programme. */
export async function readProgramme(year: number, locale: Locale): Promise<Programme | null> {
  if (await isEditorPreview()) return loadProgramme(await payloadClient(), year, locale, { preview: true })
  return getProgramme(year, locale)
}

/** The PeerTube instances editors allow recordings to be played from (Site settings). */
export const getPeertubeHosts = unstable_cache(
  async () => {
    const settings = await (await payloadClient()).findGlobal({ slug: 'site-settings', depth: 0, overrideAccess: false })
    return peertubeHostsOf(settings.peertubeHosts)
  },
  ['peertube-hosts'],
  { tags: [cacheTags.siteSettings()] },
)
