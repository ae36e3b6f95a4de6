import crypto from 'node:crypto'

/**
 * A random token and id of this app process, kept on globalThis so the code inside Next's bundle and
 * the server outside it see the same one.
 */
const SLOT = Symbol.for('commons-hub.process-token')

export function processToken(): string {
  const holder = globalThis as { [SLOT]?: string }
  holder[SLOT] ??= crypto.randomBytes(24).toString('hex')
  return holder[SLOT]
}

/** A short public name of this process (the token is the secret; this only tells rows apart). */
export function processId(): string {
  return crypto.createHash('sha256').update(processToken()).digest('hex').slice(0, 16)
}
