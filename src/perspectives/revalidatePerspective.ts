import type { CollectionAfterChangeHook, CollectionAfterDeleteHook } from 'payload'

import { cacheTags } from '../platform/cache/cacheTags'
import { expireTags } from '../platform/cache/revalidate'

type PerspectiveDoc = { id: number | string; slug?: string | null }

function tagsFor(...docs: Array<PerspectiveDoc | undefined>): string[] {
  const slugs = docs.map((doc) => doc?.slug).filter((slug): slug is string => typeof slug === 'string')
  // The home page lists related perspectives, so it follows too (through site settings' tag).
  return [cacheTags.perspectives(), cacheTags.siteSettings(), ...slugs.map(cacheTags.perspective)]
}

export const revalidatePerspectiveAfterChange: CollectionAfterChangeHook<PerspectiveDoc> = ({
  doc,
  previousDoc,
  req,
}) => {
  expireTags(tagsFor(doc, previousDoc), req.context)
  return doc
}

export const revalidatePerspectiveAfterDelete: CollectionAfterDeleteHook<PerspectiveDoc> = ({ doc, req }) => {
  expireTags(tagsFor(doc), req.context)
  return doc
}

export const revalidatePerspective = {
  afterChange: [revalidatePerspectiveAfterChange],
  afterDelete: [revalidatePerspectiveAfterDelete],
}
