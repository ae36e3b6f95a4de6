import type { Locale } from '../../platform/i18n'
import { absoluteUrl, routes } from '../../platform/routes'
import type { Edition } from '../../payload-types'

/**
 * schema.org Event for search engines. JSON only (never executed); `<` is escaped so no text of an
 * edition can close the script element.
 */
export function EditionJsonLd({ edition, locale }: { edition: Edition; locale: Locale }) {
  if (!edition.startDate) return null
  const data = {
    '@context': 'https://schema.org',
    '@type': 'Event',
    name: edition.title,
    description: edition.tagline ?? undefined,
    startDate: edition.startDate.slice(0, 10),
    endDate: (edition.endDate ?? edition.startDate).slice(0, 10),
    eventStatus: 'https://schema.org/EventScheduled',
    eventAttendanceMode: 'https://schema.org/OfflineEventAttendanceMode',
    inLanguage: locale,
    url: absoluteUrl(locale, routes.edition(edition.year)),
    location: edition.venue
      ? {
          '@type': 'Place',
          name: edition.venue,
          address: { '@type': 'PostalAddress', addressLocality: edition.city ?? undefined },
        }
      : undefined,
    organizer: { '@type': 'Organization', name: 'Commons AI', url: absoluteUrl(locale, routes.home()) },
    superEvent: edition.hostEvent?.name ? { '@type': 'Event', name: edition.hostEvent.name } : undefined,
  }
  const json = JSON.stringify(data).replace(/</g, '\\u003c')
  return <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: json }} />
}
