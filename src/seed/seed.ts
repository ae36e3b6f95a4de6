import type { Payload } from 'payload'

import { loadSeedData, type EditionSeed, type PerspectiveSeed, type SeedData } from './data'
import { toLexical } from '../platform/richText/lexical'

export type SeedReport = { created: string[]; kept: string[] }

/** Seed writes skip revalidation (no Next.js request around them) and access checks. */
const context = { disableRevalidate: true }
type Id = number | string
type SeedCollection = 'themes' | 'committee-members' | 'perspectives' | 'editions'
type Ensured = { id: Id; created: boolean }

/**
 * Creates what the seed files describe and is missing; never changes what exists, so running it
 * again (or after editors changed the content) changes nothing. English is written first (the
 * default locale), then the French texts of what was just created.
 */
export async function seed(payload: Payload, data: SeedData = loadSeedData()): Promise<SeedReport> {
  const report: SeedReport = { created: [], kept: [] }
  const themeIds = new Map<string, Id>()
  let currentEditionId: Id | undefined

  for (const edition of data.editions) {
    const editionId = await ensureEdition(payload, edition, report)
    if (edition.isCurrent) currentEditionId = editionId
    for (const [order, theme] of edition.themes.entries()) {
      const { id, created } = await ensure(payload, report, `theme "${theme.slug}" (${edition.year})`, 'themes', {
        where: { and: [{ slug: { equals: theme.slug } }, { edition: { equals: editionId } }] },
        data: { title: theme.title, slug: theme.slug, summary: theme.summary, edition: editionId, order, _status: 'published' },
      })
      if (created && theme.fr) await translate(payload, 'themes', id, { ...theme.fr, _status: 'published' })
      if (!themeIds.has(theme.slug) || edition.isCurrent) themeIds.set(theme.slug, id)
    }
    for (const [order, member] of edition.committee.entries()) {
      await ensure(payload, report, `committee member "${member.name}" (${edition.year})`, 'committee-members', {
        where: { and: [{ name: { equals: member.name } }, { edition: { equals: editionId } }] },
        data: { name: member.name, role: member.role, edition: editionId, order },
      })
    }
  }

  for (const perspective of data.perspectives) {
    await ensurePerspective(payload, perspective, themeIds, report)
  }

  const settings = await payload.findGlobal({ slug: 'site-settings', depth: 0, overrideAccess: true })
  if (!settings.currentEdition && currentEditionId !== undefined) {
    await payload.updateGlobal({ slug: 'site-settings', data: { currentEdition: currentEditionId as never }, context })
    report.created.push('site settings: current edition')
  } else {
    report.kept.push('site settings')
  }
  return report
}

async function ensure(
  payload: Payload,
  report: SeedReport,
  label: string,
  collection: SeedCollection,
  { where, data }: { where: Record<string, unknown>; data: Record<string, unknown> },
): Promise<Ensured> {
  const existing = await payload.find({
    collection,
    where: where as never,
    limit: 1,
    depth: 0,
    draft: true,
    overrideAccess: true,
    pagination: false,
  })
  const found = existing.docs[0]
  if (found) {
    report.kept.push(label)
    return { id: found.id, created: false }
  }
  const created = await payload.create({ collection, data: data as never, overrideAccess: true, context })
  report.created.push(label)
  return { id: created.id, created: true }
}

function translate(payload: Payload, collection: SeedCollection, id: Id, data: Record<string, unknown>) {
  return payload.update({ collection, id, locale: 'fr', data: data as never, overrideAccess: true, context })
}

async function ensureEdition(payload: Payload, edition: EditionSeed, report: SeedReport): Promise<Id> {
  const { id, created } = await ensure(payload, report, `edition ${edition.year}`, 'editions', {
    where: { year: { equals: edition.year } },
    data: {
      year: edition.year,
      ordinal: edition.ordinal,
      status: edition.status,
      title: edition.title,
      tagline: edition.tagline,
      introHeading: edition.introHeading,
      intro: toLexical(edition.intro),
      formatHeading: edition.formatHeading,
      formatIntro: edition.formatIntro,
      format: edition.format.map((part) => ({ blockType: part.kind, title: part.title, description: part.description })),
      formatNote: edition.formatNote,
      themesHeading: edition.themesHeading,
      themesIntro: edition.themesIntro,
      committeeIntro: edition.committeeIntro,
      startDate: edition.startDate,
      endDate: edition.endDate,
      venue: edition.venue,
      city: edition.city,
      hostEvent: edition.hostEvent ?? {},
      cfp: edition.cfp ?? {},
      registration: edition.registration ?? { state: 'to-be-announced' },
      newsletterUrl: edition.newsletterUrl,
      _status: 'published',
    },
  })
  const fr = edition.fr
  if (created && fr) {
    // Blocks keep their ids across locales: the French texts go into the blocks just created.
    const english = await payload.findByID({ collection: 'editions', id, depth: 0, overrideAccess: true })
    await translate(payload, 'editions', id, {
      title: fr.title,
      tagline: fr.tagline,
      introHeading: fr.introHeading,
      intro: fr.intro.length > 0 ? toLexical(fr.intro) : undefined,
      formatHeading: fr.formatHeading,
      formatIntro: fr.formatIntro,
      format: (english.format ?? []).map((block, index) => ({ ...block, ...fr.format[index] })),
      formatNote: fr.formatNote,
      themesHeading: fr.themesHeading,
      themesIntro: fr.themesIntro,
      committeeIntro: fr.committeeIntro,
      venue: fr.venue ?? undefined,
      city: fr.city ?? undefined,
      hostEvent: { ...english.hostEvent, note: fr.hostEventNote },
      cfp: { ...english.cfp, heading: fr.cfpHeading, intro: fr.cfpIntro },
      registration: { ...english.registration, note: fr.registrationNote },
      _status: 'published',
    })
  }
  return id
}

async function ensurePerspective(
  payload: Payload,
  perspective: PerspectiveSeed,
  themeIds: Map<string, Id>,
  report: SeedReport,
): Promise<Id> {
  const { id } = await ensure(payload, report, `perspective "${perspective.slug}"`, 'perspectives', {
    where: { slug: { equals: perspective.slug } },
    data: {
      title: perspective.title,
      slug: perspective.slug,
      kind: perspective.kind,
      publishedDate: perspective.publishedDate,
      authors: perspective.authors.map((name) => ({ name })),
      people: perspective.people,
      source: perspective.source,
      summary: perspective.summary,
      body: toLexical(perspective.body),
      themes: perspective.themes.map((slug) => themeIds.get(slug)).filter((themeId) => themeId !== undefined),
      _status: 'published',
    },
  })
  return id
}
