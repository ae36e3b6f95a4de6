import { cookies } from 'next/headers'
import type { Payload } from 'payload'

import { SESSION_COOKIE } from './http'
import { speakerFromSession } from './signIn'

/** The signed-in speaker of the page being rendered (server components), or null. */
export async function currentSpeaker(payload: Payload): Promise<{ email: string } | null> {
  const jar = await cookies()
  return speakerFromSession(payload, jar.get(SESSION_COOKIE)?.value)
}
