import type { CollectionSlug, GlobalSlug, Payload, PayloadRequest } from 'payload'

import { beginMaintenanceTransaction } from '../platform/db/databaseAdapter'
import { BACKUP_CONTEXT, createBackup } from './backup'
import { type BackupFile, validateBackup } from './format'
import { checkMediaFiles, uploadDirs } from './media'
import { restoreOrder } from './order'
import { restoreTarget } from './schema'

export class RestoreRefusedError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'RestoreRefusedError'
  }
}

export type RestoreReport = {
  documents: Record<string, number>
  versions: Record<string, number>
  globals: string[]
  /** True when the database gave one transaction; otherwise failures were undone by hand. */
  transaction: boolean
  media: { missing: string[]; different: string[] }
}

type Req = Partial<PayloadRequest>

/** Fields Payload adds when reading that are not part of what is stored. */
function storable(doc: Record<string, unknown>): Record<string, unknown> {
  const { id: _id, globalType: _globalType, ...rest } = structuredClone(doc)
  return rest
}

async function contentCounts(payload: Payload, slugs: readonly string[]): Promise<Record<string, number>> {
  const counts: Record<string, number> = {}
  for (const slug of slugs) {
    const { totalDocs } = await payload.count({ collection: slug as CollectionSlug, overrideAccess: true })
    if (totalDocs > 0) counts[slug] = totalDocs
  }
  return counts
}

async function wipe(payload: Payload, slugs: readonly string[], versioned: readonly string[], req: Req): Promise<void> {
  // Reverse restore order: documents that point at others go first.
  for (const slug of [...restoreOrder(payload, slugs)].reverse()) {
    const collection = slug as CollectionSlug
    if (versioned.includes(slug)) await payload.db.deleteVersions({ collection, where: {}, req })
    await payload.db.deleteMany({ collection, where: {}, req })
  }
}

async function writeGlobal(payload: Payload, slug: string, data: Record<string, unknown>, req: Req): Promise<void> {
  const globalSlug = slug as GlobalSlug
  const existing = await payload.db.findGlobal({ slug: globalSlug, req })
  // createGlobal stamps its own createdAt; the update that follows puts the backed-up one back.
  if (!existing || Object.keys(existing).length === 0) await payload.db.createGlobal({ slug: globalSlug, data: storable(data), req })
  await payload.db.updateGlobal({ slug: globalSlug, data: storable(data), req })
}

/** The writes themselves, through Payload's database interface (no hooks, validation or access checks). */
async function writeAll(payload: Payload, file: BackupFile, req: Req): Promise<Omit<RestoreReport, 'transaction' | 'media'>> {
  const target = restoreTarget(payload)
  const documents: Record<string, number> = {}
  const versions: Record<string, number> = {}
  for (const slug of restoreOrder(payload, Object.keys(file.collections))) {
    const collection = slug as CollectionSlug
    const docs = file.collections[slug] ?? []
    for (const doc of docs) {
      // Ids are kept so every relationship (and rich-text link) still points at the same document.
      await payload.db.create({ collection, data: storable(doc), customID: doc.id, req, returning: false })
    }
    documents[slug] = docs.length
    if (!target.versionedCollections.includes(slug)) continue
    // Oldest first: each new row becomes the latest, as when the versions were saved.
    const rows = [...(file.versions[slug] ?? [])].sort((a, b) => a.updatedAt.localeCompare(b.updatedAt))
    for (const row of rows) {
      await payload.db.createVersion({
        collectionSlug: collection,
        parent: row.parent,
        versionData: structuredClone(row.version),
        createdAt: row.createdAt,
        updatedAt: row.updatedAt,
        autosave: Boolean(row.autosave),
        ...(row.publishedLocale ? { publishedLocale: row.publishedLocale } : {}),
        ...(row.snapshot ? { snapshot: true as const } : {}),
        req,
        returning: false,
      })
    }
    versions[slug] = rows.length
  }
  for (const [slug, data] of Object.entries(file.globals)) await writeGlobal(payload, slug, data, req)
  return { documents, versions, globals: Object.keys(file.globals) }
}

/**
 * Restores a backup all or nothing. The whole file is checked first (validateBackup). The target
 * must be empty unless `replace` is set, which wipes it first. Everything then runs in one
 * transaction when the database offers one (SQLite; MongoDB as a replica set); otherwise a failure
 * is undone by hand: what was written is wiped, globals are put back and, with `replace`, the
 * content that was there is restored from a backup taken just before.
 */
export async function restoreBackup(
  payload: Payload,
  raw: unknown,
  /** transaction: false forces the undo-by-hand path a database without transactions gets (tested). */
  options: { replace?: boolean; transaction?: boolean } = {},
): Promise<RestoreReport> {
  const target = restoreTarget(payload)
  const file = validateBackup(raw, target)

  const existing = await contentCounts(payload, target.collections)
  if (Object.keys(existing).length > 0 && !options.replace) {
    const listed = Object.entries(existing).map(([slug, count]) => `${slug}: ${count}`).join(', ')
    throw new RestoreRefusedError(
      `the database is not empty (${listed}); restore into an empty database, or pass --replace to wipe it first`,
    )
  }

  const transactionID = options.transaction === false ? null : await beginMaintenanceTransaction(payload)
  const req: Req = { payload, context: { ...BACKUP_CONTEXT }, ...(transactionID !== null ? { transactionID } : {}) }
  const before =
    transactionID === null
      ? {
          globals: await Promise.all(
            target.globals.map(async (slug) => [slug, await payload.findGlobal({ slug: slug as GlobalSlug, locale: 'all', depth: 0, overrideAccess: true, showHiddenFields: true })] as const),
          ),
          // Through JSON, exactly as a backup file would hold it (missing locales dropped, not undefined).
          content: Object.keys(existing).length > 0 ? (JSON.parse(JSON.stringify(await createBackup(payload))) as BackupFile) : null,
        }
      : null

  try {
    if (options.replace) await wipe(payload, target.collections, target.versionedCollections, req)
    const written = await writeAll(payload, file, req)
    if (transactionID !== null) await payload.db.commitTransaction(transactionID)
    const dir = uploadDirs(payload)
    const media = { missing: [] as string[], different: [] as string[] }
    for (const [slug, folder] of dir) {
      const result = checkMediaFiles(folder, file.media.filter((entry) => entry.collection === slug))
      media.missing.push(...result.missing)
      media.different.push(...result.different)
    }
    return { ...written, transaction: transactionID !== null, media }
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error)
    try {
      if (transactionID !== null) {
        await payload.db.rollbackTransaction(transactionID)
      } else if (before) {
        await wipe(payload, target.collections, target.versionedCollections, {})
        // The earlier content first (its globals included): globals may point at its documents.
        if (before.content) await writeAll(payload, before.content, {})
        else for (const [slug, data] of before.globals) await writeGlobal(payload, slug, data as unknown as Record<string, unknown>, {})
      }
    } catch (undoError) {
      const undo = undoError instanceof Error ? undoError.message : String(undoError)
      throw new RestoreRefusedError(`restore failed (${reason}) and undoing it failed too (${undo}): restore your previous backup with --replace`)
    }
    throw new RestoreRefusedError(`restore failed and was undone, the database is as it was: ${reason}`)
  }
}
