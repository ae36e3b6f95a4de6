import type { CollectionAfterChangeHook, CollectionAfterDeleteHook } from 'payload'

import { cacheTags } from '../platform/cache/cacheTags'
import { expireTagsFor } from '../platform/cache/expire'

type PerspectiveDoc = { id: number | string; slug?: string | null }

function tagsFor(...docs: Array<PerspectiveDoc | undefined>): string[] {
  const slugs = docs.map((doc) => doc?.slug).filter((slug): slug is string => typeof slug === 'string')
  // The home page lists related perspectives, so it follows too (through site settings' tag).
  return [cacheTags.perspectives(), cacheTags.siteSettings(), ...slugs.map(cacheTags.perspective)]
}

const revalidatePerspectiveAfterChange: CollectionAfterChangeHook<PerspectiveDoc> = async ({ doc, previousDoc, req }) => {
  await expireTagsFor(req, tagsFor(doc, previousDoc))
  return doc
}

const revalidatePerspectiveAfterDelete: CollectionAfterDeleteHook<PerspectiveDoc> = async ({ doc, req }) => {
  await expireTagsFor(req, tagsFor(doc))
  return doc
}

export const revalidatePerspective = {
  afterChange: [revalidatePerspectiveAfterChange],
  afterDelete: [revalidatePerspectiveAfterDelete],
}
