import fs from 'node:fs'
import path from 'node:path'

/**
 * Sample data never goes into a real database: the command writes only into a SQLite file it creates
 * itself (DATABASE_URI=file:<path> naming a file that does not exist yet), unless the operator says
 * explicitly that the target is a sample database (--i-know-this-is-sample-data). Pure, tested.
 */
export const OVERRIDE_FLAG = '--i-know-this-is-sample-data'

export type GuardResult = { ok: true; creates: string | null } | { ok: false; reason: string }

export function checkSampleTarget(databaseUri: string | undefined, flags: string[], exists = fs.existsSync): GuardResult {
  if (flags.includes(OVERRIDE_FLAG)) return { ok: true, creates: null }
  if (!databaseUri) {
    return {
      ok: false,
      reason: `DATABASE_URI is unset, which means the development database. Name a new file: DATABASE_URI=file:/tmp/sample.db (or pass ${OVERRIDE_FLAG}).`,
    }
  }
  if (!databaseUri.startsWith('file:')) {
    return {
      ok: false,
      reason: `DATABASE_URI is not a SQLite file (${databaseUri.split(':')[0]}:…): sample data goes only into a new file (or pass ${OVERRIDE_FLAG}).`,
    }
  }
  const file = path.resolve(databaseUri.slice('file:'.length))
  if (exists(file)) {
    return {
      ok: false,
      reason: `${file} already exists: sample data goes only into a new file this command creates (or pass ${OVERRIDE_FLAG}).`,
    }
  }
  return { ok: true, creates: file }
}
