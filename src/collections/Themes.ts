import type { CollectionConfig } from 'payload'

import { editorsOnlyVersions, editorsUnlessEditionArchived, publishedContentOfPublicEditions, readWrite } from '../access'
import { editionField, orderField, richTextField, seoField } from '../fields/common'
import { slugField } from '../fields/slug'
import { revalidateEditionContent } from '../hooks/revalidateEdition'
import { themePreview } from '../lib/previewUrls'
import { TRANSLATION_HINT } from '../lib/i18n'
import { translationStatusField } from '../fields/translationStatus'
import { refuseChangesToArchivedEditions } from '../archive/freeze'
import { continuesField } from '../editions/threads/continuesField'
import { revalidateThemeThreads } from '../editions/threads/revalidateThreads'

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
  hooks: {
    afterChange: [...revalidateEditionContent.afterChange, ...revalidateThemeThreads.afterChange],
    afterDelete: [...revalidateEditionContent.afterDelete, ...revalidateThemeThreads.afterDelete],
    beforeOperation: [refuseChangesToArchivedEditions('themes')],
  },
  // A theme page is found by edition + slug; the edition page lists themes in order.
  indexes: [{ fields: ['edition', 'slug'] }, { fields: ['edition', 'order'] }],
  fields: [
    translationStatusField(),
    { name: 'title', type: 'text', required: true, localized: true, maxLength: 160 },
    slugField({ from: 'title', uniqueWithin: 'edition' }),
    editionField(),
    orderField(),
    continuesField(),
    { name: 'summary', type: 'textarea', localized: true, maxLength: 1200 },
    richTextField('body'),
    seoField(),
  ],
}
