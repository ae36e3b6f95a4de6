import type { CollectionConfig } from 'payload'

import { editorsOrPublished, isEditorOrAdmin } from '../access'
import { linksField, richTextField } from '../fields/common'
import { slugField } from '../fields/slug'
import { revalidateEditionContentAfterChange, revalidateEditionContentAfterDelete } from '../hooks/revalidateEdition'

export const Speakers: CollectionConfig = {
  slug: 'speakers',
  labels: { singular: 'Speaker', plural: 'Speakers' },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'affiliation', 'editions', '_status'],
    listSearchableFields: ['name', 'affiliation'],
    group: 'People',
  },
  defaultSort: 'name',
  versions: { drafts: true, maxPerDoc: 50 },
  access: {
    read: editorsOrPublished,
    create: isEditorOrAdmin,
    update: isEditorOrAdmin,
    delete: isEditorOrAdmin,
  },
  hooks: {
    afterChange: [revalidateEditionContentAfterChange],
    afterDelete: [revalidateEditionContentAfterDelete],
  },
  fields: [
    { name: 'name', type: 'text', required: true, maxLength: 120 },
    slugField({ from: 'name' }),
    { name: 'photo', type: 'upload', relationTo: 'media' },
    { name: 'affiliation', type: 'text', localized: true, maxLength: 160 },
    richTextField('bio'),
    linksField(),
    {
      name: 'editions',
      type: 'relationship',
      relationTo: 'editions',
      hasMany: true,
      index: true,
      admin: { position: 'sidebar', description: 'Editions this person speaks at.' },
    },
  ],
}
