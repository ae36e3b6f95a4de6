import crypto from 'node:crypto'

/** A secret for a link or a cookie (256 bits, URL-safe) and the hash the database keeps of it. */
export function newSecret(): { raw: string; hash: string } {
  const raw = crypto.randomBytes(32).toString('base64url')
  return { raw, hash: hashSecret(raw) }
}

export function hashSecret(raw: string): string {
  return crypto.createHash('sha256').update(raw).digest('hex')
}

/** What a link or cookie may look like; anything else is refused before any database read. */
export function isWellFormedSecret(value: unknown): value is string {
  return typeof value === 'string' && /^[A-Za-z0-9_-]{43}$/.test(value)
}
