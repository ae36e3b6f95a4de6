import path from 'node:path'

/**
 * What `DATABASE_URI` asks for. Pure (no adapter imports) so it can be tested and
 * used by scripts that only need to describe the database.
 */
export type DatabaseChoice = { kind: 'sqlite'; url: string; file: string } | { kind: 'mongodb'; url: string; hosts: string }

export class DatabaseConfigError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'DatabaseConfigError'
  }
}

/** Development and production keep separate default files: dev pushes its schema, production migrates. */
function defaultSqliteFile(nodeEnv: string | undefined, cwd: string = process.cwd()): string {
  const name = nodeEnv === 'production' ? 'commons-hub.db' : 'commons-hub.dev.db'
  return path.join(cwd, 'data', name)
}

const MONGO_PREFIXES = ['mongodb://', 'mongodb+srv://'] as const
/** scheme, optional credentials, host list, optional /database and ?options */
const MONGO_URI = /^mongodb(?:\+srv)?:\/\/(?:[^@/?#\s]+@)?([^/?#@\s]+)(?:\/[^?#\s]*)?(?:\?[^#\s]*)?$/
const MONGO_HOST = /^(?:[a-z0-9.-]+|\[[0-9a-f:]+\])(?::(\d{1,5}))?$/i

export function parseDatabaseUri(raw: string | undefined, options: { nodeEnv?: string; cwd?: string } = {}): DatabaseChoice {
  const value = raw?.trim() ?? ''
  const cwd = options.cwd ?? process.cwd()

  if (value === '') {
    const file = defaultSqliteFile(options.nodeEnv, cwd)
    return { kind: 'sqlite', url: `file:${file}`, file }
  }

  if (value.startsWith('file:')) {
    const rest = value.slice('file:'.length).replace(/^\/\/(?=\/)/, '')
    if (rest === '' || rest.endsWith('/')) {
      throw new DatabaseConfigError(`DATABASE_URI "${value}" names no SQLite file: use e.g. file:./data/commons-hub.db`)
    }
    const file = path.resolve(cwd, rest)
    return { kind: 'sqlite', url: `file:${file}`, file }
  }

  if (MONGO_PREFIXES.some((prefix) => value.startsWith(prefix))) {
    // Parsed by hand: a replica-set seed list (db1:27017,db2:27017) is valid for MongoDB but not for URL.
    const match = MONGO_URI.exec(value)
    const hosts = match?.[1] ?? ''
    if (!match || !hosts.split(',').every(isMongoHost)) {
      throw new DatabaseConfigError(`DATABASE_URI is not a valid MongoDB connection string: "${redact(value)}"`)
    }
    return { kind: 'mongodb', url: value, hosts }
  }

  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(value)?.[1]
  throw new DatabaseConfigError(
    scheme
      ? `DATABASE_URI uses the unsupported scheme "${scheme}:"; use mongodb://, mongodb+srv:// or file:`
      : `DATABASE_URI "${redact(value)}" is not a database URI; use mongodb://…, mongodb+srv://… or file:…`,
  )
}

function isMongoHost(host: string): boolean {
  const match = MONGO_HOST.exec(host)
  return match !== null && (match[1] === undefined || Number(match[1]) <= 65_535)
}

/** Hide credentials before a URI reaches a log line or an error message. */
export function redact(uri: string): string {
  return uri.replace(/\/\/([^@/]+)@/, '//***@')
}
