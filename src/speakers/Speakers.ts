import type { CollectionConfig } from 'payload'

import { editorsOnlyVersions, editorsOrPublished, readWrite } from '../platform/access'
import { editorsUnlessOnlyInArchivedEditions } from '../archive/access'
import { linksField, richTextField } from '../platform/fields/common'
import { slugField } from '../platform/fields/slug'
import { revalidateEditionContent } from '../editions/revalidateEdition'
import { TRANSLATION_HINT } from '../platform/i18n'
import { speakerPreview } from '../platform/preview/previewUrls'
import { translationStatusField } from '../platform/fields/translationStatus'
import { refuseChangesToArchivedEditions } from '../archive/freeze'
import { changedByField, recordChangedBy } from './changedBy'
import { nameKeyField } from './nameKey'

export const Speakers: CollectionConfig = {
  slug: 'speakers',
  labels: { singular: { en: 'Speaker', fr: 'Intervenant' }, plural: { en: 'Speakers', fr: 'Intervenants' } },
  admin: {
    preview: speakerPreview,
    useAsTitle: 'name',
    defaultColumns: ['name', 'affiliation', 'editions', '_status', 'frenchTranslation'],
    listSearchableFields: ['name', 'affiliation'],
    group: { en: 'People', fr: 'Personnes' },
    description: TRANSLATION_HINT,
  },
  defaultSort: 'name',
  versions: { drafts: true, maxPerDoc: 50 },
  access: { ...readWrite(editorsOrPublished, editorsUnlessOnlyInArchivedEditions), readVersions: editorsOnlyVersions },
  hooks: {
    ...revalidateEditionContent,
    beforeOperation: [refuseChangesToArchivedEditions('speakers')],
    beforeChange: [recordChangedBy],
  },
  fields: [
    translationStatusField(),
    // Speaker lists are sorted by name.
    { name: 'name', type: 'text', label: { en: 'Name', fr: 'Nom' }, required: true, index: true, maxLength: 120 },
    nameKeyField(),
    slugField({ from: 'name' }),
    { name: 'photo', type: 'upload', label: { en: 'Photo', fr: 'Photo' }, relationTo: 'media' },
    { name: 'affiliation', type: 'text', label: { en: 'Affiliation', fr: 'Affiliation' }, localized: true, maxLength: 160 },
    richTextField('bio'),
    linksField(),
    {
      name: 'editions',
      type: 'relationship',
      label: { en: 'Editions', fr: 'Éditions' },
      relationTo: 'editions',
      hasMany: true,
      index: true,
      admin: { position: 'sidebar', description: 'Editions this person speaks at.' },
    },
    changedByField(),
  ],
}
