/**
 * The shared access rules: small named functions composed by every domain's collections. Rules that
 * know a domain live with it (src/editions/access.ts, src/archive/access.ts, src/cfp/access.ts,
 * src/users/access.ts). The matrix they implement is in ARCHITECTURE.md ("Access") and tested in
 * tests/int/security/access.test.ts.
 */
import type { Access, FieldAccess } from 'payload'

import { hasRole } from './roles'

export { hasRole, roleOf, ROLES } from './roles'

/** The usual shape: one rule for reading, one for every write (create, update, delete). */
export function readWrite(read: Access, write: Access): { read: Access; create: Access; update: Access; delete: Access } {
  return { read, create: write, update: write, delete: write }
}

export const anyone: Access = () => true

export const isAdmin: Access = ({ req }) => hasRole(req.user, 'admin')

export const isEditorOrAdmin: Access = ({ req }) => hasRole(req.user, 'admin', 'editor')

export const isAdminField: FieldAccess = ({ req }) => hasRole(req.user, 'admin')

export const isEditorOrAdminField: FieldAccess = ({ req }) => hasRole(req.user, 'admin', 'editor')

/** A field only the server's own code touches (overrideAccess), e.g. the proposal form's idempotency token. */
export const nobodyField: FieldAccess = () => false

/** Published documents for everyone; drafts only for editors and admins (the database filters them). */
export const editorsOrPublished: Access = ({ req }) => {
  if (hasRole(req.user, 'admin', 'editor')) return true
  return { _status: { equals: 'published' } }
}

/**
 * Saved versions hold every draft ever saved: editors and admins only. (Payload's default for
 * readVersions is "anyone logged in", which let reviewers read drafts through /api/<collection>/versions.)
 */
export const editorsOnlyVersions: Access = (args) => isEditorOrAdmin(args)
