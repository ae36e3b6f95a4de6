import type { CollectionConfig } from 'payload'

/**
 * Short-lived locks shared by every app process (one row per key, unique): the database, not a
 * process's memory, decides who runs a guarded action. Not content: no access for anyone, not in
 * the admin, not in backups.
 */
export const Locks: CollectionConfig = {
  slug: 'locks',
  admin: { hidden: true },
  access: { read: () => false, create: () => false, update: () => false, delete: () => false },
  // Nobody edits it in the admin: no edit lock, and one column fewer in the lock-status query every
  // admin list sends (Payload checks each listed id against every lockable collection).
  lockDocuments: false,
  fields: [
    { name: 'key', type: 'text', required: true, unique: true, index: true },
    { name: 'expiresAt', type: 'date', required: true, index: true },
  ],
}
