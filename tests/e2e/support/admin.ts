import { baseURL } from './env'

/** The first account, created through the admin UI by admin.e2e.ts (run first by tests/e2e/run.mjs). */
export const FIRST_ADMIN = { email: 'first.admin@example.org', password: 'a-long-test-password-1' }

/** Logs in over REST and returns the Cookie header to send with later requests. */
export async function loginCookie(credentials = FIRST_ADMIN): Promise<string> {
  const response = await fetch(`${baseURL()}/api/users/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: baseURL() },
    body: JSON.stringify(credentials),
  })
  if (!response.ok) throw new Error(`login as ${credentials.email} failed: ${response.status}`)
  const cookie = response.headers.getSetCookie().find((value) => value.startsWith('payload-token='))
  if (!cookie) throw new Error('login answered without the payload-token cookie')
  return cookie.split(';')[0]!
}
