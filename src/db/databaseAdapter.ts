import fs from 'node:fs'
import path from 'node:path'

import { mongooseAdapter } from '@payloadcms/db-mongodb'
import { sqliteAdapter } from '@payloadcms/db-sqlite'
import type { DatabaseAdapterObj } from 'payload'

import { migrations } from '../migrations'
import { parseDatabaseUri, type DatabaseChoice } from './databaseUri'

/** How long start-up waits for an unreachable MongoDB before it fails with the host named. */
const MONGO_SERVER_SELECTION_MS = 8_000

/**
 * The one place that knows which database runs. Everything else talks to Payload.
 *
 * SQLite: WAL + a busy timeout so concurrent writes (the proposal form) queue instead of failing;
 * the committed migrations run on start in production (there is no schema push there).
 * MongoDB: no SQL migrations; indexes are declared on the collections and built on connect.
 */
export function databaseAdapter(choice: DatabaseChoice = currentDatabase()): DatabaseAdapterObj {
  if (choice.kind === 'mongodb') {
    return mongooseAdapter({
      url: choice.url,
      connectOptions: { serverSelectionTimeoutMS: MONGO_SERVER_SELECTION_MS },
      ensureIndexes: true,
      migrationDir: path.resolve(process.cwd(), 'src/migrations/mongodb'),
    })
  }
  fs.mkdirSync(path.dirname(choice.file), { recursive: true })
  return sqliteAdapter({
    client: { url: choice.url },
    busyTimeout: 10_000,
    wal: true,
    migrationDir: path.resolve(process.cwd(), 'src/migrations'),
    prodMigrations: migrations,
  })
}

export function currentDatabase(): DatabaseChoice {
  return parseDatabaseUri(process.env.DATABASE_URI, { nodeEnv: process.env.NODE_ENV })
}
