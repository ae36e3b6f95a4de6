import ConnectionString from 'mongodb-connection-string-url'

/**
 * MongoDB connection strings, read with the driver's own parser: a replica-set seed list
 * (`mongodb://db1:27017,db2:27017/?replicaSet=rs0`) is valid there but breaks `new URL()`.
 */
export function mongoUriWithDatabase(uri: string, database: string): string {
  const parsed = new ConnectionString(uri)
  parsed.pathname = `/${database}`
  return parsed.toString()
}

/** The database a connection string names, or undefined (the driver's default, `test`). */
export function mongoDatabaseName(uri: string): string | undefined {
  const name = new ConnectionString(uri).pathname.replace(/^\//, '')
  return name ? decodeURIComponent(name) : undefined
}

/**
 * Payload's MongoDB adapter turns transactions off, silently, when the client has no replica set
 * name, and then a failure half-way through a request leaves half its writes. The warning start-up
 * prints then; null when the string names one (`+srv` strings get it from DNS, checked on connect).
 */
export function replicaSetWarning(uri: string): string | null {
  const parsed = new ConnectionString(uri)
  if (parsed.searchParams.get('replicaSet')) return null
  if (parsed.isSRV) return null
  return (
    'DATABASE_URI names no replica set (add ?replicaSet=<name>, e.g. rs0): MongoDB runs without transactions, ' +
    'so a request that fails half-way keeps the writes it made. Run MongoDB as a replica set (one node is enough).'
  )
}
