/** Who reads editions and the content that belongs to one (committee, themes, sessions). */
import type { Access, PayloadRequest, Where } from 'payload'

import { hasRole } from '../platform/access'

/** Editions: as above, and an edition still in its `draft` lifecycle stage is not public either. */
const publicEditionsWhere: Where = { and: [{ _status: { equals: 'published' } }, { status: { not_equals: 'draft' } }] }

export const editorsOrPublishedEdition: Access = ({ req }) => {
  if (hasRole(req.user, 'admin', 'editor')) return true
  return publicEditionsWhere
}

/**
 * Content that belongs to an edition (committee, sessions) is public only once its edition is:
 * published and past the `draft` lifecycle stage. Editors and admins see all of it.
 */
export const contentOfPublicEditions: Access = async ({ req }) => {
  if (hasRole(req.user, 'admin', 'editor')) return true
  const editions = await editionIds(req, publicEditionsWhere)
  return editions.length > 0 ? { edition: { in: editions } } : false
}

/** Themes and sessions: as above, and the document itself must be published (both have drafts). */
export const publishedContentOfPublicEditions: Access = async ({ req }) => {
  if (hasRole(req.user, 'admin', 'editor')) return true
  const editions = await editionIds(req, publicEditionsWhere)
  if (editions.length === 0) return false
  const published: Where = { and: [{ _status: { equals: 'published' } }, { edition: { in: editions } }] }
  return published
}

export async function editionIds(req: PayloadRequest, where: Where): Promise<Array<number | string>> {
  const { docs } = await req.payload.find({
    collection: 'editions',
    where,
    depth: 0,
    joins: false,
    select: { status: true },
    pagination: false,
    overrideAccess: true,
    req,
  })
  return docs.map((edition) => edition.id)
}
