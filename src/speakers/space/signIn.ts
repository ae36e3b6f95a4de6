import type { Payload } from 'payload'

import type { Locale } from '../../platform/i18n'
import { isValidEmail, normaliseEmail } from '../../platform/text/validation'
import { signInEmail } from './emails'
import { mineWhere } from './proposals'
import { consumeRateLimit, sendSoon } from './platform'
import { hashSecret, isWellFormedSecret, newSecret } from './tokens'

/**
 * Sign-in by emailed link. A speaker types their address; if it belongs to someone with a proposal,
 * a one-time link (30 minutes, single use, bound to that address) is emailed. The answer is the same
 * whether or not the address is known: only the mailbox's owner learns the difference.
 */
export const LINK_TTL_MS = 30 * 60_000
const SESSION_TTL_MS = 7 * 24 * 60 * 60_000

/** Per visitor address (a script trying addresses) and per email (a mailbox flooded by someone else). */
export const SIGN_IN_LIMITS = {
  perAddress: { bucket: 'speaker-link-address', limit: 20, windowMs: 15 * 60_000 },
  perEmail: { bucket: 'speaker-link-email', limit: 5, windowMs: 15 * 60_000 },
} as const

export type LinkRequestOutcome = { kind: 'accepted' } | { kind: 'invalid' } | { kind: 'rateLimited'; retryAfterSeconds: number }

/** Whether this address submitted a proposal or accepted to join one (the people a speaker space is for). */
export async function isKnownSpeakerEmail(payload: Payload, email: string): Promise<boolean> {
  const { totalDocs } = await payload.count({
    collection: 'proposals',
    where: mineWhere(email),
    overrideAccess: true,
  })
  return totalDocs > 0
}

export async function requestSignInLink(
  payload: Payload,
  input: { email: string; address: string; locale: Locale; linkUrl: (token: string) => string; now?: Date },
): Promise<LinkRequestOutcome> {
  const email = normaliseEmail(input.email)
  if (!isValidEmail(email)) return { kind: 'invalid' }
  // Both limits are counted for every request, known address or not: the refusal says nothing either.
  const byAddress = await consumeRateLimit(payload, { ...SIGN_IN_LIMITS.perAddress, key: input.address })
  if (!byAddress.allowed) return { kind: 'rateLimited', retryAfterSeconds: byAddress.retryAfterSeconds }
  const byEmail = await consumeRateLimit(payload, { ...SIGN_IN_LIMITS.perEmail, key: email })
  if (!byEmail.allowed) return { kind: 'rateLimited', retryAfterSeconds: byEmail.retryAfterSeconds }

  if (!(await isKnownSpeakerEmail(payload, email))) return { kind: 'accepted' }
  const now = input.now ?? new Date()
  const { raw, hash } = newSecret()
  const token = await payload.create({
    collection: 'speaker-tokens',
    data: { kind: 'sign-in', tokenHash: hash, email, expiresAt: new Date(now.getTime() + LINK_TTL_MS).toISOString() },
    overrideAccess: true,
    depth: 0,
  })
  await sendSoon(
    payload,
    { to: email, ...signInEmail(input.locale, input.linkUrl(raw), LINK_TTL_MS / 60_000) },
    { collection: 'speaker-tokens', id: token.id, kind: 'speaker-sign-in' },
  )
  return { kind: 'accepted' }
}

export type LinkState = { kind: 'valid'; email: string } | { kind: 'invalid' | 'expired' | 'used' }

type TokenDoc = { id: number | string; kind: string; email: string; expiresAt: string; usedAt?: string | null }

async function findToken(payload: Payload, kind: 'sign-in' | 'session', raw: unknown): Promise<TokenDoc | null> {
  if (!isWellFormedSecret(raw)) return null
  const { docs } = await payload.find({
    collection: 'speaker-tokens',
    where: { and: [{ tokenHash: { equals: hashSecret(raw) } }, { kind: { equals: kind } }] },
    limit: 1,
    depth: 0,
    overrideAccess: true,
  })
  return (docs[0] as unknown as TokenDoc | undefined) ?? null
}

/** What a link is worth, without using it (the page a link opens asks for a click first). */
export async function inspectSignInLink(payload: Payload, raw: unknown, now = new Date()): Promise<LinkState> {
  const token = await findToken(payload, 'sign-in', raw)
  if (!token) return { kind: 'invalid' }
  if (token.usedAt) return { kind: 'used' }
  if (new Date(token.expiresAt).getTime() <= now.getTime()) return { kind: 'expired' }
  return { kind: 'valid', email: token.email }
}

export type Redemption = { kind: 'signedIn'; email: string; session: string; expiresAt: Date } | { kind: 'invalid' | 'expired' | 'used' }

/**
 * Uses a link once: opens a session (a new secret for the cookie) bound to the link's address. Two
 * redemptions at once: the session's unique `redeemedFrom` lets one win and the other is `used`.
 */
export async function redeemSignInLink(payload: Payload, raw: unknown, now = new Date()): Promise<Redemption> {
  const state = await inspectSignInLink(payload, raw, now)
  if (state.kind !== 'valid') return state
  const linkHash = hashSecret(raw as string)
  let session: { raw: string; expiresAt: Date }
  try {
    session = await openSession(payload, state.email, now, linkHash)
  } catch {
    const again = await inspectSignInLink(payload, raw, now)
    return again.kind === 'valid' ? { kind: 'used' } : again
  }
  await payload.update({
    collection: 'speaker-tokens',
    where: { tokenHash: { equals: linkHash } },
    data: { usedAt: now.toISOString() },
    overrideAccess: true,
    depth: 0,
  })
  return { kind: 'signedIn', email: state.email, session: session.raw, expiresAt: session.expiresAt }
}

/**
 * A new session for an address whose mailbox was just proven (a sign-in link, an invitation link).
 * `redeemedFrom`, when given, is unique: the same link cannot open two sessions.
 */
export async function openSession(
  payload: Payload,
  email: string,
  now = new Date(),
  redeemedFrom?: string,
): Promise<{ raw: string; expiresAt: Date }> {
  const session = newSecret()
  const expiresAt = new Date(now.getTime() + SESSION_TTL_MS)
  await payload.create({
    collection: 'speaker-tokens',
    data: {
      kind: 'session',
      tokenHash: session.hash,
      email,
      expiresAt: expiresAt.toISOString(),
      ...(redeemedFrom ? { redeemedFrom } : {}),
    },
    overrideAccess: true,
    depth: 0,
  })
  return { raw: session.raw, expiresAt }
}

/** The signed-in speaker's address, or null (no cookie, unknown, expired). */
export async function speakerFromSession(payload: Payload, raw: unknown, now = new Date()): Promise<{ email: string } | null> {
  const token = await findToken(payload, 'session', raw)
  if (!token || new Date(token.expiresAt).getTime() <= now.getTime()) return null
  return { email: token.email }
}

export async function endSession(payload: Payload, raw: unknown): Promise<void> {
  if (!isWellFormedSecret(raw)) return
  await payload.delete({
    collection: 'speaker-tokens',
    where: { and: [{ tokenHash: { equals: hashSecret(raw) } }, { kind: { equals: 'session' } }] },
    overrideAccess: true,
  })
}
