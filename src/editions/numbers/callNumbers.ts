import type { Payload, Where } from 'payload'

import { FORMAT_PART_KINDS } from '../Editions'
import type { Locale } from '../../platform/i18n'
import { countryName, isCountryCode } from '../../platform/i18n/countries'
import { numbersMessages } from './messages'
import { MIN_GROUP, mergeSmallGroups, type Group } from './smallGroups'

/**
 * "The call in numbers" of an archived edition: proposals received per theme and per format, the
 * accepted share and reviews per proposal. Only aggregates (count queries), with every group under
 * MIN_GROUP merged into "other"; nothing at all when the call received fewer than MIN_GROUP proposals.
 */

type Id = number | string
export type CallNumbers = {
  total: number
  accepted: number
  /** accepted / total, 0..1 */
  acceptedShare: number
  reviews: number
  reviewsPerProposal: number
  byTheme: Group[]
  byFormat: Group[]
  /** Only when the edition's editors turned "show proposals by country" on (cfp.showCountries); else null. */
  byCountry: Group[] | null
}

/**
 * Proposals per country named on the form (and "not given"): the distinct countries of the edition's
 * proposals, then one count each; small groups merged like every other group.
 */
async function countriesOf(payload: Payload, editionId: Id, total: number, locale: Locale): Promise<Group[]> {
  const t = numbersMessages(locale)
  const inEdition = { edition: { equals: editionId } }
  const distinct = await payload.findDistinct({
    collection: 'proposals',
    field: 'submitter.country',
    where: inEdition,
    limit: 300,
    overrideAccess: true,
  })
  const codes = (distinct.values as Array<Record<string, unknown>>).map((row) => row['submitter.country']).filter(isCountryCode)
  const groups = await Promise.all(
    codes.map(async (code) => ({
      key: code,
      label: countryName(code, locale),
      count: await count(payload, 'proposals', { and: [inEdition, { 'submitter.country': { equals: code } }] }),
    })),
  )
  const named = groups.reduce((sum, group) => sum + group.count, 0)
  return mergeSmallGroups([...groups, { key: 'none', label: t.noCountry, count: total - named }], t.other)
}

const count = async (payload: Payload, collection: 'proposals' | 'reviews', where: Where) =>
  (await payload.count({ collection, where, overrideAccess: true })).totalDocs

export async function loadCallNumbers(
  payload: Payload,
  editionId: Id,
  themes: ReadonlyArray<{ id: Id; title: string }>,
  locale: Locale,
  options: { byCountry?: boolean } = {},
): Promise<CallNumbers | null> {
  const t = numbersMessages(locale)
  const inEdition = { edition: { equals: editionId } }
  const total = await count(payload, 'proposals', inEdition)
  if (total < MIN_GROUP) return null
  const themeIds = themes.map((theme) => theme.id)
  const [accepted, reviews, perTheme, onListedThemes, perFormat] = await Promise.all([
    count(payload, 'proposals', { and: [inEdition, { status: { equals: 'accepted' } }] }),
    count(payload, 'reviews', inEdition),
    Promise.all(
      themes.map(async (theme) => ({
        key: String(theme.id),
        label: theme.title,
        count: await count(payload, 'proposals', { and: [inEdition, { themes: { in: [theme.id] } }] }),
      })),
    ),
    themeIds.length > 0 ? count(payload, 'proposals', { and: [inEdition, { themes: { in: themeIds } }] }) : Promise.resolve(0),
    Promise.all(
      FORMAT_PART_KINDS.map(async (kind) => ({
        key: kind,
        label: t.formats[kind],
        count: await count(payload, 'proposals', { and: [inEdition, { format: { equals: kind } }] }),
      })),
    ),
  ])
  return {
    total,
    accepted,
    acceptedShare: accepted / total,
    reviews,
    reviewsPerProposal: reviews / total,
    // Proposals that ticked only "another theme" are a group too: left out, they would let "other" fall
    // under MIN_GROUP (and could be told apart from the total).
    byTheme: mergeSmallGroups([...perTheme, { key: 'no-listed-theme', label: t.noListedTheme, count: total - onListedThemes }], t.other),
    byFormat: mergeSmallGroups(perFormat, t.other),
    byCountry: options.byCountry ? await countriesOf(payload, editionId, total, locale) : null,
  }
}
