import type { PayloadRequest } from 'payload'

export const ROLES = ['admin', 'editor', 'reviewer'] as const
export type Role = (typeof ROLES)[number]

type MaybeUser = PayloadRequest['user'] | undefined

/** The role of a logged-in user of the `users` collection, or null for the public. */
export function roleOf(user: MaybeUser): Role | null {
  if (!user || user.collection !== 'users') return null
  const role = (user as { role?: unknown }).role
  return ROLES.includes(role as Role) ? (role as Role) : null
}

export function hasRole(user: MaybeUser, ...roles: Role[]): boolean {
  const role = roleOf(user)
  return role !== null && roles.includes(role)
}
