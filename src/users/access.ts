import type { Access } from 'payload'

import { hasRole, roleOf } from '../platform/access'

/** Users: admins see everyone, everyone else who is logged in sees only themself. */
export const adminOrSelf: Access = ({ req }) => {
  if (hasRole(req.user, 'admin')) return true
  if (req.user && roleOf(req.user)) return { id: { equals: req.user.id } }
  return false
}
