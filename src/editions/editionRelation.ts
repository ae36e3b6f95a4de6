import type { FilterOptions, Payload, PayloadRequest, RelationshipField } from 'payload'

import { editionField } from '../platform/fields/common'
import { relationId } from '../platform/relations'

/**
 * The edition a theme, session, proposal or committee member belongs to, as editors pick it: new
 * documents start in the current edition (Site settings), and the picker does not offer archived
 * editions, whose content is frozen (the edition a document already has stays allowed, so an admin
 * can still save it after unfreezing).
 */
async function currentEdition({ req }: { req: PayloadRequest }): Promise<number | string | undefined> {
  const settings = await req.payload.findGlobal({ slug: 'site-settings', depth: 0, overrideAccess: true, req })
  return relationId(settings.currentEdition)
}

const notArchived: FilterOptions = ({ data }) => {
  const kept = relationId((data as { edition?: unknown } | undefined)?.edition)
  const open = { status: { not_equals: 'archived' } }
  return kept === undefined ? open : { or: [open, { id: { equals: kept } }] }
}

export function editionPickerField(options: Parameters<typeof editionField>[0] = {}): RelationshipField {
  return { ...editionField(options), defaultValue: currentEdition, filterOptions: notArchived }
}

export type EditionLabel = { id: number | string; year: number; title: string }

/** The year and title of the editions these documents belong to, in one query (server code: overrideAccess). */
export async function editionsOf(payload: Payload, docs: Array<{ edition?: unknown }>): Promise<EditionLabel[]> {
  const ids = [...new Set(docs.map((doc) => relationId(doc.edition)).filter((id) => id !== undefined))]
  if (ids.length === 0) return []
  const { docs: editions } = await payload.find({
    collection: 'editions',
    where: { id: { in: ids } },
    depth: 0,
    pagination: false,
    overrideAccess: true,
    select: { year: true, title: true },
  })
  return editions.map((edition) => ({ id: edition.id, year: edition.year, title: edition.title }))
}
