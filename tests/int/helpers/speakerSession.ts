import type { Payload } from 'payload'

import { SESSION_COOKIE } from '../../../src/speakers/space/http'
import { newSecret } from '../../../src/speakers/space/tokens'

/**
 * The Cookie header of a speaker signed in to the speaker space with this address: a session token
 * stored as the sign-in link would store it, that never expires. Kept out of the factories, which
 * must not load the speaker space's modules for every test file.
 */
export async function speakerSession(payload: Payload, email: string): Promise<string> {
  const { raw, hash } = newSecret()
  await payload.create({
    collection: 'speaker-tokens',
    data: { kind: 'session', tokenHash: hash, email, expiresAt: '2100-01-01T00:00:00.000Z' },
    overrideAccess: true,
  })
  return `${SESSION_COOKIE}=${raw}`
}
