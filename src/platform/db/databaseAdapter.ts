import fs from 'node:fs'
import path from 'node:path'

import { mongooseAdapter } from '@payloadcms/db-mongodb'
import { sqliteAdapter } from '@payloadcms/db-sqlite'
import type { BaseDatabaseAdapter, DatabaseAdapterObj, Payload } from 'payload'

import { migrations } from '../../migrations'
import { withAfterCommit } from './afterCommit'
import { replicaSetWarning } from './mongoUri'
import { parseDatabaseUri, type DatabaseChoice } from './databaseUri'

/** How long start-up waits for an unreachable MongoDB before it fails with the host named. */
const MONGO_SERVER_SELECTION_MS = 5_000

class DatabaseConnectionError extends Error {
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
    return withAfterCommit(
      withClearConnectionError(
        mongooseAdapter({
          url: choice.url,
          connectOptions: { serverSelectionTimeoutMS: MONGO_SERVER_SELECTION_MS },
          ensureIndexes: true,
          migrationDir: path.resolve(process.cwd(), 'src/migrations/mongodb'),
        }),
        choice.hosts,
        choice.url,
      ),
    )
  }
  fs.mkdirSync(path.dirname(choice.file), { recursive: true })
  return withAfterCommit(
    withMaintenanceTransactions(
      sqliteAdapter({
        client: { url: choice.url },
        busyTimeout: 10_000,
        wal: true,
        migrationDir: path.resolve(process.cwd(), 'src/migrations'),
        prodMigrations: migrations,
        // Enables the adapter's transaction support, which withMaintenanceTransactions keeps for restores only.
        transactionOptions: {},
      }),
    ),
  )
}

const MAINTENANCE_BEGIN = Symbol.for('commons-hub.maintenanceBeginTransaction')
type WithMaintenanceBegin = BaseDatabaseAdapter & { [MAINTENANCE_BEGIN]?: BaseDatabaseAdapter['beginTransaction'] }

/**
 * SQLite runs ordinary requests without per-operation transactions (Payload's SQLite default: one
 * long write transaction per request blocks the proposal form and the admin). A restore, though,
 * must be all or nothing: it gets the adapter's real transaction through beginMaintenanceTransaction.
 */
function withMaintenanceTransactions(adapterObj: DatabaseAdapterObj): DatabaseAdapterObj {
  return {
    ...adapterObj,
    init: (args) => {
      const adapter = adapterObj.init(args) as WithMaintenanceBegin
      adapter[MAINTENANCE_BEGIN] = adapter.beginTransaction
      adapter.beginTransaction = async () => null
      return adapter
    },
  }
}

/**
 * One transaction for a bulk maintenance job (restore): MongoDB's (needs a replica set) or SQLite's.
 * Null when the database cannot give one: the caller must then undo its writes itself.
 */
export async function beginMaintenanceTransaction(payload: Payload): Promise<number | string | null> {
  const adapter = payload.db as unknown as WithMaintenanceBegin
  const begin = adapter[MAINTENANCE_BEGIN] ?? adapter.beginTransaction
  try {
    return (await begin.call(adapter)) ?? null
  } catch {
    return null
  }
}

export function currentDatabase(): DatabaseChoice {
  return parseDatabaseUri(process.env.DATABASE_URI, { nodeEnv: process.env.NODE_ENV })
}

/**
 * An unreachable MongoDB makes the adapter log mongoose's whole error object before it throws.
 * Replace that dump with one line that names the host and the variable to check. Once connected,
 * warn when the adapter turned transactions off (no replica set).
 */
function withClearConnectionError(adapterObj: DatabaseAdapterObj, hosts: string, url: string): DatabaseAdapterObj {
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
          const connected = await connect.call(this, options)
          // The adapter decides on connect; say so loudly when it runs without transactions.
          if ((adapter as { transactionOptions?: unknown }).transactionOptions === false) {
            logger.warn(
              replicaSetWarning(url) ??
                'MongoDB runs without transactions: the client found no replica set (check the DNS records of the +srv string).',
            )
          }
          return connected
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
