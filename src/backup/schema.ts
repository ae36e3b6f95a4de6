import crypto from 'node:crypto'

import type { FlattenedField, Payload } from 'payload'

import type { RestoreTarget } from './format'

/**
 * Bookkeeping that is not content: our action locks, the processes' cache expiry records, the
 * rate-limit counters (visitors' addresses, minutes long), the forms' kept states (what people typed,
 * minutes long) and the record of backups made (of this database).
 */
const BOOKKEEPING = new Set(['locks', 'cache-invalidations', 'rate-limit-hits', 'form-states', 'backup-runs'])

/** Payload's own bookkeeping (preferences, locks, migrations, jobs) and ours: not content, not backed up. */
function isContentSlug(slug: string): boolean {
  return !slug.startsWith('payload-') && !BOOKKEEPING.has(slug)
}

/** What a restore into this Payload accepts. */
export function restoreTarget(payload: Payload): RestoreTarget {
  const collections = payload.config.collections.filter((c) => isContentSlug(c.slug))
  return {
    collections: collections.map((c) => c.slug),
    versionedCollections: collections.filter((c) => Boolean(c.versions)).map((c) => c.slug),
    globals: payload.config.globals.map((g) => g.slug),
    idType: payload.db.defaultIDType,
  }
}

type Shape = unknown[]
function shapeOf(fields: FlattenedField[]): Shape {
  return fields.map((field) => {
    const base: unknown[] = [field.name, field.type, Boolean(field.localized), 'hasMany' in field ? Boolean(field.hasMany) : false]
    if ('relationTo' in field) base.push(field.relationTo)
    if ('flattenedFields' in field && Array.isArray(field.flattenedFields)) base.push(shapeOf(field.flattenedFields))
    if (field.type === 'blocks') {
      const blocks = (field.blockReferences ?? field.blocks).map((block) => (typeof block === 'string' ? block : block.slug))
      base.push(
        blocks,
        field.blocks.map((block) => [block.slug, shapeOf(block.flattenedFields)]),
      )
    }
    return base
  })
}

/**
 * A hash of the stored document shapes (collections, globals, their field names, types,
 * localisation, relations). A test compares it with BACKUP_SCHEMA_FINGERPRINT so a schema change
 * that alters documents cannot ship without a new BACKUP_SCHEMA_VERSION.
 */
export function schemaFingerprint(payload: Payload): string {
  const shape = {
    collections: payload.config.collections
      .filter((c) => isContentSlug(c.slug))
      .map((c) => [c.slug, Boolean(c.versions), c.upload ? 'upload' : '', c.auth ? 'auth' : '', shapeOf(c.flattenedFields)]),
    globals: payload.config.globals.map((g) => [g.slug, Boolean(g.versions), shapeOf(g.flattenedFields)]),
    locales: payload.config.localization ? payload.config.localization.localeCodes : [],
  }
  return crypto.createHash('sha256').update(JSON.stringify(shape)).digest('hex')
}
