import type { CollectionConfig } from 'payload'

import { editorsOnlyVersions, editorsOrPublished, editorsUnlessOnlyInArchivedEditions, readWrite } from '../access'
import { linksField, richTextField } from '../fields/common'
import { slugField } from '../fields/slug'
import { revalidateEditionContent } from '../hooks/revalidateEdition'
import { TRANSLATION_HINT } from '../lib/i18n'
import { speakerPreview } from '../lib/previewUrls'
import { translationStatusField } from '../fields/translationStatus'
import { refuseChangesToArchivedEditions } from '../archive/freeze'

export const Speakers: CollectionConfig = {
  slug: 'speakers',
  labels: { singular: 'Speaker', plural: 'Speakers' },
  admin: {
    preview: speakerPreview,
    useAsTitle: 'name',
    defaultColumns: ['name', 'affiliation', 'editions', '_status', 'frenchTranslation'],
    listSearchableFields: ['name', 'affiliation'],
    group: 'People',
    description: TRANSLATION_HINT,
  },
  defaultSort: 'name',
  versions: { drafts: true, maxPerDoc: 50 },
  access: { ...readWrite(editorsOrPublished, editorsUnlessOnlyInArchivedEditions), readVersions: editorsOnlyVersions },
  hooks: { ...revalidateEditionContent, beforeOperation: [refuseChangesToArchivedEditions('speakers')] },
  fields: [
    translationStatusField(),
    // Speaker lists are sorted by name.
    { name: 'name', type: 'text', required: true, index: true, maxLength: 120 },
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
