import type { Payload, Where } from 'payload'

import { relationId } from '../../platform/relations'

/**
 * The edition's public content for content.json: what the public may read (access rules applied,
 * no user), both languages (locale 'all'), and nothing private — no proposals, reviews or users, and
 * no email address even where the public could read one.
 */

const PUBLIC = { overrideAccess: false, locale: 'all', depth: 0 } as const

export type PublishedEdition = {
  id: number | string
  year: number
  title: string
  isCurrent: boolean
  /** The year of the current edition (where the site's home leads), or null when none is current or public. */
  currentYear: number | null
}

/** The published, public edition of a year, or null; and the years that exist, for the message. */
export async function findPublicEdition(payload: Payload, year: number): Promise<{ edition: PublishedEdition | null; years: number[] }> {
  const { docs } = await payload.find({
    collection: 'editions',
    depth: 0,
    joins: false,
    pagination: false,
    sort: 'year',
    select: { year: true, title: true },
    overrideAccess: false,
    locale: 'en',
  })
  const found = docs.find((edition) => edition.year === year)
  if (!found) return { edition: null, years: docs.map((edition) => edition.year) }
  const settings = await payload.findGlobal({ slug: 'site-settings', depth: 0, overrideAccess: false })
  const current = relationId(settings.currentEdition)
  const currentEdition = current === undefined ? undefined : docs.find((edition) => String(edition.id) === String(current))
  return {
    edition: {
      id: found.id,
      year: found.year,
      title: found.title,
      isCurrent: current !== undefined && String(current) === String(found.id),
      currentYear: currentEdition?.year ?? null,
    },
    years: docs.map((edition) => edition.year),
  }
}

/** Removes every key that holds private data, at any depth. */
export function withoutPrivateData(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutPrivateData)
  if (value === null || typeof value !== 'object') return value
  const out: Record<string, unknown> = {}
  for (const [key, inner] of Object.entries(value)) {
    if (/email|proposal|review|internalNotes|^user$|password|salt|hash/i.test(key)) continue
    out[key] = withoutPrivateData(inner)
  }
  return out
}

export async function editionContent(payload: Payload, edition: PublishedEdition, liveSite: string) {
  const byEdition: Where = { edition: { equals: edition.id } }
  const all = async (collection: 'themes' | 'committee-members' | 'sessions' | 'speakers', where: Where) =>
    (await payload.find({ collection, where, pagination: false, ...PUBLIC })).docs
  const doc = await payload.findByID({ collection: 'editions', id: edition.id, joins: false, ...PUBLIC })
  const [themes, committee, sessions, speakers] = await Promise.all([
    all('themes', byEdition),
    all('committee-members', byEdition),
    all('sessions', byEdition),
    all('speakers', { editions: { in: [edition.id] } }),
  ])
  const mediaIds = (speakers as Array<{ photo?: unknown }>).map((speaker) => relationId(speaker.photo)).filter((id) => id !== undefined)
  const media =
    mediaIds.length === 0
      ? []
      : (await payload.find({ collection: 'media', where: { id: { in: mediaIds } }, pagination: false, ...PUBLIC })).docs
  return withoutPrivateData({
    format: 'commons-hub-edition-archive/1',
    site: liveSite,
    locales: ['en', 'fr'],
    edition: doc,
    themes,
    committee,
    speakers,
    sessions,
    media,
  })
}
