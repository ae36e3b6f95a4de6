import type { Payload } from 'payload'

import type { Locale } from '../../platform/i18n'
import type { SessionChange } from './diff'

/** A release as the public changelog shows it. */
export type PublicRelease = { number: number; publishedAt: string; note: string | null; changes: SessionChange[] }

/** The releases of an edition, newest first, with the public's rights (the snapshot is never read). */
export async function loadReleases(payload: Payload, editionId: number | string, locale: Locale, limit = 0): Promise<PublicRelease[]> {
  const { docs } = await payload.find({
    collection: 'programme-releases',
    where: { edition: { equals: editionId } },
    sort: '-number',
    depth: 0,
    locale,
    ...(limit > 0 ? { limit } : { pagination: false }),
    overrideAccess: false,
    select: { number: true, publishedAt: true, note: true, changes: true },
  })
  return docs.map((doc) => ({
    number: doc.number,
    publishedAt: doc.publishedAt,
    note: doc.note?.trim() || null,
    changes: (Array.isArray(doc.changes) ? doc.changes : []) as SessionChange[],
  }))
}
