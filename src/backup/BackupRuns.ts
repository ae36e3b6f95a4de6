import type { CollectionConfig, Payload } from 'payload'

import { isAdmin } from '../platform/access'

const BACKUP_RUNS = 'backup-runs'

/**
 * One row per backup `npm run backup` wrote: when, which file (its name, not the path), how big. The
 * admin dashboard reads the newest for "last backup" (the backup file can go anywhere, so the database
 * is where every app process finds it). Written by the script only; admins read it; not backed up.
 */
export const BackupRuns: CollectionConfig = {
  slug: BACKUP_RUNS,
  labels: { singular: { en: 'Backup', fr: 'Sauvegarde' }, plural: { en: 'Backups', fr: 'Sauvegardes' } },
  admin: {
    group: { en: 'Admin', fr: 'Administration' },
    useAsTitle: 'file',
    defaultColumns: ['at', 'file', 'bytes', 'documents'],
    description: 'Backups written by npm run backup (newest first). Run it on the server: npm run backup -- --out <file>.',
    hidden: ({ user }) => (user as { role?: string } | null)?.role !== 'admin',
  },
  defaultSort: '-at',
  access: { read: isAdmin, create: () => false, update: () => false, delete: isAdmin },
  // Nobody edits it in the admin: no edit lock, and one column fewer in the lock-status query every
  // admin list sends (Payload checks each listed id against every lockable collection).
  lockDocuments: false,
  timestamps: false,
  fields: [
    { name: 'at', type: 'date', required: true, index: true, admin: { date: { pickerAppearance: 'dayAndTime' } } },
    { name: 'file', type: 'text', required: true },
    { name: 'bytes', type: 'number', required: true },
    { name: 'documents', type: 'number', required: true },
  ],
}

/** Records a backup just written (server code: the collection is closed to the API). */
export async function recordBackupRun(payload: Payload, run: { at: Date; file: string; bytes: number; documents: number }) {
  await payload.create({
    collection: BACKUP_RUNS as never,
    data: { at: run.at.toISOString(), file: run.file, bytes: run.bytes, documents: run.documents } as never,
    overrideAccess: true,
  })
}
