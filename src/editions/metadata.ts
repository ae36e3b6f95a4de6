import type { Metadata } from 'next'

import type { Edition } from '../payload-types'
import type { Locale } from '../platform/i18n'
import { alternates } from '../platform/routes'

/** Title, description, canonical + hreflang and the social card of an edition page. */
export function editionMetadata(edition: Edition, locale: Locale, path: string, titlePrefix?: string): Metadata {
  const title = edition.seo?.title || [edition.title, edition.tagline].filter(Boolean).join(' — ')
  const description = edition.seo?.description || edition.tagline || undefined
  const fullTitle = titlePrefix ? `${titlePrefix} · ${edition.title}` : title
  return {
    title: { absolute: titlePrefix ? `${fullTitle} · Commons AI` : fullTitle },
    description,
    alternates: alternates(locale, path),
    openGraph: {
      title: fullTitle,
      description,
      type: 'website',
      locale: locale === 'fr' ? 'fr_FR' : 'en_GB',
      siteName: 'Commons AI',
    },
  }
}
