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
      { name: 'title', type: 'text', label: { en: 'Title', fr: 'Titre' }, required: true, localized: true, maxLength: 120 },
      {
        name: 'description',
        type: 'textarea',
        label: { en: 'Description', fr: 'Description' },
        required: true,
        localized: true,
        maxLength: 600,
      },
    ],
  }
}

export const Editions: CollectionConfig = {
  slug: 'editions',
  labels: { singular: { en: 'Edition', fr: 'Édition' }, plural: { en: 'Editions', fr: 'Éditions' } },
  admin: {
    preview: editionPreview,
    useAsTitle: 'title',
    defaultColumns: ['year', 'title', 'status', 'startDate', '_status', 'frenchTranslation'],
    listSearchableFields: ['title', 'tagline'],
    group: { en: 'Conference', fr: 'Conférence' },
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
          label: { en: 'Year', fr: 'Année' },
          required: true,
          unique: true,
          index: true,
          min: 2000,
          max: 2100,
          admin: { width: '33%', components: { Description: '/editions/admin/YearAddressHint#YearAddressHint' } },
        },
        {
          name: 'ordinal',
          type: 'number',
          label: { en: 'Ordinal', fr: 'Numéro' },
          min: 1,
          admin: { width: '33%', description: '2 for the 2nd edition' },
        },
        {
          name: 'status',
          type: 'select',
          label: { en: 'Status', fr: 'Statut' },
          required: true,
          defaultValue: 'draft',
          index: true,
          options: [
            { label: { en: 'Draft', fr: 'Brouillon' }, value: 'draft' },
            { label: { en: 'Upcoming', fr: 'À venir' }, value: 'upcoming' },
            { label: { en: 'Current', fr: 'En cours' }, value: 'current' },
            { label: { en: 'Archived (frozen)', fr: 'Archivée (figée)' }, value: 'archived' },
          ],
          admin: { width: '33%' },
        },
      ],
    },
    { name: 'title', type: 'text', label: { en: 'Title', fr: 'Titre' }, required: true, localized: true, maxLength: 120 },
    { name: 'tagline', type: 'text', label: { en: 'Tagline', fr: 'Accroche' }, localized: true, maxLength: 200 },
    {
      type: 'tabs',
      tabs: [
        {
          label: { en: 'About', fr: 'Présentation' },
          fields: [
            {
              name: 'introHeading',
              type: 'text',
              label: { en: 'Intro heading', fr: 'Titre de l’introduction' },
              localized: true,
              maxLength: 120,
            },
            richTextField('intro'),
            {
              name: 'formatHeading',
              type: 'text',
              label: { en: 'Format heading', fr: 'Titre du format' },
              localized: true,
              maxLength: 120,
            },
            {
              name: 'formatIntro',
              type: 'textarea',
              label: { en: 'Format intro', fr: 'Introduction du format' },
              localized: true,
              maxLength: 1000,
            },
            {
              name: 'format',
              type: 'blocks',
              label: { en: 'Format', fr: 'Format' },
              blocks: [
                formatPartBlock('framing-talk', 'Framing talk'),
                formatPartBlock('audience-reflection', 'Reflection with the audience'),
                formatPartBlock('inspiring-initiative', 'Inspiring initiative'),
              ],
            },
            {
              name: 'formatNote',
              type: 'textarea',
              label: { en: 'Format note', fr: 'Note sur le format' },
              localized: true,
              maxLength: 600,
            },
            {
              name: 'themesHeading',
              type: 'text',
              label: { en: 'Themes heading', fr: 'Titre des thèmes' },
              localized: true,
              maxLength: 120,
            },
            {
              name: 'themesIntro',
              type: 'textarea',
              label: { en: 'Themes intro', fr: 'Introduction des thèmes' },
              localized: true,
              maxLength: 600,
            },
            {
              name: 'committeeIntro',
              type: 'textarea',
              label: { en: 'Committee intro', fr: 'Introduction du comité' },
              localized: true,
              maxLength: 600,
            },
          ],
        },
        {
          label: { en: 'Dates & place', fr: 'Dates et lieu' },
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
            { name: 'venue', type: 'text', label: { en: 'Venue', fr: 'Lieu' }, localized: true, maxLength: 120 },
            { name: 'city', type: 'text', label: { en: 'City', fr: 'Ville' }, localized: true, maxLength: 80 },
            {
              name: 'hostEvent',
              type: 'group',
              label: { en: 'Host event', fr: 'Événement hôte' },
              fields: [
                { name: 'name', type: 'text', label: { en: 'Name', fr: 'Nom' }, maxLength: 120 },
                { name: 'shortName', type: 'text', label: { en: 'Short name', fr: 'Nom court' }, maxLength: 20 },
                urlField('url'),
                { name: 'note', type: 'text', label: { en: 'Note', fr: 'Note' }, localized: true, maxLength: 200 },
              ],
            },
          ],
        },
        {
          label: { en: 'Call for proposals', fr: 'Appel à propositions' },
          fields: [
            {
              name: 'cfp',
              type: 'group',
              label: { en: 'Call for proposals', fr: 'Appel à propositions' },
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
                parisDeadlineDayField('confirmBy', {
                  description:
                    'Optional: the last day accepted speakers may confirm or decline their participation in the speaker space (until 23:59, Paris time).',
                }),
                { name: 'heading', type: 'text', label: { en: 'Heading', fr: 'Titre' }, localized: true, maxLength: 120 },
                { name: 'intro', type: 'textarea', label: { en: 'Intro', fr: 'Introduction' }, localized: true, maxLength: 2000 },
                emailField('contactEmail', { label: { en: 'Contact email for proposals', fr: 'E-mail de contact pour les propositions' } }),
                {
                  name: 'anonymiseReviews',
                  type: 'checkbox',
                  label: { en: 'Anonymise reviews', fr: 'Évaluations anonymes' },
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
          label: { en: 'Registration', fr: 'Inscriptions' },
          fields: [
            {
              name: 'registration',
              type: 'group',
              fields: [
                {
                  name: 'state',
                  type: 'select',
                  label: { en: 'State', fr: 'État' },
                  required: true,
                  defaultValue: 'to-be-announced',
                  options: [
                    { label: { en: 'To be announced', fr: 'À annoncer' }, value: 'to-be-announced' },
                    { label: { en: 'Open', fr: 'Ouvertes' }, value: 'open' },
                    { label: { en: 'Closed', fr: 'Closes' }, value: 'closed' },
                  ],
                },
                urlField('url', { label: { en: 'Registration URL', fr: 'Adresse des inscriptions' } }),
                { name: 'note', type: 'textarea', label: { en: 'Note', fr: 'Note' }, localized: true, maxLength: 400 },
              ],
            },
            urlField('newsletterUrl', { label: { en: 'Newsletter sign-up URL', fr: 'Adresse d’inscription à la lettre' } }),
          ],
        },
        {
          label: { en: 'People & themes', fr: 'Personnes et thèmes' },
          description: 'Themes, committee members, speakers and sessions point to their edition; they are listed here.',
          fields: [
            {
              name: 'themes',
              type: 'join',
              label: { en: 'Themes', fr: 'Thèmes' },
              collection: 'themes',
              on: 'edition',
              defaultSort: 'order',
            },
            {
              name: 'committee',
              type: 'join',
              label: { en: 'Committee', fr: 'Comité' },
              collection: 'committee-members',
              on: 'edition',
              defaultSort: 'order',
            },
            { name: 'speakers', type: 'join', label: { en: 'Speakers', fr: 'Intervenants' }, collection: 'speakers', on: 'editions' },
            {
              name: 'sessions',
              type: 'join',
              label: { en: 'Sessions', fr: 'Sessions' },
              collection: 'sessions',
              on: 'edition',
              defaultSort: 'start',
            },
          ],
        },
        { label: 'SEO', fields: [seoField()] },
      ],
    },
  ],
}
