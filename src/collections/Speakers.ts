import type { CollectionConfig } from 'payload'

import { editorsOrPublished, editorsUnlessOnlyInArchivedEditions, readWrite } from '../access'
import { linksField, richTextField } from '../fields/common'
import { slugField } from '../fields/slug'
import { revalidateEditionContent } from '../hooks/revalidateEdition'
import { TRANSLATION_HINT } from '../lib/i18n'
import { refuseChangesToArchivedEditions } from '../archive/freeze'

export const Speakers: CollectionConfig = {
  slug: 'speakers',
  labels: { singular: 'Speaker', plural: 'Speakers' },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'affiliation', 'editions', '_status'],
    listSearchableFields: ['name', 'affiliation'],
    group: 'People',
    description: TRANSLATION_HINT,
  },
  defaultSort: 'name',
  versions: { drafts: true, maxPerDoc: 50 },
  access: readWrite(editorsOrPublished, editorsUnlessOnlyInArchivedEditions),
  hooks: { ...revalidateEditionContent, beforeOperation: [refuseChangesToArchivedEditions('speakers')] },
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
