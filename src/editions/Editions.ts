import type { Block, CollectionConfig } from 'payload'

import { editorsOnlyVersions, isAdmin, isEditorOrAdmin } from '../platform/access'
import { editorsOrPublishedEdition } from './access'
import { editorsUnlessArchived } from '../archive/access'
import { emailField, richTextField, seoField, urlField } from '../platform/fields/common'
import { parisDay, parisDayAndTimeField, parisDayField, parisDeadlineDayField } from '../platform/fields/parisDates'
import { revalidateEditionAfterChange, revalidateEditionAfterDelete } from './revalidateEdition'
import { editionPreview } from '../platform/preview/previewUrls'
import { TRANSLATION_HINT } from '../platform/i18n'
import { translationStatusField } from '../platform/fields/translationStatus'
import { refuseChangesToArchivedEditions } from '../archive/freeze'
import { archiveEndpoints } from '../archive/endpoints'
import { currentEditionArchivesThroughTheAction } from '../archive/statusGuard'
import { rolloverEndpoints } from './rollover/endpoints'
import { archiveLicenceField } from '../archive/licenceField'

/** The three parts of the co-construction format; proposals pick one of an edition's parts. */
export const FORMAT_PART_KINDS = ['framing-talk', 'audience-reflection', 'inspiring-initiative'] as const

function formatPartBlock(slug: (typeof FORMAT_PART_KINDS)[number], label: string): Block {
  return {
    slug,
    labels: { singular: label, plural: `${label}s` },
    fields: [
      { name: 'title', type: 'text', required: true, localized: true, maxLength: 120 },
      { name: 'description', type: 'textarea', required: true, localized: true, maxLength: 600 },
    ],
  }
}

export const Editions: CollectionConfig = {
  slug: 'editions',
  labels: { singular: 'Edition', plural: 'Editions' },
  admin: {
    preview: editionPreview,
    useAsTitle: 'title',
    defaultColumns: ['year', 'title', 'status', 'startDate', '_status', 'frenchTranslation'],
    listSearchableFields: ['title', 'tagline'],
    group: 'Conference',
    description: `One entry per yearly conference. The current edition is chosen in Site settings. ${TRANSLATION_HINT}`,
    components: {
      edit: {
        beforeDocumentControls: [
          '/editions/rollover/admin/PrepareNextEditionButton#PrepareNextEditionButton',
          '/archive/admin/ArchiveEditionButton#ArchiveEditionButton',
        ],
      },
    },
  },
  defaultSort: '-year',
  // Drafts are validated too: an empty title or an end before the start is refused on "Save draft", on its field.
  versions: { drafts: { validate: true }, maxPerDoc: 50 },
  access: {
    read: editorsOrPublishedEdition,
    create: isEditorOrAdmin,
    update: editorsUnlessArchived,
    delete: isAdmin,
    readVersions: editorsOnlyVersions,
  },
  endpoints: [...archiveEndpoints, ...rolloverEndpoints],
  hooks: {
    beforeOperation: [refuseChangesToArchivedEditions('editions')],
    beforeChange: [currentEditionArchivesThroughTheAction],
    afterChange: [revalidateEditionAfterChange],
    afterDelete: [revalidateEditionAfterDelete],
  },
  fields: [
    translationStatusField(),
    archiveLicenceField(),
    {
      type: 'row',
      fields: [
        {
          name: 'year',
          type: 'number',
          required: true,
          unique: true,
          index: true,
          min: 2000,
          max: 2100,
          admin: { width: '33%', components: { Description: '/editions/admin/YearAddressHint#YearAddressHint' } },
        },
        { name: 'ordinal', type: 'number', min: 1, admin: { width: '33%', description: '2 for the 2nd edition' } },
        {
          name: 'status',
          type: 'select',
          required: true,
          defaultValue: 'draft',
          index: true,
          options: [
            { label: 'Draft', value: 'draft' },
            { label: 'Upcoming', value: 'upcoming' },
            { label: 'Current', value: 'current' },
            { label: 'Archived (frozen)', value: 'archived' },
          ],
          admin: { width: '33%' },
        },
      ],
    },
    { name: 'title', type: 'text', required: true, localized: true, maxLength: 120 },
    { name: 'tagline', type: 'text', localized: true, maxLength: 200 },
    {
      type: 'tabs',
      tabs: [
        {
          label: 'About',
          fields: [
            { name: 'introHeading', type: 'text', localized: true, maxLength: 120 },
            richTextField('intro'),
            { name: 'formatHeading', type: 'text', localized: true, maxLength: 120 },
            { name: 'formatIntro', type: 'textarea', localized: true, maxLength: 1000 },
            {
              name: 'format',
              type: 'blocks',
              blocks: [
                formatPartBlock('framing-talk', 'Framing talk'),
                formatPartBlock('audience-reflection', 'Reflection with the audience'),
                formatPartBlock('inspiring-initiative', 'Inspiring initiative'),
              ],
            },
            { name: 'formatNote', type: 'textarea', localized: true, maxLength: 600 },
            { name: 'themesHeading', type: 'text', localized: true, maxLength: 120 },
            { name: 'themesIntro', type: 'textarea', localized: true, maxLength: 600 },
            { name: 'committeeIntro', type: 'textarea', localized: true, maxLength: 600 },
          ],
        },
        {
          label: 'Dates & place',
          fields: [
            {
              type: 'row',
              fields: [
                parisDayField('startDate', { description: 'First day, in Paris.' }),
                parisDayField('endDate', {
                  description: 'Last day, in Paris.',
                  validate: (value: unknown, { siblingData }: { siblingData: Record<string, unknown> }) => {
                    const start = siblingData.startDate
                    if (!value) return start ? 'An end date is required when a start date is set.' : true
                    // Compared as Paris days: a day may be stored at midnight or at noon in Paris.
                    if (start && parisDay(new Date(String(value))) < parisDay(new Date(String(start)))) {
                      return 'The end date cannot be before the start date.'
                    }
                    return true
                  },
                }),
              ],
            },
            { name: 'venue', type: 'text', localized: true, maxLength: 120 },
            { name: 'city', type: 'text', localized: true, maxLength: 80 },
            {
              name: 'hostEvent',
              type: 'group',
              fields: [
                { name: 'name', type: 'text', maxLength: 120 },
                { name: 'shortName', type: 'text', maxLength: 20 },
                urlField('url'),
                { name: 'note', type: 'text', localized: true, maxLength: 200 },
              ],
            },
          ],
        },
        {
          label: 'Call for proposals',
          fields: [
            {
              name: 'cfp',
              type: 'group',
              label: 'Call for proposals',
              fields: [
                {
                  type: 'row',
                  fields: [
                    parisDayAndTimeField('opensAt', { description: 'When the form opens, Paris time. Empty: open once published.' }),
                    parisDeadlineDayField('deadline', {
                      description: 'Last day proposals are accepted: the form closes at the end of that day (23:59, Paris time).',
                    }),
                  ],
                },
                { name: 'heading', type: 'text', localized: true, maxLength: 120 },
                { name: 'intro', type: 'textarea', localized: true, maxLength: 2000 },
                emailField('contactEmail', { label: 'Contact email for proposals' }),
                {
                  name: 'anonymiseReviews',
                  type: 'checkbox',
                  defaultValue: false,
                  admin: { description: 'Hide submitter names, affiliations, bios and links from reviewers (editors still see them).' },
                },
                {
                  name: 'showCountries',
                  label: 'Ask for a country and show proposals by country',
                  type: 'checkbox',
                  defaultValue: false,
                  admin: {
                    description:
                      'Off by default. On: the proposal form asks for a country (optional), and the archived edition’s “call in numbers” counts proposals by country (groups under 5 merged into “other”).',
                  },
                },
              ],
            },
          ],
        },
        {
          label: 'Registration',
          fields: [
            {
              name: 'registration',
              type: 'group',
              fields: [
                {
                  name: 'state',
                  type: 'select',
                  required: true,
                  defaultValue: 'to-be-announced',
                  options: [
                    { label: 'To be announced', value: 'to-be-announced' },
                    { label: 'Open', value: 'open' },
                    { label: 'Closed', value: 'closed' },
                  ],
                },
                urlField('url', { label: 'Registration URL' }),
                { name: 'note', type: 'textarea', localized: true, maxLength: 400 },
              ],
            },
            urlField('newsletterUrl', { label: 'Newsletter sign-up URL' }),
          ],
        },
        {
          label: 'People & themes',
          description: 'Themes, committee members, speakers and sessions point to their edition; they are listed here.',
          fields: [
            { name: 'themes', type: 'join', collection: 'themes', on: 'edition', defaultSort: 'order' },
            { name: 'committee', type: 'join', collection: 'committee-members', on: 'edition', defaultSort: 'order' },
            { name: 'speakers', type: 'join', collection: 'speakers', on: 'editions' },
            { name: 'sessions', type: 'join', collection: 'sessions', on: 'edition', defaultSort: 'start' },
          ],
        },
        { label: 'SEO', fields: [seoField()] },
      ],
    },
  ],
}
