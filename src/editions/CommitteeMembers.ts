import type { CollectionConfig } from 'payload'

import { contentOfPublicEditions } from './access'
import { editorsUnlessEditionArchived } from '../archive/access'
import { readWrite } from '../platform/access'
import { editionPickerField } from './editionRelation'
import { orderLastField } from '../platform/fields/lastPosition'
import { revalidateEditionContent } from './revalidateEdition'
import { refuseChangesToArchivedEditions } from '../archive/freeze'

export const CommitteeMembers: CollectionConfig = {
  slug: 'committee-members',
  labels: {
    singular: { en: 'Committee member', fr: 'Membre du comité' },
    plural: { en: 'Scientific committee', fr: 'Comité scientifique' },
  },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'role', 'affiliation', 'edition'],
    listSearchableFields: ['name', 'affiliation'],
    group: { en: 'People', fr: 'Personnes' },
  },
  defaultSort: 'order',
  access: readWrite(contentOfPublicEditions, editorsUnlessEditionArchived),
  hooks: { ...revalidateEditionContent, beforeOperation: [refuseChangesToArchivedEditions('committee-members')] },
  // The edition page lists its committee in order.
  indexes: [{ fields: ['edition', 'order'] }],
  fields: [
    { name: 'name', type: 'text', label: { en: 'Name', fr: 'Nom' }, required: true, maxLength: 120 },
    { name: 'affiliation', type: 'text', label: { en: 'Affiliation', fr: 'Affiliation' }, localized: true, maxLength: 160 },
    {
      name: 'role',
      type: 'select',
      label: { en: 'Role', fr: 'Rôle' },
      required: true,
      defaultValue: 'member',
      options: [
        { label: { en: 'Coordinator', fr: 'Coordination' }, value: 'coordinator' },
        { label: { en: 'Member', fr: 'Membre' }, value: 'member' },
      ],
    },
    {
      name: 'speaker',
      type: 'relationship',
      label: { en: 'Speaker', fr: 'Intervenant' },
      relationTo: 'speakers',
      admin: { description: 'Optional: link to the speaker profile of the same person.' },
    },
    editionPickerField(),
    orderLastField('committee-members'),
  ],
}
