import type { CollectionSlug, PayloadRequest } from 'payload'

import { beginMaintenanceTransaction } from '../../platform/db/databaseAdapter'
import type { Edition } from '../../payload-types'
import { conflict, notFound } from '../../platform/http/errors'
import { withLock } from '../../platform/locks/lock'
import type { CopyChoices } from './choices'

/**
 * "Prepare the next edition": a draft edition year + 1 (ordinal + 1) built from an existing one, copying
 * only what the editor chose. Dates, CfP dates, venue and everything that happened (proposals, reviews,
 * sessions, speakers' participation) stay behind: the new edition starts with its call closed.
 *
 * All writes share one database transaction where the adapter gives one (SQLite's, MongoDB's on a
 * replica set); without one, every document created so far is deleted again when a later write fails.
 */

type Id = number | string
type Locale = 'en' | 'fr'
type Data = Record<string, unknown>
/** A document read with `locale: 'all'`: every localized value is `{ en, fr }`. */
type AllLocales = Data & { id: Id }

export type PrepareResult = {
  edition: { id: Id; year: number; title: string }
  copied: { formatParts: number; themes: number; committeeMembers: number }
  message: string
  adminPath: string
}

const LOCALES: readonly Locale[] = ['en', 'fr']

function inLocale(value: unknown, locale: Locale): unknown {
  if (value === null || value === undefined || typeof value !== 'object') return value ?? null
  return (value as Data)[locale] ?? null
}

/** "Commons AI 2026" → "Commons AI 2027"; a text without the year is kept as it is. */
function withYear(text: unknown, from: number, to: number): unknown {
  return typeof text === 'string' ? text.split(String(from)).join(String(to)) : text
}

function group(value: unknown): Data {
  return value !== null && typeof value === 'object' ? (value as Data) : {}
}

async function existingEdition(req: PayloadRequest, year: number): Promise<Edition | undefined> {
  const { docs } = await req.payload.find({
    collection: 'editions',
    where: { year: { equals: year } },
    depth: 0,
    limit: 1,
    draft: true,
    locale: 'en',
    overrideAccess: true,
    req,
  })
  return docs[0]
}

/** The edition's fields for one locale (English carries the non-localized ones too). */
function editionData(source: AllLocales, choices: CopyChoices, locale: Locale, formatIds: Id[] | null): Data {
  const from = source.year as number
  const to = from + 1
  const text = (value: unknown) => inLocale(value, locale)
  const data: Data = { title: withYear(text(source.title), from, to), _status: 'draft' }
  if (locale === 'en') {
    Object.assign(data, {
      year: to,
      ordinal: typeof source.ordinal === 'number' ? source.ordinal + 1 : null,
      status: 'draft',
      startDate: null,
      endDate: null,
      registration: { state: 'to-be-announced' },
      cfp: { opensAt: null, deadline: null },
    })
  }
  if (choices.format) {
    const blocks = Array.isArray(source.format) ? (source.format as Data[]) : []
    Object.assign(data, {
      formatHeading: text(source.formatHeading),
      formatIntro: text(source.formatIntro),
      formatNote: text(source.formatNote),
      format: blocks.map((block, index) => ({
        ...(formatIds ? { id: formatIds[index] } : {}),
        blockType: block.blockType,
        title: text(block.title),
        description: text(block.description),
      })),
    })
  }
  if (choices.themes) Object.assign(data, { themesHeading: text(source.themesHeading), themesIntro: text(source.themesIntro) })
  if (choices.committee) data.committeeIntro = text(source.committeeIntro)
  const cfp = group(source.cfp)
  if (choices.cfpTexts) {
    data.cfp = {
      ...group(data.cfp),
      heading: text(cfp.heading),
      intro: text(cfp.intro),
      ...(locale === 'en' ? { contactEmail: cfp.contactEmail ?? null, anonymiseReviews: Boolean(cfp.anonymiseReviews) } : {}),
    }
  }
  if (choices.links && locale === 'en') {
    data.registration = { ...group(data.registration), url: group(source.registration).url ?? null }
    data.newsletterUrl = source.newsletterUrl ?? null
  }
  if (choices.seo) {
    const seo = group(source.seo)
    data.seo = { title: withYear(text(seo.title), from, to), description: text(seo.description) }
  }
  return data
}

function themeData(theme: AllLocales, editionId: Id, choices: CopyChoices, locale: Locale): Data {
  const text = (value: unknown) => inLocale(value, locale)
  const data: Data = { title: text(theme.title), summary: text(theme.summary), body: text(theme.body), _status: 'draft' }
  if (locale === 'en') Object.assign(data, { slug: theme.slug, edition: editionId, order: theme.order ?? 0, continues: [theme.id] })
  if (choices.seo) data.seo = { title: text(group(theme.seo).title), description: text(group(theme.seo).description) }
  return data
}

function memberData(member: AllLocales, editionId: Id, locale: Locale): Data {
  const affiliation = inLocale(member.affiliation, locale)
  if (locale === 'fr') return { affiliation }
  const speaker = member.speaker
  return {
    name: member.name,
    affiliation,
    role: member.role,
    speaker: typeof speaker === 'object' && speaker !== null ? (speaker as Data).id : (speaker ?? null),
    order: member.order ?? 0,
    edition: editionId,
  }
}

async function editionContent(req: PayloadRequest, collection: 'themes' | 'committee-members', editionId: Id): Promise<AllLocales[]> {
  const { docs } = await req.payload.find({
    collection,
    where: { edition: { equals: editionId } },
    locale: 'all',
    depth: 0,
    sort: 'order',
    pagination: false,
    draft: true,
    overrideAccess: true,
    req,
  })
  return docs as unknown as AllLocales[]
}

/** Creates a document in English, then writes its French texts on the same document. */
async function createBothLanguages(
  req: PayloadRequest,
  collection: CollectionSlug,
  byLocale: (locale: Locale, created?: Data) => Data,
  created: Array<{ collection: CollectionSlug; id: Id }>,
): Promise<Data & { id: Id }> {
  const doc = (await req.payload.create({
    collection,
    data: byLocale('en') as never,
    locale: 'en',
    depth: 0,
    overrideAccess: true,
    req,
  })) as unknown as Data & { id: Id }
  created.push({ collection, id: doc.id })
  for (const locale of LOCALES.filter((candidate) => candidate !== 'en')) {
    await req.payload.update({ collection, id: doc.id, data: byLocale(locale, doc) as never, locale, depth: 0, overrideAccess: true, req })
  }
  return doc
}

export async function prepareNextEdition(req: PayloadRequest, sourceId: Id, choices: CopyChoices): Promise<PrepareResult> {
  const source = (await req.payload.findByID({
    collection: 'editions',
    id: sourceId,
    locale: 'all',
    depth: 0,
    draft: true,
    joins: false,
    overrideAccess: true,
    disableErrors: true,
    req,
  })) as unknown as AllLocales | null
  if (!source) throw notFound(`There is no edition with id ${String(sourceId)}.`)
  const year = (source.year as number) + 1
  // One preparation of a year at a time, across app processes: a second one waits, then finds the
  // edition the first made and is refused like any later one (not a unique-index error mid-way).
  return withLock(req.payload, `prepare-next-edition:${year}`, () => prepareYear(req, source, year, choices))
}

async function prepareYear(req: PayloadRequest, source: AllLocales, year: number, choices: CopyChoices): Promise<PrepareResult> {
  const existing = await existingEdition(req, year)
  if (existing) {
    throw conflict(
      `The ${year} edition already exists ("${existing.title}", ${existing.status}, id ${String(existing.id)}): open it instead of preparing it again.`,
    )
  }

  const themes = choices.themes ? await editionContent(req, 'themes', source.id) : []
  const members = choices.committee ? await editionContent(req, 'committee-members', source.id) : []

  // A caller's own transaction (none for the endpoint) is used as it is: it commits or rolls back itself.
  const outerTransaction = req.transactionID
  const transactionID = outerTransaction ? null : await beginMaintenanceTransaction(req.payload)
  if (transactionID !== null) req.transactionID = transactionID
  const created: Array<{ collection: CollectionSlug; id: Id }> = []
  try {
    const edition = await createBothLanguages(
      req,
      'editions',
      (locale, doc) => {
        const ids = doc && Array.isArray(doc.format) ? (doc.format as Data[]).map((block) => block.id as Id) : null
        return editionData(source, choices, locale, ids)
      },
      created,
    )
    for (const theme of themes) await createBothLanguages(req, 'themes', (locale) => themeData(theme, edition.id, choices, locale), created)
    for (const member of members)
      await createBothLanguages(req, 'committee-members', (locale) => memberData(member, edition.id, locale), created)
    if (transactionID !== null) await req.payload.db.commitTransaction(transactionID)

    const formatParts = choices.format && Array.isArray(source.format) ? source.format.length : 0
    const title = String(edition.title)
    const parts = [
      formatParts ? `${formatParts} format part${formatParts === 1 ? '' : 's'}` : null,
      themes.length ? `${themes.length} theme${themes.length === 1 ? '' : 's'} (drafts, linked to the ${source.year} ones)` : null,
      members.length ? `${members.length} committee member${members.length === 1 ? '' : 's'}` : null,
    ].filter(Boolean)
    return {
      edition: { id: edition.id, year, title },
      copied: { formatParts, themes: themes.length, committeeMembers: members.length },
      adminPath: `/admin/collections/editions/${String(edition.id)}`,
      message:
        `The ${year} edition ("${title}") is prepared as a draft from ${source.year}` +
        (parts.length ? `, with ${parts.join(', ')}` : '') +
        '. Its dates and call-for-proposals dates are empty and its call is closed.',
    }
  } catch (error) {
    if (transactionID !== null) {
      await req.payload.db.rollbackTransaction(transactionID)
    } else if (!outerTransaction) {
      for (const doc of created.reverse()) {
        await req.payload
          .delete({ collection: doc.collection, id: doc.id, overrideAccess: true, req })
          .catch((undoError: unknown) => req.payload.logger.error({ err: undoError, msg: 'Prepare next edition: undo failed' }))
      }
    }
    throw error
  } finally {
    req.transactionID = outerTransaction
  }
}
