import type { CollectionConfig } from 'payload'

/**
 * Personal agendas: an unguessable key, the edition and the ticked sessions. Nothing else is kept
 * (no name, address, timestamps). Nobody reads or writes them through the API or the admin: only the
 * agenda form and feed (src/programme/agenda/store.ts, with overrideAccess) do, by key.
 */
const nobody = () => false

export const Agendas: CollectionConfig = {
  slug: 'agendas',
  labels: { singular: 'Personal agenda', plural: 'Personal agendas' },
  admin: { hidden: true },
  timestamps: false,
  access: { read: nobody, create: nobody, update: nobody, delete: nobody },
  // Nobody edits it in the admin: no edit lock, and one column fewer in the lock-status query every
  // admin list sends (Payload checks each listed id against every lockable collection).
  lockDocuments: false,
  fields: [
    { name: 'key', type: 'text', required: true, unique: true, index: true, minLength: 22, maxLength: 22 },
    { name: 'edition', type: 'relationship', relationTo: 'editions', required: true, index: true },
    { name: 'sessions', type: 'relationship', relationTo: 'sessions', hasMany: true, maxRows: 500 },
  ],
}
