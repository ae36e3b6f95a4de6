import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { EditionView } from '../../../components/EditionView'
import { getCurrentEditionYear, getEditionPage } from '../../../lib/cachedContent'
import { dictionary, isLocale, localePath } from '../../../lib/i18n'

// Rendered per request from tagged caches: the build needs no database, and an editor's change
// shows as soon as its hook expires the tag.
export const dynamic = 'force-dynamic'

type Props = { params: Promise<{ locale: string }> }

async function load(locale: string) {
  if (!isLocale(locale)) return null
  const year = await getCurrentEditionYear()
  return year === null ? null : getEditionPage(year, locale)
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  const page = await load(locale)
  if (!page || !isLocale(locale)) return {}
  const { edition } = page
  return {
    title: { absolute: edition.seo?.title || `${edition.title} — ${edition.tagline ?? ''}`.trim() },
    description: edition.seo?.description || edition.tagline || undefined,
    alternates: {
      canonical: localePath(locale, '/'),
      languages: { en: localePath('en', '/'), fr: localePath('fr', '/') },
    },
  }
}

export default async function HomePage({ params }: Props) {
  const { locale } = await params
  if (!isLocale(locale)) notFound()
  const page = await load(locale)
  if (!page) {
    return (
      <div className="container">
        <p>{dictionary(locale).noEdition}</p>
      </div>
    )
  }
  return <EditionView page={page} locale={locale} />
}
