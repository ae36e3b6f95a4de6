import { unstable_cache } from 'next/cache'

import { getEditionsList } from '../editions/cachedContent'
import { cacheTags } from '../platform/cache/cacheTags'
import type { Locale } from '../platform/i18n'
import { payloadClient } from '../platform/payload'
import { isEditorPreview } from '../platform/preview/preview'
import { findPerspective, listPerspectives, listPerspectivesByTheme, listPerspectiveThemes } from './read'

/**
 * The perspectives readers, cached and tagged with the tags the Payload hooks expire
 * (src/platform/cache/cacheTags.ts): a perspective's own tag and the list's tag (src/perspectives/revalidatePerspective.ts),
 * and, because the pages show theme titles and link to theme pages, the tag of every public edition
 * (a theme change expires its edition's tag) and the editions list's (an edition published or withdrawn).
 */
async function themeTags(): Promise<string[]> {
  const editions = await getEditionsList('en')
  return [cacheTags.editionsList(), ...editions.map((edition) => cacheTags.edition(edition.year))]
}

export async function getPerspectives(locale: Locale) {
  const tags = [cacheTags.perspectives(), ...(await themeTags())]
  return unstable_cache(async () => listPerspectives(await payloadClient(), locale), ['perspectives-list', locale], {
    tags,
  })()
}

export async function getPerspectiveThemes(locale: Locale) {
  const tags = [cacheTags.perspectives(), ...(await themeTags())]
  return unstable_cache(async () => listPerspectiveThemes(await payloadClient(), locale), ['perspective-themes', locale], {
    tags,
  })()
}

export async function getPerspectivesByTheme(themeSlug: string, locale: Locale) {
  const tags = [cacheTags.perspectives(), ...(await themeTags())]
  return unstable_cache(
    async () => listPerspectivesByTheme(await payloadClient(), locale, themeSlug),
    ['perspectives-by-theme', themeSlug, locale],
    { tags },
  )()
}

/** A perspective page names the sessions that link it ("From the session …"): any edition's programme may. */
async function programmeTags(): Promise<string[]> {
  return (await getEditionsList('en')).map((edition) => cacheTags.programme(edition.year))
}

export async function getPerspective(slug: string, locale: Locale) {
  const tags = [cacheTags.perspective(slug), ...(await themeTags()), ...(await programmeTags())]
  return unstable_cache(async () => findPerspective(await payloadClient(), locale, slug), ['perspective', slug, locale], {
    tags,
  })()
}

/** The perspective as the visitor may see it: cached and published, or its draft in an editor's preview. */
export async function readPerspective(slug: string, locale: Locale) {
  if (await isEditorPreview()) return findPerspective(await payloadClient(), locale, slug, { preview: true })
  return getPerspective(slug, locale)
}

/** A slug from the URL: the shape slugs have, so anything else is a 404 without a query. */
export function parseSlug(value: string): string | null {
  return /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(value) && value.length <= 200 ? value : null
}
