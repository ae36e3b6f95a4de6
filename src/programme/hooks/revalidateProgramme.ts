import type { CollectionAfterChangeHook, CollectionAfterDeleteHook } from 'payload'

import { cacheTags } from '../../platform/cache/cacheTags'
import { expireTagsFor } from '../../platform/cache/expire'
import { editionIdsOf, yearsOf } from '../../editions/revalidateEdition'

type SessionDoc = { id: number | string; edition?: unknown }

/**
 * A session changed or went away: exactly the programme of its edition (and of the edition it moved
 * from) expires: programme pages, session pages, theme filters, speaker pages' session lists and the
 * .ics/.json feeds all read through the `programme:<year>` tag.
 */
const revalidateProgrammeAfterChange: CollectionAfterChangeHook<SessionDoc> = async ({ doc, previousDoc, req }) => {
  if (req.context.disableRevalidate) return doc
  const years = await yearsOf([...editionIdsOf(doc), ...editionIdsOf(previousDoc)], req)
  await expireTagsFor(req, years.map(cacheTags.programme))
  return doc
}

const revalidateProgrammeAfterDelete: CollectionAfterDeleteHook<SessionDoc> = async ({ doc, req }) => {
  if (req.context.disableRevalidate) return doc
  await expireTagsFor(req, (await yearsOf(editionIdsOf(doc), req)).map(cacheTags.programme))
  return doc
}

export const revalidateProgramme = {
  afterChange: [revalidateProgrammeAfterChange],
  afterDelete: [revalidateProgrammeAfterDelete],
}
