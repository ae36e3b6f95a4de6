import { normaliseName } from '../speakers/nameKey'
import { BACKUP_SCHEMA_VERSION, type BackupFile } from './format'

/**
 * Brings a backup made by an older schema version up to this one before it is written (restore
 * writes without hooks, so derived fields must be filled here).
 * 1 → 2: speakers gained `nameKey`, the normalised name accepting a proposal matches on.
 * 2 → 3: speakers gained `changedBy`; older files have none to convert (it stays empty).
 */
export function upgradeBackup(file: BackupFile): BackupFile {
  if (file.schemaVersion >= BACKUP_SCHEMA_VERSION) return file
  const upgraded = structuredClone(file)
  if (upgraded.schemaVersion < 2) {
    const key = (name: unknown) => (typeof name === 'string' ? normaliseName(name) : null)
    for (const doc of upgraded.collections.speakers ?? []) doc.nameKey ??= key(doc.name)
    for (const row of upgraded.versions.speakers ?? []) row.version.nameKey ??= key(row.version.name)
  }
  upgraded.schemaVersion = BACKUP_SCHEMA_VERSION
  return upgraded
}
