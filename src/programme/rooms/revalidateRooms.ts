import type { CollectionAfterChangeHook, CollectionAfterDeleteHook } from 'payload'

import { editionIdsOf, yearsOf } from '../../editions/revalidateEdition'
import { cacheTags } from '../../platform/cache/cacheTags'
import { expireTagsFor } from '../../platform/cache/expire'

type RoomDoc = { id: number | string; edition?: unknown }

/** A room renamed or reordered shows on every programme page of its edition: expire that programme. */
const afterChange: CollectionAfterChangeHook<RoomDoc> = async ({ doc, previousDoc, req }) => {
  if (req.context.disableRevalidate) return doc
  const years = await yearsOf([...editionIdsOf(doc), ...editionIdsOf(previousDoc)], req)
  await expireTagsFor(req, years.map(cacheTags.programme))
  return doc
}

const afterDelete: CollectionAfterDeleteHook<RoomDoc> = async ({ doc, req }) => {
  if (req.context.disableRevalidate) return doc
  await expireTagsFor(req, (await yearsOf(editionIdsOf(doc), req)).map(cacheTags.programme))
  return doc
}

export const revalidateProgrammeOfRoom = { afterChange: [afterChange], afterDelete: [afterDelete] }
