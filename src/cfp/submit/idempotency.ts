import crypto from 'node:crypto'

/**
 * The proposal form's idempotency token: random, put in a hidden field when the page is rendered and
 * stored (unique) on the proposal it creates. A double click, a reload that re-posts, or two concurrent
 * posts of the same form all carry the same token and end up with the one proposal.
 */
export function newSubmissionToken(): string {
  return crypto.randomBytes(24).toString('base64url')
}

export function isWellFormedToken(value: unknown): value is string {
  return typeof value === 'string' && /^[A-Za-z0-9_-]{20,64}$/.test(value)
}
