import type { CollectionConfig } from 'payload'

import { contentOfPublicEditions } from '../../editions/access'
import { isAdmin, isEditorOrAdminField } from '../../platform/access'
import { editionField } from '../../platform/fields/common'
import { emailLogField } from '../../platform/email'
import { publishReleaseEndpoint } from './endpoint'

/**
 * One published version of an edition's programme: its number, date, optional public note and what
 * changed since the previous one. Written only by "Publish programme version N" (the endpoint below),
 * never edited: the public changelog is the list of these, newest first.
 */
export const ProgrammeReleases: CollectionConfig = {
  slug: 'programme-releases',
  labels: {
    singular: { en: 'Programme release', fr: 'Version du programme' },
    plural: { en: 'Programme releases', fr: 'Versions du programme' },
  },
  admin: {
    useAsTitle: 'label',
    defaultColumns: ['label', 'edition', 'publishedAt', 'changeCount'],
    group: { en: 'Conference', fr: 'Conférence' },
    description: 'Each release publishes the draft programme at once and records what changed for the public changelog.',
    components: { beforeList: ['/programme/releases/admin/PublishRelease#PublishRelease'] },
  },
  defaultSort: '-publishedAt',
  access: {
    read: contentOfPublicEditions,
    // Only the publish action writes releases (with overrideAccess), so the record cannot be rewritten.
    create: () => false,
    update: () => false,
    delete: isAdmin,
  },
  // Nobody edits it in the admin: no edit lock, and one column fewer in the lock-status query every
  // admin list sends (Payload checks each listed id against every lockable collection).
  lockDocuments: false,
  endpoints: [publishReleaseEndpoint],
  indexes: [{ fields: ['edition', 'number'], unique: true }],
  fields: [
    editionField(),
    { name: 'number', type: 'number', required: true, min: 1, admin: { readOnly: true } },
    { name: 'label', type: 'text', required: true, admin: { readOnly: true } },
    { name: 'publishedAt', type: 'date', required: true, admin: { readOnly: true, date: { pickerAppearance: 'dayAndTime' } } },
    { name: 'note', type: 'textarea', localized: true, maxLength: 2000, admin: { readOnly: true } },
    { name: 'changeCount', type: 'number', required: true, admin: { readOnly: true } },
    { name: 'changes', type: 'json', required: true, admin: { readOnly: true } },
    {
      name: 'snapshot',
      type: 'json',
      required: true,
      admin: { readOnly: true, description: 'The programme as this release published it (the next release is compared with it).' },
      access: { read: isEditorOrAdminField },
    },
    // The speakers' change emails of this release (one per address), as the queue left them.
    emailLogField(),
    {
      name: 'publishedBy',
      type: 'relationship',
      relationTo: 'users',
      admin: { readOnly: true, position: 'sidebar' },
      access: { read: isEditorOrAdminField },
    },
  ],
}
