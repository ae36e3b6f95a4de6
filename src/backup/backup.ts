import type { CollectionSlug, GlobalSlug, Payload } from 'payload'

import type { Progress, StartProgress } from '../platform/progress/progress'
import { BACKUP_FORMAT, BACKUP_SCHEMA_VERSION, type BackupDoc, type BackupFile, type BackupVersion, type MediaFileEntry } from './format'
import { describeFile, filenamesOf, uploadDirs } from './media'
import { restoreTarget } from './schema'

/** Reads skip side effects of hooks (nothing here should revalidate pages or send mail). */
export const BACKUP_CONTEXT = { disableRevalidate: true, backup: true } as const

/** Every field of a document, every locale, relations as ids, hidden fields (password hash) included. */
const READ = {
  locale: 'all',
  depth: 0,
  overrideAccess: true,
  showHiddenFields: true,
  pagination: false,
  context: BACKUP_CONTEXT,
} as const

/**
 * The whole content as one JSON-ready object, read through the Local API so it does not depend on
 * the database. Per collection: the documents as stored (for a collection with drafts, the main
 * document is its published state, or its draft if never published) plus its version history,
 * which holds any newer draft. Not kept: Payload's own bookkeeping (admin preferences, document
 * locks, migration records, jobs) and the uploaded files themselves, which are listed with a checksum.
 */
export async function createBackup(payload: Payload, now: Date = new Date(), progress?: StartProgress): Promise<BackupFile> {
  const target = restoreTarget(payload)
  const bar = progress ? await startBackupProgress(payload, target, progress) : undefined
  const collections: Record<string, BackupDoc[]> = {}
  const versions: Record<string, BackupVersion[]> = {}
  const globals: Record<string, Record<string, unknown>> = {}
  const media: MediaFileEntry[] = []
  const dirs = uploadDirs(payload)

  for (const slug of target.collections) {
    const collection = slug as CollectionSlug
    const { docs } = await payload.find({ ...READ, collection, draft: false, sort: 'createdAt' })
    collections[slug] = docs as unknown as BackupDoc[]
    bar?.tick(docs.length)
    if (target.versionedCollections.includes(slug)) {
      const history = await payload.findVersions({ ...READ, collection, sort: 'updatedAt' })
      bar?.tick(history.docs.length)
      versions[slug] = history.docs.map((row) => {
        const { id: _versionId, ...rest } = row as unknown as BackupVersion & { id: unknown }
        return rest
      })
    }
    const dir = dirs.get(slug)
    if (dir) {
      for (const doc of collections[slug]) {
        for (const filename of filenamesOf(doc)) media.push(describeFile(slug, dir, filename))
      }
    }
  }
  for (const slug of target.globals) {
    globals[slug] = (await payload.findGlobal({ ...READ, slug: slug as GlobalSlug, draft: false })) as unknown as Record<string, unknown>
    bar?.tick()
  }

  const applied = await payload.find({
    collection: 'payload-migrations',
    sort: '-createdAt',
    limit: 1,
    depth: 0,
    overrideAccess: true,
  })
  return {
    format: BACKUP_FORMAT,
    schemaVersion: BACKUP_SCHEMA_VERSION,
    createdAt: now.toISOString(),
    adapter: { name: payload.db.name, idType: payload.db.defaultIDType },
    migration: (applied.docs[0] as { name?: string } | undefined)?.name ?? null,
    collections,
    versions,
    globals,
    media,
  }
}

/** The work of a backup in documents, versions and globals, counted first so the bar can say what is left. */
async function startBackupProgress(payload: Payload, target: ReturnType<typeof restoreTarget>, progress: StartProgress): Promise<Progress> {
  let total = target.globals.length
  for (const slug of target.collections) {
    const collection = slug as CollectionSlug
    total += (await payload.count({ collection, overrideAccess: true })).totalDocs
    if (target.versionedCollections.includes(slug)) {
      total += (await payload.countVersions({ collection, overrideAccess: true })).totalDocs
    }
  }
  return progress(total)
}
