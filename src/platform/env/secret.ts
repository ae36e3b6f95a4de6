import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'

/** Values that ship in examples and templates: never acceptable in production. */
const KNOWN_DEFAULTS = new Set(['change-me', 'changeme', 'secret', 'your-secret-here', 'YOUR_SECRET_HERE', 'dev-secret-change-me'])

export const MIN_SECRET_LENGTH = 32

export class SecretConfigError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'SecretConfigError'
  }
}

/**
 * PAYLOAD_SECRET signs sessions. Production refuses a missing, default or short secret;
 * development and tests get a per-process random one so nothing needs configuring.
 */
export function resolvePayloadSecret(env: { PAYLOAD_SECRET?: string; NODE_ENV?: string; NEXT_PHASE?: string }): string {
  const secret = env.PAYLOAD_SECRET?.trim() ?? ''
  if (env.NODE_ENV !== 'production') {
    return secret || devSecret(env.NODE_ENV)
  }
  // `next build` loads the config but signs nothing and serves no one: a throwaway secret will do,
  // and the server started afterwards checks the real one.
  if (env.NEXT_PHASE === 'phase-production-build' && secret === '') {
    return crypto.randomBytes(32).toString('hex')
  }
  if (secret === '') {
    throw new SecretConfigError('PAYLOAD_SECRET is not set: production needs a random secret (openssl rand -hex 32)')
  }
  if (KNOWN_DEFAULTS.has(secret)) {
    throw new SecretConfigError('PAYLOAD_SECRET is a default placeholder: set a random secret (openssl rand -hex 32)')
  }
  if (secret.length < MIN_SECRET_LENGTH) {
    throw new SecretConfigError(`PAYLOAD_SECRET is ${secret.length} characters long: production needs at least ${MIN_SECRET_LENGTH}`)
  }
  return secret
}

let generated: string | undefined
/** Kept in the git-ignored data folder so dev logins survive a restart; tests get a fresh one. */
function devSecret(nodeEnv: string | undefined): string {
  if (generated) return generated
  if (nodeEnv === 'test') return (generated = crypto.randomBytes(32).toString('hex'))
  const file = path.join(process.cwd(), 'data', '.dev-payload-secret')
  try {
    generated = fs.readFileSync(file, 'utf8').trim()
  } catch {
    generated = crypto.randomBytes(32).toString('hex')
    fs.mkdirSync(path.dirname(file), { recursive: true })
    fs.writeFileSync(file, generated, { mode: 0o600 })
  }
  return generated
}
