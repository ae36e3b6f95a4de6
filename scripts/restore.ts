/**
 * `npm run restore -- <file> [--replace]`: restores a backup made by `npm run backup` into the
 * database DATABASE_URI names. The file is checked whole first; the database must be empty unless
 * --replace is given; the restore is all or nothing (see src/backup/restore.ts).
 */
import fs from 'node:fs'
import path from 'node:path'
import { parseArgs } from 'node:util'

import { openPayloadForScript } from '../src/backup/cli'
import { createProgress, type Progress } from '../src/platform/progress/progress'

async function main(): Promise<number> {
  const { values, positionals } = parseArgs({
    options: { replace: { type: 'boolean', default: false } },
    allowPositionals: true,
    strict: true,
  })
  if (positionals.length !== 1) {
    console.error('Usage: npm run restore -- <backup.json> [--replace]')
    return 2
  }
  const file = path.resolve(positionals[0]!)
  let raw: unknown
  try {
    raw = JSON.parse(fs.readFileSync(file, 'utf8'))
  } catch (error) {
    console.error(`Restore refused: cannot read ${file} as JSON (${error instanceof Error ? error.message : String(error)})`)
    return 1
  }
  const { restoreBackup } = await import('../src/backup/restore')
  const payload = await openPayloadForScript()
  try {
    const started = Date.now()
    let bar: Progress | undefined
    const report = await restoreBackup(payload, raw, {
      replace: values.replace,
      progress: (total) => (bar = createProgress({ label: 'restore: documents, versions, globals', total })),
    })
    const counts = Object.entries(report.documents).map(([slug, count]) => `${slug} ${count}`)
    console.log(
      `Restored ${file} (${report.transaction ? 'one transaction' : report.batches ? 'in batches, one transaction each: undone by hand on failure' : 'no transaction: undone by hand on failure'})`,
    )
    console.log(`  documents: ${counts.join(', ')}`)
    console.log(`  versions: ${Object.values(report.versions).reduce((n, count) => n + count, 0)}, globals: ${report.globals.join(', ')}`)
    if (report.media.missing.length + report.media.different.length > 0) {
      console.warn(
        `  media files to copy into the media folder: ${report.media.missing.length} missing, ${report.media.different.length} different (${[...report.media.missing, ...report.media.different].slice(0, 10).join(', ')}${report.media.missing.length + report.media.different.length > 10 ? ', …' : ''})`,
      )
    }
    // The summary line comes last (stderr, like the bar): what, how many, how long.
    bar?.done(`${file} restored, ${Date.now() - started} ms in all`)
    return 0
  } finally {
    await payload.destroy()
  }
}

const exitCode = await main().catch((error: unknown) => {
  console.error(`Restore refused: ${error instanceof Error ? error.message.replace(/^Backup file refused: /, '') : String(error)}`)
  return 1
})
process.exit(exitCode)
