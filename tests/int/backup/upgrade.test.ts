/** Restoring a backup of an older schema version (src/backup/upgrade.ts): derived fields are filled. */
import { BACKUP_SCHEMA_VERSION, type BackupFile } from '../../../src/backup/format'
import { upgradeBackup } from '../../../src/backup/upgrade'

const v1 = (): BackupFile => ({
  format: 'commons-hub-backup',
  schemaVersion: 1,
  createdAt: '2026-11-25T00:00:00.000Z',
  adapter: { name: 'sqlite', idType: 'number' },
  migration: null,
  collections: { speakers: [{ id: 1, name: 'Élodie  Sample-Speaker' }], editions: [] },
  versions: { speakers: [{ parent: 1, version: { name: 'Élodie Sample' }, createdAt: 'x', updatedAt: 'x' }] },
  globals: {},
  media: [],
})

it('version 1: speakers and their versions get the normalised name key accepting matches on', () => {
  const upgraded = upgradeBackup(v1())
  expect(upgraded.schemaVersion).toBe(BACKUP_SCHEMA_VERSION)
  expect(upgraded.collections.speakers![0]!.nameKey).toBe('elodie sample speaker')
  expect(upgraded.versions.speakers![0]!.version.nameKey).toBe('elodie sample')
})

it('leaves a current backup as it is', () => {
  const current = { ...v1(), schemaVersion: BACKUP_SCHEMA_VERSION }
  expect(upgradeBackup(current)).toBe(current)
})
