import { editionOgImage } from '@/editions/components/EditionOgImage'
import { getEditionsList, parseYear } from '@/editions/cachedContent'
import { isLocale } from '@/platform/i18n'

/** The social card of one edition and of its pages (themes, speakers, committee). */
export const alt = 'Commons AI: the edition’s title, dates and venue'
export const size = { width: 1200, height: 630 }
export const contentType = 'image/png'
export const revalidate = 3600

/** None is drawn at build time (no database then): each on its first request, then kept. */
export function generateStaticParams() {
  return []
}

export default async function Image({ params }: { params: Promise<{ locale: string; year: string }> }) {
  const { locale, year } = await params
  const parsed = parseYear(year)
  if (!isLocale(locale) || parsed === null) return new Response('Not found', { status: 404 })
  const edition = (await getEditionsList(locale)).find((candidate) => candidate.year === parsed)
  if (!edition) return new Response('Not found', { status: 404 })
  return editionOgImage(edition, locale)
}
