import type { CollectionConfig } from 'payload'

import { editorsOnlyVersions, readWrite } from '../platform/access'
import { editorsUnlessEditionArchived } from '../archive/access'
import { publishedContentOfPublicEditions } from './access'
import { richTextField, seoField } from '../platform/fields/common'
import { editionPickerField } from './editionRelation'
import { orderLastField } from '../platform/fields/lastPosition'
import { slugField } from '../platform/fields/slug'
import { revalidateEditionContent } from './revalidateEdition'
import { themePreview } from '../platform/preview/previewUrls'
import { TRANSLATION_HINT } from '../platform/i18n'
import { translationStatusField } from '../platform/fields/translationStatus'
import { refuseChangesToArchivedEditions } from '../archive/freeze'
import { continuesField } from './threads/continuesField'
import { revalidateThemeThreads } from './threads/revalidateThreads'

export const Themes: CollectionConfig = {
  slug: 'themes',
  labels: { singular: { en: 'Theme', fr: 'Thème' }, plural: { en: 'Themes', fr: 'Thèmes' } },
  admin: {
    preview: themePreview,
    useAsTitle: 'title',
    defaultColumns: ['title', 'edition', 'order', '_status', 'frenchTranslation'],
    listSearchableFields: ['title', 'summary'],
    group: { en: 'Conference', fr: 'Conférence' },
    description: TRANSLATION_HINT,
  },
  defaultSort: 'order',
  // Drafts are validated too: an empty title or an end before the start is refused on "Save draft", on its field.
  versions: { drafts: { validate: true }, maxPerDoc: 50 },
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
    { name: 'title', type: 'text', label: { en: 'Title', fr: 'Titre' }, required: true, localized: true, maxLength: 160 },
    slugField({ from: 'title', uniqueWithin: 'edition' }),
    editionPickerField(),
    orderLastField('themes'),
    continuesField(),
    { name: 'summary', type: 'textarea', label: { en: 'Summary', fr: 'Résumé' }, localized: true, maxLength: 1200 },
    richTextField('body'),
    seoField(),
  ],
}
