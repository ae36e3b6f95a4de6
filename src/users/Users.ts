import type { CollectionBeforeChangeHook, CollectionConfig } from 'payload'

import { adminOrSelf } from './access'
import { isAdmin, isAdminField, ROLES } from '../platform/access'
import { authCookieOptions } from '../platform/env/cookies'
import { clearDraftModeOnLogout } from '../platform/preview/clearDraftModeOnLogout'
import { releaseLoginSlot, throttleLoginByAddress } from './loginThrottle'
import { renameReviewer } from '../cfp/review/reviewLabels'
import { hashPasswordForUnknownAccounts } from './unknownAccountTiming'

/** Five wrong passwords lock the account for 15 minutes (then the right one works again). */
export const MAX_LOGIN_ATTEMPTS = 5
export const LOCK_TIME_MS = 15 * 60 * 1000

/** The first account ever created (the admin's create-first-user screen) becomes an admin. */
const firstUserIsAdmin: CollectionBeforeChangeHook = async ({ data, operation, req }) => {
  if (operation !== 'create') return data
  const { totalDocs } = await req.payload.count({ collection: 'users', overrideAccess: true, req })
  return totalDocs === 0 ? { ...data, role: 'admin' } : data
}

export const Users: CollectionConfig = {
  slug: 'users',
  labels: { singular: { en: 'User', fr: 'Utilisateur' }, plural: { en: 'Users', fr: 'Utilisateurs' } },
  admin: {
    useAsTitle: 'email',
    defaultColumns: ['email', 'name', 'role', 'updatedAt'],
    group: { en: 'Admin', fr: 'Administration' },
  },
  auth: {
    maxLoginAttempts: MAX_LOGIN_ATTEMPTS,
    lockTime: LOCK_TIME_MS,
    tokenExpiration: 8 * 60 * 60,
    cookies: authCookieOptions(process.env),
  },
  access: {
    // Payload's create-first-user screen bypasses this; afterwards only admins add accounts.
    create: isAdmin,
    read: adminOrSelf,
    update: adminOrSelf,
    delete: isAdmin,
    admin: ({ req }) => Boolean(req.user),
    // Payload's default lets any logged-in account lift any other account's login lockout.
    unlock: isAdmin,
  },
  hooks: {
    beforeChange: [firstUserIsAdmin],
    beforeOperation: [throttleLoginByAddress, hashPasswordForUnknownAccounts],
    afterLogin: [releaseLoginSlot],
    afterLogout: [clearDraftModeOnLogout],
    afterChange: [renameReviewer],
  },
  fields: [
    { name: 'name', type: 'text', maxLength: 120 },
    {
      name: 'role',
      type: 'select',
      required: true,
      defaultValue: 'editor',
      saveToJWT: true,
      options: ROLES.map((role) => ({ label: role[0]!.toUpperCase() + role.slice(1), value: role })),
      access: { create: isAdminField, update: isAdminField },
      admin: { position: 'sidebar' },
    },
    {
      name: 'reviewerEditions',
      type: 'relationship',
      relationTo: 'editions',
      hasMany: true,
      saveToJWT: true,
      label: 'Reviews proposals of',
      access: { create: isAdminField, update: isAdminField },
      admin: {
        position: 'sidebar',
        condition: (data) => data?.role === 'reviewer',
        description: 'Editions whose proposals this reviewer sees.',
      },
    },
  ],
}
