import fs from 'node:fs'
import path from 'node:path'

import { mongooseAdapter } from '@payloadcms/db-mongodb'
import { sqliteAdapter } from '@payloadcms/db-sqlite'
import type { DatabaseAdapterObj } from 'payload'

import { migrations } from '../migrations'
import { parseDatabaseUri, type DatabaseChoice } from './databaseUri'

/** How long start-up waits for an unreachable MongoDB before it fails with the host named. */
const MONGO_SERVER_SELECTION_MS = 5_000

export class DatabaseConnectionError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'DatabaseConnectionError'
  }
}

/**
 * The one place that knows which database runs. Everything else talks to Payload.
 *
 * SQLite: WAL + a busy timeout so concurrent writes (the proposal form) queue instead of failing;
 * the committed migrations run on start in production (there is no schema push there).
 * MongoDB: no SQL migrations; indexes are declared on the collections and built on connect.
 */
export function databaseAdapter(choice: DatabaseChoice = currentDatabase()): DatabaseAdapterObj {
  if (choice.kind === 'mongodb') {
    return withClearConnectionError(
      mongooseAdapter({
        url: choice.url,
        connectOptions: { serverSelectionTimeoutMS: MONGO_SERVER_SELECTION_MS },
        ensureIndexes: true,
        migrationDir: path.resolve(process.cwd(), 'src/migrations/mongodb'),
      }),
      choice.hosts,
    )
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

/**
 * An unreachable MongoDB makes the adapter log mongoose's whole error object before it throws.
 * Replace that dump with one line that names the host and the variable to check.
 */
function withClearConnectionError(adapterObj: DatabaseAdapterObj, hosts: string): DatabaseAdapterObj {
  return {
    ...adapterObj,
    init: (args) => {
      const adapter = adapterObj.init(args)
      const connect = adapter.connect
      if (!connect) return adapter
      adapter.connect = async function connectWithClearError(options) {
        const logger = args.payload.logger
        const logError = logger.error
        logger.error = ((...entry: Parameters<typeof logError>) => {
          const first = entry[0] as { msg?: unknown } | undefined
          if (typeof first?.msg === 'string' && first.msg.startsWith('Error: cannot connect to MongoDB')) return
          logError.apply(logger, entry)
        }) as typeof logError
        try {
          return await connect.call(this, options)
        } catch (error) {
          const reason = error instanceof Error ? (error.message.split('Details: ')[1] ?? error.message) : String(error)
          throw new DatabaseConnectionError(
            `cannot reach MongoDB at ${hosts} within ${MONGO_SERVER_SELECTION_MS / 1000} s (check DATABASE_URI): ${reason}`,
          )
        } finally {
          logger.error = logError
        }
      }
      return adapter
    },
  }
}
