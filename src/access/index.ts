/**
 * Every access rule of the app, each a small named function, composed by the collections.
 * The matrix they implement is in ../shared/DESIGN.md ("Access") and tested in tests/int/access.test.ts.
 */
import type { Access, FieldAccess, PayloadRequest, Where } from 'payload'

import { relationId } from '../lib/relations'
import { hasRole, roleOf } from './roles'

export { hasRole, roleOf, ROLES, type Role } from './roles'

/** The usual shape: one rule for reading, one for every write (create, update, delete). */
export function readWrite(read: Access, write: Access): { read: Access; create: Access; update: Access; delete: Access } {
  return { read, create: write, update: write, delete: write }
}

export const anyone: Access = () => true

export const isAdmin: Access = ({ req }) => hasRole(req.user, 'admin')
export const isEditorOrAdmin: Access = ({ req }) => hasRole(req.user, 'admin', 'editor')

export const isAdminField: FieldAccess = ({ req }) => hasRole(req.user, 'admin')
export const isEditorOrAdminField: FieldAccess = ({ req }) => hasRole(req.user, 'admin', 'editor')

/** Published documents for everyone; drafts only for editors and admins (the database filters them). */
export const editorsOrPublished: Access = ({ req }) => {
  if (hasRole(req.user, 'admin', 'editor')) return true
  return { _status: { equals: 'published' } }
}

/** Editions: as above, and an edition still in its `draft` lifecycle stage is not public either. */
const publicEditionsWhere: Where = { and: [{ _status: { equals: 'published' } }, { status: { not_equals: 'draft' } }] }

export const editorsOrPublishedEdition: Access = ({ req }) => {
  if (hasRole(req.user, 'admin', 'editor')) return true
  return publicEditionsWhere
}

/** Archived editions are frozen: editors may change any other edition, only an admin unfreezes. */
export const editorsUnlessArchived: Access = ({ req }) => {
  if (hasRole(req.user, 'admin')) return true
  if (hasRole(req.user, 'editor')) return { status: { not_equals: 'archived' } }
  return false
}

/**
 * The content of an archived edition (themes, sessions, committee) is frozen with it: editors may change
 * the content of any other edition but not create, change or delete content of an archived one, nor move
 * content into it; only an admin unfreezes.
 */
export const editorsUnlessEditionArchived: Access = async ({ req, data }) => {
  if (hasRole(req.user, 'admin')) return true
  if (!hasRole(req.user, 'editor')) return false
  const archived = await archivedEditionIds(req)
  if (archived.length === 0) return true
  const target = relationId((data as { edition?: unknown } | undefined)?.edition)
  if (target !== undefined && archived.some((id) => String(id) === String(target))) return false
  return { edition: { not_in: archived } }
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

function archivedEditionIds(req: PayloadRequest): Promise<Array<number | string>> {
  return editionIds(req, { status: { equals: 'archived' } })
}

async function editionIds(req: PayloadRequest, where: Where): Promise<Array<number | string>> {
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

/** Users: admins see everyone, everyone else who is logged in sees only themself. */
export const adminOrSelf: Access = ({ req }) => {
  if (hasRole(req.user, 'admin')) return true
  if (req.user && roleOf(req.user)) return { id: { equals: req.user.id } }
  return false
}

/** Proposals: editors and admins all; a reviewer those of the editions they are assigned to. */
export const proposalsReadable: Access = ({ req }) => {
  if (hasRole(req.user, 'admin', 'editor')) return true
  if (!hasRole(req.user, 'reviewer')) return false
  const editions = assignedEditionIds(req.user)
  return editions.length > 0 ? { edition: { in: editions } } : false
}

/** Reviews: editors and admins all; a reviewer only their own. */
export const reviewsReadable: Access = ({ req }) => {
  if (hasRole(req.user, 'admin', 'editor')) return true
  if (hasRole(req.user, 'reviewer') && req.user) return { reviewer: { equals: req.user.id } }
  return false
}

export const ownReviewOrEditor: Access = ({ req }) => {
  if (hasRole(req.user, 'admin', 'editor')) return true
  if (hasRole(req.user, 'reviewer') && req.user) return { reviewer: { equals: req.user.id } }
  return false
}

export function assignedEditionIds(user: unknown): Array<number | string> {
  const assigned = (user as { reviewerEditions?: unknown } | null)?.reviewerEditions
  if (!Array.isArray(assigned)) return []
  return assigned
    .map((entry) => (typeof entry === 'object' && entry !== null ? (entry as { id?: unknown }).id : entry))
    .filter((id): id is number | string => typeof id === 'number' || typeof id === 'string')
}
