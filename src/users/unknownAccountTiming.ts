import crypto from 'node:crypto'

import type { CollectionBeforeOperationHook } from 'payload'

/**
 * Payload hashes a login's password only when the account exists, so a wrong password took ~150 ms for
 * a real account and ~10 ms for an unknown one: the time told which addresses have accounts. This
 * login hook hashes the password against a dummy salt when no account has the address, with Payload's
 * own parameters (payload/dist/auth/strategies/local/generatePasswordSaltHash.js, not exported; the
 * security test recomputes a stored hash with these, so a Payload upgrade that changes them fails it).
 * Payload then answers its usual "The email or password provided is incorrect." for both.
 */
export const PAYLOAD_PASSWORD_HASH = { prefix: 'pbkdf2-sha256-v1:', iterations: 600_000, keyLength: 32, digest: 'sha256' } as const

// Random per process: the result is thrown away, only the work matters.
const DUMMY_SALT = crypto.randomBytes(32).toString('hex')

const hashDummy = (password: string) =>
  new Promise<void>((resolve) => {
    const { iterations, keyLength, digest } = PAYLOAD_PASSWORD_HASH
    crypto.pbkdf2(password, DUMMY_SALT, iterations, keyLength, digest, () => resolve())
  })

export const hashPasswordForUnknownAccounts: CollectionBeforeOperationHook = async ({ args, operation, req, collection }) => {
  if (operation !== 'login') return args
  const data = (args as { data?: { email?: unknown; password?: unknown } }).data
  // The same normalisation as Payload's login (lower case, trimmed).
  const email = typeof data?.email === 'string' ? data.email.toLowerCase().trim() : ''
  if (!email) return args
  const { totalDocs } = await req.payload.count({
    collection: collection.slug as never,
    where: { email: { equals: email } },
    overrideAccess: true,
    req,
  })
  if (totalDocs === 0) await hashDummy(typeof data?.password === 'string' ? data.password : '')
  return args
}
