import { getPayload } from 'payload'

import { currentDatabase } from '../db/databaseAdapter'
import { redact } from '../db/databaseUri'
import { warnIfCapturing } from '../platform/email/startupWarning'

/** Production start: fail fast with one line naming the problem (bad env, unreachable database). */
export async function startProductionServer(): Promise<void> {
  const started = Date.now()
  let where = 'the database'
  try {
    const database = currentDatabase()
    where = database.kind === 'mongodb' ? `MongoDB at ${database.hosts}` : `SQLite file ${database.file}`
    const { default: config } = await import('@payload-config')
    // cron: the server runs the jobs queue (emails) on its own.
    await getPayload({ config, cron: true })
    warnIfCapturing()
    console.log(`Commons Hub ready: ${redact(where)} opened and migrated in ${Date.now() - started} ms`)
  } catch (error) {
    const message = error instanceof Error ? error.message.split('\n')[0] : String(error)
    console.error(`Commons Hub cannot start (${redact(where)}): ${message}`)
    process.exit(1)
  }
}
