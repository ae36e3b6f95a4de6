import type { CollectionConfig } from 'payload'

import { contentOfPublicEditions } from './access'
import { editorsUnlessEditionArchived } from '../archive/access'
import { readWrite } from '../platform/access'
import { editionField, orderField } from '../platform/fields/common'
import { revalidateEditionContent } from './revalidateEdition'
import { refuseChangesToArchivedEditions } from '../archive/freeze'

export const CommitteeMembers: CollectionConfig = {
  slug: 'committee-members',
  labels: { singular: 'Committee member', plural: 'Scientific committee' },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'role', 'affiliation', 'edition'],
    listSearchableFields: ['name', 'affiliation'],
    group: 'People',
  },
  defaultSort: 'order',
  access: readWrite(contentOfPublicEditions, editorsUnlessEditionArchived),
  hooks: { ...revalidateEditionContent, beforeOperation: [refuseChangesToArchivedEditions('committee-members')] },
  // The edition page lists its committee in order.
  indexes: [{ fields: ['edition', 'order'] }],
  fields: [
    { name: 'name', type: 'text', required: true, maxLength: 120 },
    { name: 'affiliation', type: 'text', localized: true, maxLength: 160 },
    {
      name: 'role',
      type: 'select',
      required: true,
      defaultValue: 'member',
      options: [
        { label: 'Coordinator', value: 'coordinator' },
        { label: 'Member', value: 'member' },
      ],
    },
    {
      name: 'speaker',
      type: 'relationship',
      relationTo: 'speakers',
      admin: { description: 'Optional: link to the speaker profile of the same person.' },
    },
    editionField(),
    orderField(),
  ],
}
