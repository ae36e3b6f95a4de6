import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, GlobalAfterChangeHook, PayloadRequest } from 'payload'

import { relationId } from '../platform/relations'
import { cacheTags } from '../platform/cache/cacheTags'
import { expireTagsFor } from '../platform/cache/expire'

type EditionDoc = { id: number | string; year?: number | null }

/** An edition changed: its own pages, the editions list, and the home page (via site settings). */
export const revalidateEditionAfterChange: CollectionAfterChangeHook<EditionDoc> = async ({ doc, previousDoc, req }) => {
  const years = [doc.year, previousDoc?.year].filter((year): year is number => typeof year === 'number')
  await expireTagsFor(req, [...years.map(cacheTags.edition), cacheTags.editionsList(), cacheTags.siteSettings()])
  return doc
}

export const revalidateEditionAfterDelete: CollectionAfterDeleteHook<EditionDoc> = async ({ doc, req }) => {
  const tags = [cacheTags.editionsList(), cacheTags.siteSettings()]
  if (typeof doc.year === 'number') tags.push(cacheTags.edition(doc.year))
  await expireTagsFor(req, tags)
  return doc
}

type EditionContentDoc = { id: number | string; edition?: unknown; editions?: unknown }

/** Themes, speakers, committee members: the pages of every edition they appear in (sessions: revalidateProgramme.ts). */
const revalidateEditionContentAfterChange: CollectionAfterChangeHook<EditionContentDoc> = async ({ doc, previousDoc, req }) => {
  if (req.context.disableRevalidate) return doc
  const ids = [...editionIdsOf(doc), ...editionIdsOf(previousDoc)]
  await expireTagsFor(req, (await yearsOf(ids, req)).map(cacheTags.edition))
  return doc
}

const revalidateEditionContentAfterDelete: CollectionAfterDeleteHook<EditionContentDoc> = async ({ doc, req }) => {
  if (req.context.disableRevalidate) return doc
  await expireTagsFor(req, (await yearsOf(editionIdsOf(doc), req)).map(cacheTags.edition))
  return doc
}

/** The hooks of every collection whose documents appear on edition pages. */
export const revalidateEditionContent = {
  afterChange: [revalidateEditionContentAfterChange],
  afterDelete: [revalidateEditionContentAfterDelete],
}

export const revalidateSiteSettings: GlobalAfterChangeHook = async ({ doc, req }) => {
  await expireTagsFor(req, [cacheTags.siteSettings()])
  return doc
}

export function editionIdsOf(doc: EditionContentDoc | undefined): Array<number | string> {
  if (!doc) return []
  const values = [doc.edition, ...(Array.isArray(doc.editions) ? doc.editions : [])]
  return values.map(relationId).filter((id): id is number | string => id !== undefined)
}

export async function yearsOf(ids: Array<number | string>, req: PayloadRequest): Promise<number[]> {
  const unique = [...new Set(ids.map(String))]
  if (unique.length === 0) return []
  const { docs } = await req.payload.find({
    collection: 'editions',
    where: { id: { in: unique } },
    depth: 0,
    draft: true,
    pagination: false,
    overrideAccess: true,
    select: { year: true },
    req,
  })
  return docs.map((edition) => edition.year)
}
