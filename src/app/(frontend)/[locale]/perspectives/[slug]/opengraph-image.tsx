import { socialCardImage } from '@/editions/components/EditionOgImage'
import { getPerspective, parseSlug } from '@/perspectives/cachedPerspectives'
import { formatDay } from '@/platform/dates'
import { isLocale } from '@/platform/i18n'
import { perspectivesText } from '@/perspectives/messages'

/** The social card of a perspective: its kind, title, authors (or the people it names), date and source. */
export const alt = 'Commons AI: a perspective’s title, authors and date'
export const size = { width: 1200, height: 630 }
export const contentType = 'image/png'
export const revalidate = 3600

/** None is drawn at build time (no database then): each on its first request, then kept. */
export function generateStaticParams() {
  return []
}

export default async function Image({ params }: { params: Promise<{ locale: string; slug: string }> }) {
  const { locale, slug } = await params
  const parsed = parseSlug(slug)
  if (!isLocale(locale) || parsed === null) return new Response('Not found', { status: 404 })
  const perspective = await getPerspective(parsed, locale)
  if (!perspective) return new Response('Not found', { status: 404 })
  const t = perspectivesText(locale)
  const byline =
    perspective.authors.length > 0
      ? `${t.by} ${perspective.authors.join(', ')}`
      : perspective.people.length > 0
        ? `${t.with} ${perspective.people.map((person) => person.name).join(', ')}`
        : null
  return socialCardImage({
    eyebrow: `${t.title} · ${t.kinds[perspective.kind]}`,
    title: perspective.title,
    subtitle: byline,
    facts: [perspective.publishedDate ? formatDay(perspective.publishedDate, locale) : null, perspective.source.name],
  })
}
