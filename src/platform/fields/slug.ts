import type { CollectionSlug, Field, TextFieldSingleValidation, Where } from 'payload'

import { relationId } from '../relations'
import { slugify } from '../text/slugify'

const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/

type SlugOptions = {
  /** Field the slug is made from when left empty. */
  from: string
  /** Unique within the same edition (themes, sessions) rather than across the collection. */
  uniqueWithin?: 'edition'
}

/**
 * A slug filled from `from` when left empty, checked for shape and uniqueness with a clear message.
 * Uniqueness is checked in validation (not only by an index) so editors get a readable error.
 */
export function slugField({ from, uniqueWithin }: SlugOptions): Field {
  const validate: TextFieldSingleValidation = async (value, { req, data, id, collectionSlug }) => {
    if (typeof value !== 'string' || value === '') {
      // With the source empty too, the source's own "required" error says it: do not blame the slug.
      const source = (data as Record<string, unknown> | undefined)?.[from]
      if (typeof source !== 'string' || source.trim() === '') return true
      return 'A slug is required (it is made from the title when left empty).'
    }
    if (!SLUG_PATTERN.test(value)) return 'Use lower-case letters, digits and single hyphens only (e.g. data-commons).'
    if (!collectionSlug) return true
    const conditions: Where[] = [{ slug: { equals: value } }]
    if (id !== undefined) conditions.push({ id: { not_equals: id } })
    if (uniqueWithin === 'edition') {
      const edition = relationId((data as Record<string, unknown> | undefined)?.edition)
      if (edition !== undefined) conditions.push({ edition: { equals: edition } })
    }
    const clash = await req.payload.find({
      collection: collectionSlug as CollectionSlug,
      where: { and: conditions },
      limit: 1,
      depth: 0,
      draft: true,
      pagination: false,
      req,
    })
    if (clash.docs.length > 0) {
      return uniqueWithin === 'edition' ? `The slug "${value}" is already used in this edition.` : `The slug "${value}" is already used.`
    }
    return true
  }

  return {
    name: 'slug',
    type: 'text',
    index: true,
    required: true,
    admin: {
      position: 'sidebar',
      description: `Part of the page address. Left empty, it is made from the ${from}.`,
    },
    hooks: {
      beforeValidate: [
        ({ value, data, siblingData }) => {
          if (typeof value === 'string' && value.trim() !== '') return slugify(value)
          const source = (siblingData as Record<string, unknown> | undefined)?.[from] ?? data?.[from]
          return typeof source === 'string' && source.trim() !== '' ? slugify(source) : value
        },
      ],
    },
    validate,
    ...(uniqueWithin ? {} : { unique: true }),
  }
}
