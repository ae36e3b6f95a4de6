import type { CollectionSlug, GlobalSlug, Payload, PayloadRequest } from 'payload'

import { beginMaintenanceTransaction } from '../platform/db/databaseAdapter'
import type { Progress, StartProgress } from '../platform/progress/progress'
import { BACKUP_CONTEXT, createBackup } from './backup'
import { type BackupFile, validateBackup } from './format'
import { checkMediaFiles, uploadDirs } from './media'
import { restoreOrder } from './order'
import { restoreTarget } from './schema'
import { upgradeBackup } from './upgrade'

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
  /** Written in batches, each its own transaction (MongoDB). */
  batches?: true
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

type Write = (req: Req) => Promise<unknown>

/** The writes themselves, through Payload's database interface (no hooks, validation or access checks), in order. */
function plannedWrites(payload: Payload, file: BackupFile): { writes: Write[]; report: Omit<RestoreReport, 'transaction' | 'media'> } {
  const target = restoreTarget(payload)
  const writes: Write[] = []
  const documents: Record<string, number> = {}
  const versions: Record<string, number> = {}
  for (const slug of restoreOrder(payload, Object.keys(file.collections))) {
    const collection = slug as CollectionSlug
    const docs = file.collections[slug] ?? []
    for (const doc of docs) {
      // Ids are kept so every relationship (and rich-text link) still points at the same document.
      writes.push((req) => payload.db.create({ collection, data: storable(doc), customID: doc.id, req, returning: false }))
    }
    documents[slug] = docs.length
    if (!target.versionedCollections.includes(slug)) continue
    // Oldest first: each new row becomes the latest, as when the versions were saved.
    const rows = [...(file.versions[slug] ?? [])].sort((a, b) => a.updatedAt.localeCompare(b.updatedAt))
    for (const row of rows) {
      writes.push((req) =>
        payload.db.createVersion({
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
        }),
      )
    }
    versions[slug] = rows.length
  }
  for (const [slug, data] of Object.entries(file.globals)) writes.push((req) => writeGlobal(payload, slug, data, req))
  return { writes, report: { documents, versions, globals: Object.keys(file.globals) } }
}

async function writeAll(
  payload: Payload,
  file: BackupFile,
  req: Req,
  progress?: StartProgress,
): Promise<Omit<RestoreReport, 'transaction' | 'media'>> {
  const { writes, report } = plannedWrites(payload, file)
  const bar = progress?.(writes.length)
  for (const write of writes) {
    await write(req)
    bar?.tick()
  }
  return report
}

/**
 * Writes in batches, each in a transaction of its own (MongoDB aborts a transaction after 60 s, so a
 * large restore cannot be one). A failed batch is rolled back; the batches before it stay, and the
 * caller undoes them (the same undo as for a database without transactions).
 */
async function writeInBatches(payload: Payload, file: BackupFile, context: Req['context'], batchSize: number, progress?: StartProgress) {
  const { writes, report } = plannedWrites(payload, file)
  const bar: Progress | undefined = progress?.(writes.length)
  for (let start = 0; start < writes.length; start += batchSize) {
    const transactionID = await beginMaintenanceTransaction(payload)
    const req: Req = { payload, context, ...(transactionID !== null ? { transactionID } : {}) }
    try {
      for (const write of writes.slice(start, start + batchSize)) await write(req)
      if (transactionID !== null) await payload.db.commitTransaction(transactionID)
      bar?.tick(Math.min(batchSize, writes.length - start))
    } catch (error) {
      if (transactionID !== null) await payload.db.rollbackTransaction(transactionID).catch(() => undefined)
      throw error
    }
  }
  return report
}

/** Writes per transaction on MongoDB: about what one insertMany carries, well inside its 60 s limit. */
const MONGO_RESTORE_BATCH = 500

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
  /**
   * transaction: false forces the undo-by-hand path a database without transactions gets (tested);
   * batchSize writes in batches of that many, each its own transaction, undone by hand on failure
   * (MongoDB's default, see MONGO_RESTORE_BATCH; SQLite restores in one transaction).
   * progress is started with the number of writes (documents, versions, globals) and told of each.
   */
  options: { replace?: boolean; transaction?: boolean; batchSize?: number; progress?: StartProgress } = {},
): Promise<RestoreReport> {
  const target = restoreTarget(payload)
  const file = upgradeBackup(validateBackup(raw, target))

  const existing = await contentCounts(payload, target.collections)
  if (Object.keys(existing).length > 0 && !options.replace) {
    const listed = Object.entries(existing)
      .map(([slug, count]) => `${slug}: ${count}`)
      .join(', ')
    throw new RestoreRefusedError(
      `the database is not empty (${listed}); restore into an empty database, or pass --replace to wipe it first`,
    )
  }

  const batchSize =
    options.transaction === false ? undefined : (options.batchSize ?? (payload.db.name === 'mongoose' ? MONGO_RESTORE_BATCH : undefined))
  const transactionID = options.transaction === false || batchSize !== undefined ? null : await beginMaintenanceTransaction(payload)
  const req: Req = { payload, context: { ...BACKUP_CONTEXT }, ...(transactionID !== null ? { transactionID } : {}) }
  // Without one transaction for everything, what is needed to undo by hand is kept first.
  const before =
    transactionID === null
      ? {
          globals: await Promise.all(
            target.globals.map(
              async (slug) =>
                [
                  slug,
                  await payload.findGlobal({
                    slug: slug as GlobalSlug,
                    locale: 'all',
                    depth: 0,
                    overrideAccess: true,
                    showHiddenFields: true,
                  }),
                ] as const,
            ),
          ),
          // Through JSON, exactly as a backup file would hold it (missing locales dropped, not undefined).
          content: Object.keys(existing).length > 0 ? (JSON.parse(JSON.stringify(await createBackup(payload))) as BackupFile) : null,
        }
      : null

  try {
    if (options.replace) await wipe(payload, target.collections, target.versionedCollections, req)
    const written =
      batchSize !== undefined
        ? await writeInBatches(payload, file, req.context, batchSize, options.progress)
        : await writeAll(payload, file, req, options.progress)
    if (transactionID !== null) await payload.db.commitTransaction(transactionID)
    const dir = uploadDirs(payload)
    const media = { missing: [] as string[], different: [] as string[] }
    for (const [slug, folder] of dir) {
      const result = checkMediaFiles(
        folder,
        file.media.filter((entry) => entry.collection === slug),
      )
      media.missing.push(...result.missing)
      media.different.push(...result.different)
    }
    return { ...written, transaction: transactionID !== null, ...(batchSize !== undefined ? { batches: true } : {}), media }
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
      throw new RestoreRefusedError(
        `restore failed (${reason}) and undoing it failed too (${undo}): restore your previous backup with --replace`,
      )
    }
    throw new RestoreRefusedError(`restore failed and was undone, the database is as it was: ${reason}`)
  }
}
