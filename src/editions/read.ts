import type { Payload } from 'payload'

import type { CommitteeMember, Edition, Perspective, Speaker, Theme } from '../payload-types'
import type { Locale } from '../platform/i18n'
import { asPublic, readRights, type ReadMode } from '../platform/readMode'
import { loadCallNumbers, type CallNumbers } from './numbers/callNumbers'

/**
 * Data access for public pages. Every query runs with the public's rights (overrideAccess: false,
 * no user), so drafts and unpublished editions are filtered out by the access rules themselves.
 */

export type EditionState = 'upcoming' | 'current' | 'past'

export function editionState(edition: Pick<Edition, 'status'>): EditionState {
  if (edition.status === 'archived') return 'past'
  if (edition.status === 'current') return 'current'
  return 'upcoming'
}

export type EditionPage = {
  edition: Edition
  state: EditionState
  themes: Theme[]
  committee: CommitteeMember[]
  speakers: Speaker[]
  perspectives: Perspective[]
  /** "The call in numbers": aggregates of an archived edition's call (src/editions/numbers); absent otherwise. */
  callNumbers?: CallNumbers | null
}

export async function findEditionByYear(payload: Payload, year: number, locale: Locale, mode: ReadMode = {}): Promise<Edition | null> {
  if (!Number.isInteger(year)) return null
  const { docs } = await payload.find({
    collection: 'editions',
    where: { year: { equals: year } },
    limit: 1,
    depth: 1,
    locale,
    joins: false,
    ...readRights(mode),
  })
  return docs[0] ?? null
}

/** The edition named in site settings; else the one marked current; else the newest published one. */
export async function findCurrentEditionYear(payload: Payload): Promise<number | null> {
  const settings = await payload.findGlobal({ slug: 'site-settings', depth: 1, ...asPublic })
  const chosen = settings.currentEdition
  if (chosen && typeof chosen === 'object' && typeof chosen.year === 'number') return chosen.year
  const { docs } = await payload.find({
    collection: 'editions',
    where: { status: { in: ['current', 'upcoming', 'archived'] } },
    sort: '-year',
    limit: 10,
    depth: 0,
    joins: false,
    select: { year: true, status: true },
    ...asPublic,
  })
  const current = docs.find((edition) => edition.status === 'current') ?? docs[0]
  return current ? current.year : null
}

/**
 * What a page inside an edition shows around its own content (the programme's pages): the edition, its
 * state and its themes. Not the speakers (300 at depth 1 on a large edition), committee or perspectives
 * of the edition page, which were half of the programme page's first render.
 */
export type EditionFrame = Pick<EditionPage, 'edition' | 'state' | 'themes'>

function findThemes(payload: Payload, edition: Edition, locale: Locale, mode: ReadMode) {
  const where = { edition: { equals: edition.id } }
  return payload.find({ collection: 'themes', where, sort: 'order', depth: 0, pagination: false, locale, ...readRights(mode) })
}

export async function loadEditionFrame(payload: Payload, year: number, locale: Locale, mode: ReadMode = {}): Promise<EditionFrame | null> {
  const edition = await findEditionByYear(payload, year, locale, mode)
  if (!edition) return null
  const themes = await findThemes(payload, edition, locale, mode)
  return { edition, state: editionState(edition), themes: themes.docs }
}

export async function loadEditionPage(payload: Payload, year: number, locale: Locale, mode: ReadMode = {}): Promise<EditionPage | null> {
  const rights = readRights(mode)
  const edition = await findEditionByYear(payload, year, locale, mode)
  if (!edition) return null
  const byEdition = { edition: { equals: edition.id } }
  const [themes, committee, speakers] = await Promise.all([
    findThemes(payload, edition, locale, mode),
    payload.find({
      collection: 'committee-members',
      where: byEdition,
      sort: 'order',
      depth: 0,
      pagination: false,
      locale,
      ...rights,
    }),
    payload.find({
      collection: 'speakers',
      where: { editions: { in: [edition.id] } },
      sort: 'name',
      depth: 1,
      pagination: false,
      locale,
      ...rights,
    }),
  ])
  const themeIds = themes.docs.map((theme) => theme.id)
  const perspectives =
    themeIds.length === 0
      ? { docs: [] as Perspective[] }
      : await payload.find({
          collection: 'perspectives',
          where: { themes: { in: themeIds } },
          sort: '-publishedDate',
          depth: 0,
          limit: 6,
          locale,
          ...rights,
        })
  const state = editionState(edition)
  return {
    edition,
    state,
    themes: themes.docs,
    // Coordinators first, then the committee's own order.
    committee: [...committee.docs].sort((a, b) => Number(b.role === 'coordinator') - Number(a.role === 'coordinator')),
    speakers: speakers.docs,
    perspectives: perspectives.docs,
    callNumbers:
      edition.status === 'archived'
        ? await loadCallNumbers(payload, edition.id, themes.docs, locale, { byCountry: edition.cfp?.showCountries === true })
        : null,
  }
}

export type EditionSummary = Pick<Edition, 'id' | 'year' | 'ordinal' | 'title' | 'tagline' | 'startDate' | 'endDate' | 'venue' | 'city'> & {
  state: EditionState
}

/** Every public edition, newest first. */
export async function listEditions(payload: Payload, locale: Locale): Promise<EditionSummary[]> {
  const { docs } = await payload.find({
    collection: 'editions',
    sort: '-year',
    depth: 0,
    pagination: false,
    locale,
    joins: false,
    select: {
      year: true,
      ordinal: true,
      title: true,
      tagline: true,
      startDate: true,
      endDate: true,
      venue: true,
      city: true,
      status: true,
    },
    ...asPublic,
  })
  return docs.map((edition) => ({
    id: edition.id,
    year: edition.year,
    ordinal: edition.ordinal,
    title: edition.title,
    tagline: edition.tagline,
    startDate: edition.startDate,
    endDate: edition.endDate,
    venue: edition.venue,
    city: edition.city,
    state: editionState(edition),
  }))
}
