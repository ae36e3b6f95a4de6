/**
 * `npm run backup -- --out <file>`: writes every collection, version history and global of the
 * database DATABASE_URI names as one versioned JSON file (see src/backup/). Uploaded files are
 * listed with their sha256, not copied: back up the media folder (or volume) beside it.
 */
import fs from 'node:fs'
import path from 'node:path'
import { parseArgs } from 'node:util'

import { openPayloadForScript } from '../src/backup/cli'
import { createProgress, type Progress } from '../src/platform/progress/progress'

async function main(): Promise<number> {
  const { values } = parseArgs({ options: { out: { type: 'string', short: 'o' } }, strict: true })
  if (!values.out) {
    console.error('Usage: npm run backup -- --out <file.json>')
    return 2
  }
  const out = path.resolve(values.out)
  if (fs.existsSync(out)) {
    console.error(`Backup refused: ${out} already exists (choose a new file name)`)
    return 1
  }
  const { createBackup } = await import('../src/backup/backup')
  const payload = await openPayloadForScript()
  try {
    const started = Date.now()
    let bar: Progress | undefined
    const backup = await createBackup(
      payload,
      new Date(),
      (total) => (bar = createProgress({ label: 'backup: documents, versions, globals', total })),
    )
    fs.mkdirSync(path.dirname(out), { recursive: true })
    // Written beside the target then renamed: a crash never leaves a half-written backup under its name.
    const partial = `${out}.partial`
    fs.writeFileSync(partial, JSON.stringify(backup, null, 1), { mode: 0o600 })
    fs.renameSync(partial, out)
    // Recorded in the database for the admin dashboard's "last backup" (the file itself can go anywhere).
    const { recordBackupRun } = await import('../src/backup/BackupRuns')
    await recordBackupRun(payload, {
      at: new Date(),
      file: path.basename(out),
      bytes: fs.statSync(out).size,
      documents: Object.values(backup.collections).reduce((n, docs) => n + docs.length, 0),
    })
    const counts = Object.entries(backup.collections).map(([slug, docs]) => `${slug} ${docs.length}`)
    const missing = backup.media.filter((entry) => entry.missing).length
    console.log(`Backup written to ${out} (schema version ${backup.schemaVersion}, ${backup.adapter.name})`)
    console.log(`  documents: ${counts.join(', ')}`)
    console.log(
      `  versions: ${Object.values(backup.versions).reduce((n, rows) => n + rows.length, 0)}, globals: ${Object.keys(backup.globals).join(', ')}`,
    )
    console.log(
      `  media files listed: ${backup.media.length}${missing ? ` (${missing} missing on disk!)` : ''}; copy the media folder beside this file`,
    )
    // The summary line comes last (stderr, like the bar): what, how many, how long.
    bar?.done(`${out} written, ${Date.now() - started} ms in all`)
    return 0
  } finally {
    await payload.destroy()
  }
}

const exitCode = await main().catch((error: unknown) => {
  console.error(`Backup failed: ${error instanceof Error ? error.message : String(error)}`)
  return 1
})
process.exit(exitCode)
