import type { CollectionBeforeChangeHook } from 'payload'

import { relationId } from '../platform/relations'
import { badRequest } from '../platform/http/errors'

/**
 * Setting an edition's status to `archived` by hand (the status select, REST) skips the question
 * "which edition becomes current?" that the archive action asks. For the current edition that would
 * leave the home page on an archived edition, so it is refused with a pointer to the action; any other
 * edition may still be archived that way (the action does the same then).
 */
export const currentEditionArchivesThroughTheAction: CollectionBeforeChangeHook = async ({ data, originalDoc, operation, req }) => {
  if (operation !== 'update' || data.status !== 'archived' || originalDoc?.status === 'archived') return data
  const settings = await req.payload.findGlobal({ slug: 'site-settings', depth: 0, overrideAccess: true, req })
  const current = relationId(settings.currentEdition)
  if (current !== undefined && String(current) === String(originalDoc?.id)) {
    throw badRequest(
      `The ${originalDoc?.year ?? ''} edition is the current one: use "Archive this edition" above the form, which asks which edition becomes current.`.replace(
        'The  edition',
        'This edition',
      ),
    )
  }
  return data
}
