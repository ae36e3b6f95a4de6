import { editionOgImage } from '@/editions/components/EditionOgImage'
import { getCurrentEditionYear, getEditionsList } from '@/editions/cachedContent'
import { isLocale } from '@/platform/i18n'

/** The social card of the home page (the current edition), inherited by pages without their own. */
export const alt = 'Commons AI: the current edition’s title, dates and venue'
export const size = { width: 1200, height: 630 }
export const contentType = 'image/png'
export const revalidate = 3600

/** None is drawn at build time (no database then): each on its first request, then kept. */
export function generateStaticParams() {
  return []
}

export default async function Image({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params
  if (!isLocale(locale)) return new Response('Not found', { status: 404 })
  const [editions, year] = await Promise.all([getEditionsList(locale), getCurrentEditionYear()])
  return editionOgImage(editions.find((edition) => edition.year === year) ?? null, locale)
}
