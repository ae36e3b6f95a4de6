import type { CollectionConfig } from 'payload'

import { editorsOnlyVersions, isEditorOrAdminField, readWrite } from '../platform/access'
import { editorsUnlessEditionArchived } from '../archive/access'
import { publishedContentOfPublicEditions } from '../editions/access'
import { refuseChangesToArchivedEditions } from '../archive/freeze'
import { richTextField, themesField } from '../platform/fields/common'
import { editionPickerField } from '../editions/editionRelation'
import { parisDayAndTimeField } from '../platform/fields/parisDates'
import { slugField } from '../platform/fields/slug'
import { revalidateProgramme } from './hooks/revalidateProgramme'
import { revalidateThemeThreads } from '../editions/threads/revalidateThreads'
import { computeSessionConflicts } from './hooks/sessionConflicts'
import { sessionConfirmationField } from '../cfp/decisions/sessionConfirmation'
import { refuseImpossibleTiming } from './hooks/sessionTiming'
import { roomField } from './rooms/roomField'
import { END_BEFORE_START_MESSAGE, timingErrors } from './timing'
import { afterTheEventFields } from './after/fields'

export const Sessions: CollectionConfig = {
  slug: 'sessions',
  labels: { singular: { en: 'Programme session', fr: 'Session du programme' }, plural: { en: 'Programme', fr: 'Programme' } },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'kind', 'start', 'room', 'conflicts', 'confirmation', '_status', 'edition'],
    listSearchableFields: ['title'],
    group: { en: 'Conference', fr: 'Conférence' },
    description: 'Times are entered and shown in Paris time (Europe/Paris). Overlaps are listed under "Conflicts" but never block a save.',
    components: {
      beforeList: ['/programme/board/admin/BoardLink#BoardLink'],
      beforeListTable: ['/programme/admin/ConflictFilter#ConflictFilter'],
    },
  },
  defaultSort: 'start',
  // Drafts: a programme is planned before it is announced, and sessions made from accepted proposals
  // (src/cfp/decisions/decisions.ts) start as drafts; the public reads published sessions only.
  versions: { drafts: true, maxPerDoc: 50 },
  access: {
    ...readWrite(publishedContentOfPublicEditions, editorsUnlessEditionArchived),
    readVersions: editorsOnlyVersions,
  },
  hooks: {
    beforeOperation: [refuseChangesToArchivedEditions('sessions')],
    beforeChange: [refuseImpossibleTiming],
    afterChange: [...revalidateProgramme.afterChange, ...revalidateThemeThreads.afterChange],
    afterDelete: [...revalidateProgramme.afterDelete, ...revalidateThemeThreads.afterDelete],
  },
  // The programme is an edition's sessions by start time; a session page is found by edition + slug.
  indexes: [{ fields: ['edition', 'start'] }, { fields: ['edition', 'slug'] }],
  fields: [
    // Room and speaker clashes, checked while the editor types (warns, never blocks).
    { name: 'conflictWarning', type: 'ui', admin: { components: { Field: '/programme/admin/ConflictWarning#ConflictWarning' } } },
    { name: 'title', type: 'text', label: { en: 'Title', fr: 'Titre' }, required: true, localized: true, maxLength: 200 },
    slugField({ from: 'title', uniqueWithin: 'edition' }),
    editionPickerField(),
    {
      name: 'kind',
      type: 'select',
      label: { en: 'Kind', fr: 'Type' },
      required: true,
      defaultValue: 'workshop',
      options: [
        { label: { en: 'Workshop', fr: 'Atelier' }, value: 'workshop' },
        { label: { en: 'Talk', fr: 'Intervention' }, value: 'talk' },
        { label: { en: 'Plenary', fr: 'Plénière' }, value: 'plenary' },
        { label: { en: 'Break', fr: 'Pause' }, value: 'break' },
      ],
    },
    {
      type: 'row',
      fields: [
        parisDayAndTimeField('start', { required: true }),
        parisDayAndTimeField('end', {
          required: true,
          validate: (value: unknown, { siblingData }: { siblingData: Record<string, unknown> }) => {
            if (!value) return 'An end time is required.'
            const start = siblingData.start
            if (start && new Date(String(value)) <= new Date(String(start))) return END_BEFORE_START_MESSAGE
            return true
          },
        }),
        roomField(),
      ],
    },
    richTextField('description'),
    {
      name: 'segments',
      type: 'array',
      label: { en: 'Segments', fr: 'Séquences' },
      labels: { singular: { en: 'Segment', fr: 'Séquence' }, plural: { en: 'Segments', fr: 'Séquences' } },
      admin: {
        description:
          'The co-construction parts of a workshop, in order, each with its length. They must fit in the session (they may leave time for questions).',
      },
      validate: (value: unknown, { siblingData }: { siblingData: Record<string, unknown> }) => {
        const segments = Array.isArray(value) ? (value as Array<{ minutes?: number | null }>) : []
        const error = timingErrors({ start: siblingData.start, end: siblingData.end, segments }).find((e) => e.path === 'segments')
        return error ? error.message : true
      },
      fields: [
        {
          name: 'kind',
          type: 'select',
          label: { en: 'Kind', fr: 'Type' },
          required: true,
          options: [
            { label: { en: 'Framing talk', fr: 'Intervention de cadrage' }, value: 'framing-talk' },
            { label: { en: 'Reflection with the audience', fr: 'Réflexion avec le public' }, value: 'audience-reflection' },
            { label: { en: 'Inspiring initiative', fr: 'Initiative inspirante' }, value: 'inspiring-initiative' },
          ],
        },
        { name: 'title', type: 'text', label: { en: 'Title', fr: 'Titre' }, localized: true, maxLength: 200 },
        { name: 'minutes', type: 'number', label: { en: 'Minutes', fr: 'Minutes' }, min: 1, max: 480 },
      ],
    },
    {
      name: 'speakers',
      type: 'relationship',
      label: { en: 'Speakers', fr: 'Intervenants' },
      relationTo: 'speakers',
      hasMany: true,
      index: true,
    },
    themesField({ sameEditionAs: 'edition' }),
    {
      name: 'conflicts',
      type: 'textarea',
      virtual: true,
      label: { en: 'Conflicts', fr: 'Conflits' },
      admin: {
        position: 'sidebar',
        readOnly: true,
        description:
          'Other sessions of this edition at the same time in the same room, or with the same speaker. Updated on every load; saving is not blocked.',
      },
      access: { read: isEditorOrAdminField, create: () => false, update: () => false },
      hooks: { afterRead: [computeSessionConflicts] },
    },
    afterTheEventFields,
    {
      name: 'proposal',
      type: 'relationship',
      label: { en: 'Proposal', fr: 'Proposition' },
      relationTo: 'proposals',
      admin: { position: 'sidebar', description: 'The accepted proposal this session came from.' },
      access: { read: ({ req }) => Boolean(req.user) },
    },
    sessionConfirmationField,
  ],
}
