import type { Payload } from 'payload'

import type { ArchiveMetadata } from './citation'
import type { PublishedEdition } from './content'

/** CITATION.cff's and metadata.json's facts, from the edition as the public reads it. */
export async function archiveMetadata(payload: Payload, edition: PublishedEdition, liveSite: string): Promise<ArchiveMetadata> {
  const doc = await payload.findByID({
    collection: 'editions',
    id: edition.id,
    depth: 0,
    joins: false,
    overrideAccess: false,
    locale: 'en',
  })
  const settings = await payload.findGlobal({ slug: 'site-settings', depth: 0, overrideAccess: false })
  return {
    title: doc.title,
    edition: { year: doc.year, ordinal: doc.ordinal ?? null },
    dates: { start: doc.startDate ?? null, end: doc.endDate ?? null },
    place: { venue: doc.venue ?? null, city: doc.city ?? null },
    publisher: settings.siteName,
    languages: ['en', 'fr'],
    licence: doc.archiveLicence ?? null,
    url: `${liveSite}/editions/${doc.year}`,
  }
}
