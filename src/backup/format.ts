/**
 * The backup file: versioned JSON written by `npm run backup` and read by `npm run restore`.
 * Pure (no Payload import) so the CLI can validate a file before it opens a database.
 */
export const BACKUP_FORMAT = 'commons-hub-backup'

/**
 * Version of the stored document shapes (field names, types, localisation, collections).
 * Bump it (and BACKUP_SCHEMA_FINGERPRINT, which tests/int/backup/backup.test.ts checks against the config)
 * whenever a schema change alters what documents look like; index-only changes do not count.
 * Restore refuses files from a newer version: this code would not know their fields.
 */
export const BACKUP_SCHEMA_VERSION = 3
/**
 * Versions this code can restore (older ones are converted by upgrade.ts). 2: the editions' date
 * time zones (`*_tz`, always Europe/Paris), the order's default of 0 dropped, a proposal's email log
 * entries with subject, job and the statuses queued/captured, speakers' name keys, rooms. 3: pending and
 * released decisions, participation, the editions' confirm-by day, speakers' `changedBy`, reviews'
 * copies of their proposal's label and reviewer's name, sessions' slides, recording, summary and
 * reflection, the `slides` uploads, the optional country of a submitter.
 */
const RESTORABLE_SCHEMA_VERSIONS: readonly number[] = [1, 2, 3]
/** sha256 of the stored shape at BACKUP_SCHEMA_VERSION (see schemaFingerprint.ts). */
export const BACKUP_SCHEMA_FINGERPRINT = '0801cffa2b9d433d8bbc0bdc0669474ac141eec14082f0c884f99e6af4606aa6'

type Id = number | string
export type BackupDoc = Record<string, unknown> & { id: Id }
/** A row of a collection's version history (drafts and published snapshots), as Payload stores it. */
export type BackupVersion = {
  parent: Id
  version: Record<string, unknown>
  createdAt: string
  updatedAt: string
  autosave?: boolean
  publishedLocale?: string | null
  snapshot?: boolean | null
  latest?: boolean | null
}
export type MediaFileEntry = { collection: string; filename: string; bytes: number | null; sha256: string | null; missing?: true }

export type BackupFile = {
  format: typeof BACKUP_FORMAT
  schemaVersion: number
  createdAt: string
  /** Which database it came from ('sqlite' | 'mongodb'), and its id type: ids are kept on restore. */
  adapter: { name: string; idType: 'number' | 'text' }
  /** The latest migration applied when the backup was made (informative). */
  migration: string | null
  collections: Record<string, BackupDoc[]>
  versions: Record<string, BackupVersion[]>
  globals: Record<string, Record<string, unknown>>
  media: MediaFileEntry[]
}

export class BackupFormatError extends Error {
  constructor(readonly problems: string[]) {
    super(
      problems.length === 1
        ? `Backup file refused: ${problems[0]}`
        : `Backup file refused (${problems.length} problems):\n- ${problems.slice(0, 20).join('\n- ')}`,
    )
    this.name = 'BackupFormatError'
  }
}

export type RestoreTarget = {
  collections: readonly string[]
  versionedCollections: readonly string[]
  globals: readonly string[]
  idType: 'number' | 'text'
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value)

function isId(value: unknown, idType: RestoreTarget['idType']): value is Id {
  return idType === 'number' ? Number.isInteger(value) && (value as number) > 0 : typeof value === 'string' && value !== ''
}

/**
 * Checks the whole file before anything is written: format, version, that every collection and
 * global is known here, and that every document has an id of the target's kind (ids are kept so
 * relationships hold) that appears once. Throws BackupFormatError listing every problem found.
 */
export function validateBackup(raw: unknown, target: RestoreTarget): BackupFile {
  if (!isObject(raw) || raw.format !== BACKUP_FORMAT) {
    throw new BackupFormatError([`not a Commons Hub backup (expected "format": "${BACKUP_FORMAT}")`])
  }
  const version = raw.schemaVersion
  if (!Number.isInteger(version)) throw new BackupFormatError(['"schemaVersion" is missing or not a whole number'])
  if ((version as number) > BACKUP_SCHEMA_VERSION) {
    throw new BackupFormatError([
      `it was made with schema version ${version}, newer than this code's ${BACKUP_SCHEMA_VERSION}: restore it with the version of Commons Hub that made it (or a later one)`,
    ])
  }
  if (!RESTORABLE_SCHEMA_VERSIONS.includes(version as number)) {
    throw new BackupFormatError([
      `schema version ${version} is too old for this code (it restores ${RESTORABLE_SCHEMA_VERSIONS.join(', ')})`,
    ])
  }

  const problems: string[] = []
  const adapter = raw.adapter
  if (!isObject(adapter) || (adapter.idType !== 'number' && adapter.idType !== 'text')) {
    problems.push('"adapter" must say which id type the documents use')
  } else if (adapter.idType !== target.idType) {
    problems.push(
      `its documents have ${adapter.idType} ids (${String(adapter.name)}) but this database uses ${target.idType} ids: ids are kept on restore, so restore into the same kind of database`,
    )
  }
  for (const key of ['collections', 'versions', 'globals'] as const) {
    if (!isObject(raw[key])) problems.push(`"${key}" must be an object`)
  }
  if (!Array.isArray(raw.media)) problems.push('"media" must be a list')
  if (problems.length > 0) throw new BackupFormatError(problems)

  const collections = raw.collections as Record<string, unknown>
  const versions = raw.versions as Record<string, unknown>
  const globals = raw.globals as Record<string, unknown>

  for (const [slug, docs] of Object.entries(collections)) {
    if (!target.collections.includes(slug)) {
      problems.push(`unknown collection "${slug}"`)
      continue
    }
    if (!Array.isArray(docs)) {
      problems.push(`collection "${slug}" must be a list of documents`)
      continue
    }
    const seen = new Set<string>()
    docs.forEach((doc: unknown, index) => {
      if (!isObject(doc)) return problems.push(`${slug}[${index}] is not a document`)
      if (!isId(doc.id, target.idType)) return problems.push(`${slug}[${index}] has no valid id (${JSON.stringify(doc.id)})`)
      if (seen.has(String(doc.id))) problems.push(`${slug}[${index}]: id ${String(doc.id)} appears twice`)
      seen.add(String(doc.id))
    })
  }
  for (const [slug, rows] of Object.entries(versions)) {
    if (!target.versionedCollections.includes(slug)) {
      problems.push(`versions of "${slug}", which has no version history here`)
      continue
    }
    if (!Array.isArray(rows)) {
      problems.push(`versions of "${slug}" must be a list`)
      continue
    }
    const parents = new Set(((collections[slug] as BackupDoc[] | undefined) ?? []).map((doc) => String(doc.id)))
    rows.forEach((row: unknown, index) => {
      if (!isObject(row) || !isObject(row.version)) return problems.push(`versions of ${slug}[${index}] is not a version`)
      if (!parents.has(String(row.parent))) {
        problems.push(`versions of ${slug}[${index}] belongs to ${String(row.parent)}, which is not in the backup`)
      }
      if (typeof row.updatedAt !== 'string' || typeof row.createdAt !== 'string') {
        problems.push(`versions of ${slug}[${index}] has no createdAt/updatedAt`)
      }
    })
  }
  for (const [slug, data] of Object.entries(globals)) {
    if (!target.globals.includes(slug)) problems.push(`unknown global "${slug}"`)
    else if (!isObject(data)) problems.push(`global "${slug}" is not an object`)
  }
  if (problems.length > 0) throw new BackupFormatError(problems)
  return raw as unknown as BackupFile
}
