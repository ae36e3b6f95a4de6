import type { RelationshipField } from 'payload'

/** A session's room: one of its edition's rooms (the list offers only those). */
export function roomField(): RelationshipField {
  return {
    name: 'room',
    type: 'relationship',
    relationTo: 'rooms',
    index: true,
    admin: { description: 'Rooms are listed under Conference → Rooms, per edition.' },
    filterOptions: ({ data }) => {
      const edition = (data as { edition?: unknown } | undefined)?.edition
      return edition
        ? { edition: { equals: typeof edition === 'object' && edition !== null ? (edition as { id: unknown }).id : edition } }
        : true
    },
  }
}
