import type { CollectionConfig } from 'payload'

import { editorsOnlyVersions, editorsUnlessEditionArchived, publishedContentOfPublicEditions, readWrite } from '../access'
import { editionField, richTextField, themesField } from '../fields/common'
import { slugField } from '../fields/slug'
import { revalidateEditionContent } from '../hooks/revalidateEdition'
import { refuseChangesToArchivedEditions } from '../archive/freeze'

export const Sessions: CollectionConfig = {
  slug: 'sessions',
  labels: { singular: 'Programme session', plural: 'Programme' },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'kind', 'start', 'room', 'edition'],
    listSearchableFields: ['title', 'room'],
    group: 'Conference',
  },
  defaultSort: 'start',
  // Sessions made from accepted proposals start as drafts (src/cfp/decisions.ts) and stay with
  // editors until published.
  versions: { drafts: true },
  access: {
    ...readWrite(publishedContentOfPublicEditions, editorsUnlessEditionArchived),
    readVersions: editorsOnlyVersions,
  },
  hooks: { ...revalidateEditionContent, beforeOperation: [refuseChangesToArchivedEditions('sessions')] },
  // The programme is an edition's sessions by start time; a session page is found by edition + slug.
  indexes: [{ fields: ['edition', 'start'] }, { fields: ['edition', 'slug'] }],
  fields: [
    { name: 'title', type: 'text', required: true, localized: true, maxLength: 200 },
    slugField({ from: 'title', uniqueWithin: 'edition' }),
    editionField(),
    {
      name: 'kind',
      type: 'select',
      required: true,
      defaultValue: 'workshop',
      options: [
        { label: 'Workshop', value: 'workshop' },
        { label: 'Talk', value: 'talk' },
        { label: 'Plenary', value: 'plenary' },
        { label: 'Break', value: 'break' },
      ],
    },
    {
      type: 'row',
      fields: [
        { name: 'start', type: 'date', required: true, admin: { date: { pickerAppearance: 'dayAndTime' } } },
        {
          name: 'end',
          type: 'date',
          required: true,
          admin: { date: { pickerAppearance: 'dayAndTime' } },
          validate: (value: unknown, { siblingData }: { siblingData: Record<string, unknown> }) => {
            if (!value) return 'An end time is required.'
            const start = siblingData.start
            if (start && new Date(String(value)) <= new Date(String(start))) {
              return 'The session must end after it starts.'
            }
            return true
          },
        },
        { name: 'room', type: 'text', maxLength: 80 },
      ],
    },
    richTextField('description'),
    {
      name: 'segments',
      type: 'array',
      labels: { singular: 'Segment', plural: 'Segments' },
      admin: { description: 'The co-construction parts of a workshop, in order.' },
      fields: [
        {
          name: 'kind',
          type: 'select',
          required: true,
          options: [
            { label: 'Framing talk', value: 'framing-talk' },
            { label: 'Reflection with the audience', value: 'audience-reflection' },
            { label: 'Inspiring initiative', value: 'inspiring-initiative' },
          ],
        },
        { name: 'title', type: 'text', localized: true, maxLength: 200 },
        { name: 'minutes', type: 'number', min: 1, max: 480 },
      ],
    },
    { name: 'speakers', type: 'relationship', relationTo: 'speakers', hasMany: true },
    themesField({ sameEditionAs: 'edition' }),
    {
      name: 'proposal',
      type: 'relationship',
      relationTo: 'proposals',
      admin: { position: 'sidebar', description: 'The accepted proposal this session came from.' },
      access: { read: ({ req }) => Boolean(req.user) },
    },
  ],
}
