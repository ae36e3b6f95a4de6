import type { Payload } from 'payload'

type MongooseLike = { name?: string; connection?: { dropDatabase?: () => Promise<unknown> } }

/**
 * Drops the MongoDB database Payload is connected to (throwaway test databases, a fresh restore
 * target). Payload's mongoose adapter has no `dropDatabase` of its own: the connection has one.
 * False when the database is not MongoDB (a SQLite file is removed as a file instead).
 */
export async function dropMongoDatabase(payload: Payload): Promise<boolean> {
  const db = payload.db as unknown as MongooseLike
  if (db.name !== 'mongoose') return false
  if (!db.connection?.dropDatabase) throw new Error('The MongoDB adapter has no open connection to drop its database with.')
  await db.connection.dropDatabase()
  return true
}
