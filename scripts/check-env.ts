/**
 * Checks DATABASE_URI (and, in production, PAYLOAD_SECRET) before a server starts, so a mistake
 * ends as one clear line and a non-zero exit instead of a stack trace in the first request.
 */
import { currentDatabase } from '../src/platform/db/databaseAdapter'
import { redact } from '../src/platform/db/databaseUri'
import { resolvePayloadSecret } from '../src/platform/env/secret'

try {
  const database = currentDatabase()
  resolvePayloadSecret(process.env)
  console.log(database.kind === 'sqlite' ? `Database: SQLite file ${database.file}` : `Database: MongoDB at ${redact(database.hosts)}`)
} catch (error) {
  console.error(`Cannot start: ${error instanceof Error ? error.message : String(error)}`)
  process.exit(1)
}
