import type { CollectionConfig } from 'payload'

import { editorsOnlyVersions, readWrite } from '../platform/access'
import { editorsUnlessEditionArchived } from '../archive/access'
import { publishedContentOfPublicEditions } from './access'
import { editionField, orderField, richTextField, seoField } from '../platform/fields/common'
import { slugField } from '../platform/fields/slug'
import { revalidateEditionContent } from './revalidateEdition'
import { themePreview } from '../platform/preview/previewUrls'
import { TRANSLATION_HINT } from '../platform/i18n'
import { translationStatusField } from '../platform/fields/translationStatus'
import { refuseChangesToArchivedEditions } from '../archive/freeze'

export const Themes: CollectionConfig = {
  slug: 'themes',
  labels: { singular: 'Theme', plural: 'Themes' },
  admin: {
    preview: themePreview,
    useAsTitle: 'title',
    defaultColumns: ['title', 'edition', 'order', '_status', 'frenchTranslation'],
    listSearchableFields: ['title', 'summary'],
    group: 'Conference',
    description: TRANSLATION_HINT,
  },
  defaultSort: 'order',
  versions: { drafts: true, maxPerDoc: 50 },
  access: { ...readWrite(publishedContentOfPublicEditions, editorsUnlessEditionArchived), readVersions: editorsOnlyVersions },
  hooks: { ...revalidateEditionContent, beforeOperation: [refuseChangesToArchivedEditions('themes')] },
  // A theme page is found by edition + slug; the edition page lists themes in order.
  indexes: [{ fields: ['edition', 'slug'] }, { fields: ['edition', 'order'] }],
  fields: [
    translationStatusField(),
    { name: 'title', type: 'text', required: true, localized: true, maxLength: 160 },
    slugField({ from: 'title', uniqueWithin: 'edition' }),
    editionField(),
    orderField(),
    { name: 'summary', type: 'textarea', localized: true, maxLength: 1200 },
    richTextField('body'),
    seoField(),
  ],
}
