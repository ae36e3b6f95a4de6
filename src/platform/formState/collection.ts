import type { CollectionConfig } from 'payload'

export const FORM_STATES = 'form-states' as const

const nobody = () => false

/**
 * What a form posted without JavaScript showed wrong, kept for the page the browser is redirected to
 * (post/redirect/get): in the database, so the redirect may land on any app process. Hidden and closed
 * to REST, GraphQL and the admin (it holds what people typed); only server code reads and writes it
 * (Local API, overrideAccess). Minutes long, not backed up.
 */
export const FormStates: CollectionConfig = {
  slug: FORM_STATES,
  admin: { hidden: true },
  access: { read: nobody, create: nobody, update: nobody, delete: nobody },
  timestamps: false,
  lockDocuments: false,
  fields: [
    { name: 'key', type: 'text', required: true, unique: true, index: true },
    // Who may read it back (e.g. a speaker and a document); empty: whoever holds the key.
    { name: 'owner', type: 'text' },
    { name: 'state', type: 'json', required: true },
    { name: 'expiresAt', type: 'number', required: true, index: true },
  ],
}
