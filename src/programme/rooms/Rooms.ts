import type { CollectionConfig } from 'payload'

import { contentOfPublicEditions } from '../../editions/access'
import { editorsUnlessEditionArchived } from '../../archive/access'
import { readWrite } from '../../platform/access'
import { refuseChangesToArchivedEditions } from '../../archive/freeze'
import { editionField } from '../../platform/fields/common'
import { orderLastField } from '../../platform/fields/lastPosition'
import { revalidateProgrammeOfRoom } from './revalidateRooms'

/**
 * The rooms of an edition, chosen from a list on each session instead of typed (so "Room A" and
 * "room a" cannot be two rooms, and the page prints the name as the editors wrote it, in each language).
 */
export const Rooms: CollectionConfig = {
  slug: 'rooms',
  labels: { singular: { en: 'Room', fr: 'Salle' }, plural: { en: 'Rooms', fr: 'Salles' } },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'capacity', 'order', 'edition'],
    group: { en: 'Conference', fr: 'Conférence' },
    description: 'The rooms of an edition, in the order the programme shows them.',
  },
  defaultSort: 'order',
  access: readWrite(contentOfPublicEditions, editorsUnlessEditionArchived),
  hooks: { beforeOperation: [refuseChangesToArchivedEditions('rooms')], ...revalidateProgrammeOfRoom },
  indexes: [{ fields: ['edition', 'order'] }],
  fields: [
    { name: 'name', type: 'text', required: true, localized: true, maxLength: 80 },
    editionField(),
    orderLastField('rooms'),
    { name: 'capacity', type: 'number', min: 1, max: 100000, admin: { description: 'Seats (leave empty if unknown).' } },
    {
      name: 'accessibility',
      type: 'textarea',
      localized: true,
      maxLength: 600,
      admin: { description: 'Step-free access, hearing loop, interpretation… shown on session pages.' },
    },
  ],
}
