import type { RelationshipField } from 'payload'

/**
 * The earlier theme(s) a theme continues ("Building data commons" of 2026 → its 2027 sequel). Theme
 * pages follow these links both ways to show the thread across years. Set automatically on themes made
 * by "Prepare the next edition"; editors may add or remove links.
 */
export function continuesField(): RelationshipField {
  return {
    name: 'continues',
    type: 'relationship',
    relationTo: 'themes',
    hasMany: true,
    // Later years are found by asking which themes continue this one.
    index: true,
    admin: {
      position: 'sidebar',
      description: 'Earlier theme(s) of a past edition that this theme continues; its page shows the thread across years.',
    },
    // Only themes of other editions: a theme cannot continue one of its own year.
    filterOptions: ({ data, id }) => {
      const edition = (data as { edition?: unknown } | undefined)?.edition
      const editionId = typeof edition === 'object' && edition !== null ? (edition as { id?: unknown }).id : edition
      const and = [
        ...(id !== undefined ? [{ id: { not_equals: id } }] : []),
        ...(editionId !== undefined && editionId !== null ? [{ edition: { not_equals: editionId } }] : []),
      ]
      return and.length > 0 ? ({ and } as never) : true
    },
  }
}
