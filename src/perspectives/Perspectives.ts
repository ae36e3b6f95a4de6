import type { CollectionConfig } from 'payload'

import { editorsOnlyVersions, editorsOrPublished, isEditorOrAdmin, readWrite } from '../platform/access'
import { richTextField, seoField, themesField, urlField } from '../platform/fields/common'
import { slugField } from '../platform/fields/slug'
import { revalidatePerspective } from './revalidatePerspective'
import { perspectivePreview } from '../platform/preview/previewUrls'
import { TRANSLATION_HINT } from '../platform/i18n'
import { translationStatusField } from '../platform/fields/translationStatus'

/** Readings and talk summaries that feed the conference's themes. */
export const Perspectives: CollectionConfig = {
  slug: 'perspectives',
  labels: { singular: { en: 'Perspective', fr: 'Perspective' }, plural: { en: 'Perspectives', fr: 'Perspectives' } },
  admin: {
    preview: perspectivePreview,
    useAsTitle: 'title',
    defaultColumns: ['title', 'kind', 'publishedDate', '_status', 'frenchTranslation'],
    listSearchableFields: ['title', 'summary'],
    group: { en: 'Content', fr: 'Contenus' },
    description: TRANSLATION_HINT,
  },
  defaultSort: '-publishedDate',
  // Drafts are validated too: an empty title or an end before the start is refused on "Save draft", on its field.
  versions: { drafts: { validate: true }, maxPerDoc: 50 },
  access: { ...readWrite(editorsOrPublished, isEditorOrAdmin), readVersions: editorsOnlyVersions },
  hooks: revalidatePerspective,
  fields: [
    translationStatusField(),
    { name: 'title', type: 'text', required: true, localized: true, maxLength: 200 },
    slugField({ from: 'title' }),
    {
      name: 'kind',
      type: 'select',
      required: true,
      defaultValue: 'reading',
      options: [
        { label: 'Reading', value: 'reading' },
        { label: 'Talk summary', value: 'talk-summary' },
      ],
      admin: { position: 'sidebar' },
    },
    // Lists are newest first.
    { name: 'publishedDate', type: 'date', index: true, admin: { position: 'sidebar', date: { pickerAppearance: 'dayOnly' } } },
    {
      name: 'authors',
      type: 'array',
      labels: { singular: 'Author', plural: 'Authors' },
      fields: [{ name: 'name', type: 'text', required: true, maxLength: 120 }],
    },
    {
      name: 'people',
      type: 'array',
      labels: { singular: 'Person named', plural: 'People named' },
      admin: {
        description: 'Panellists or interviewees as the source names them (not Commons AI speakers).',
      },
      fields: [
        { name: 'name', type: 'text', required: true, maxLength: 120 },
        { name: 'affiliation', type: 'text', maxLength: 200 },
        { name: 'role', type: 'text', localized: true, maxLength: 200 },
      ],
    },
    {
      name: 'source',
      type: 'group',
      fields: [{ name: 'name', type: 'text', maxLength: 200 }, urlField('url')],
    },
    { name: 'summary', type: 'textarea', localized: true, maxLength: 2000 },
    richTextField('body'),
    themesField(),
    {
      name: 'speakers',
      type: 'relationship',
      relationTo: 'speakers',
      hasMany: true,
      admin: { description: 'Commons AI speakers this perspective is by or about.' },
    },
    seoField(),
  ],
}
