import type { CollectionAfterChangeHook, CollectionAfterDeleteHook } from 'payload'

import { editionIdsOf, yearsOf } from '../../hooks/revalidateEdition'
import { cacheTags } from '../../lib/cacheTags'
import { expireTags } from '../../lib/revalidate'

type RoomDoc = { id: number | string; edition?: unknown }

/** A room renamed or reordered shows on every programme page of its edition: expire that programme. */
const afterChange: CollectionAfterChangeHook<RoomDoc> = async ({ doc, previousDoc, req }) => {
  if (req.context.disableRevalidate) return doc
  const years = await yearsOf([...editionIdsOf(doc), ...editionIdsOf(previousDoc)], req)
  expireTags(years.map(cacheTags.programme), req.context)
  return doc
}

const afterDelete: CollectionAfterDeleteHook<RoomDoc> = async ({ doc, req }) => {
  if (req.context.disableRevalidate) return doc
  expireTags((await yearsOf(editionIdsOf(doc), req)).map(cacheTags.programme), req.context)
  return doc
}

export const revalidateProgrammeOfRoom = { afterChange: [afterChange], afterDelete: [afterDelete] }
