import type { Payload } from 'payload'

import { FORMAT_PART_KINDS } from '../../editions/Editions'
import { isCfpOpen } from '../window'
import { editionState, findEditionByYear, type EditionPage, type EditionState } from '../../editions/read'
import type { Locale } from '../../platform/i18n'
import { asPublic } from '../../platform/readMode'
import type { Edition, Theme } from '../../payload-types'
import { cfpMessages } from './messages'
import type { CfpChoices } from './submission'

/** What the form and the submission route need to know about an edition's call for proposals. */
export type CfpEdition = {
  id: number | string
  year: number
  title: string
  state: EditionState
  cfp: Edition['cfp']
  contactEmail: string | null
  formats: Array<{ kind: string; title: string; description: string }>
  themes: Array<{ id: number | string; title: string }>
  /** The form asks for a country (off unless editors turned cfp.showCountries on). */
  askCountry: boolean
}

function toCfpEdition(edition: Edition, state: EditionState, themes: Pick<Theme, 'id' | 'title'>[], locale: Locale): CfpEdition {
  // The edition's own format parts, once each, in its order; all three kinds if the editors listed none.
  const seen = new Set<string>()
  const formats = (edition.format ?? [])
    .filter((part) => !seen.has(part.blockType) && seen.add(part.blockType))
    .map((part) => ({ kind: part.blockType, title: part.title, description: part.description }))
  const labels = cfpMessages(locale).formatKinds
  return {
    id: edition.id,
    year: edition.year,
    title: edition.title,
    state,
    cfp: edition.cfp,
    contactEmail: edition.cfp?.contactEmail ?? null,
    formats: formats.length > 0 ? formats : FORMAT_PART_KINDS.map((kind) => ({ kind, title: labels[kind] ?? kind, description: '' })),
    themes: themes.map((theme) => ({ id: theme.id, title: theme.title })),
    askCountry: edition.cfp?.showCountries === true,
  }
}

export function fromEditionPage(page: EditionPage, locale: Locale): CfpEdition {
  return toCfpEdition(page.edition, page.state, page.themes, locale)
}

/** Fresh from the database with the public's rights (the submission route must not trust a cache). */
export async function loadCfpEdition(payload: Payload, year: number, locale: Locale): Promise<CfpEdition | null> {
  const edition = await findEditionByYear(payload, year, locale)
  if (!edition) return null
  const { docs: themes } = await payload.find({
    collection: 'themes',
    where: { edition: { equals: edition.id } },
    sort: 'order',
    depth: 0,
    pagination: false,
    locale,
    select: { title: true },
    ...asPublic,
  })
  return toCfpEdition(edition, editionState(edition), themes, locale)
}

export function cfpChoices(edition: CfpEdition): CfpChoices {
  return {
    formats: edition.formats.map((format) => format.kind),
    themeIds: edition.themes.map((theme) => theme.id),
    askCountry: edition.askCountry,
  }
}

/** Open, or why not: before its opening (with the date it opens) or closed (with the date it closed). */
export type CfpWindow =
  | { open: true; deadline: string }
  | { open: false; reason: 'notYetOpen'; opensAt: string }
  | { open: false; reason: 'closed'; closedAt: string | null }

export function cfpWindow(edition: Pick<CfpEdition, 'cfp' | 'state'>, now: Date): CfpWindow {
  const { cfp, state } = edition
  if (isCfpOpen(cfp, state, now)) return { open: true, deadline: cfp!.deadline! }
  if (state !== 'past' && cfp?.deadline && cfp.opensAt && now.getTime() < new Date(cfp.opensAt).getTime()) {
    return { open: false, reason: 'notYetOpen', opensAt: cfp.opensAt }
  }
  // An archived edition whose deadline had not come yet closed on an unknown day: no date then.
  const deadline = cfp?.deadline
  return { open: false, reason: 'closed', closedAt: deadline && new Date(deadline).getTime() <= now.getTime() ? deadline : null }
}
