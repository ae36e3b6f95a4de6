import { baseURL } from './env'

/**
 * The administrator the browser tests log in with. Whichever file needs it first creates it
 * (ensureAdmin), so every file runs alone or in any order; admin.e2e.ts creates it through the admin
 * UI when it finds the database without users.
 */
export const FIRST_ADMIN = { email: 'first.admin@example.org', password: 'a-long-test-password-1' }

type Credentials = { email: string; password: string }

async function login(credentials: Credentials, base: string): Promise<Response> {
  return fetch(`${base}/api/users/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: base },
    body: JSON.stringify(credentials),
  })
}

/** Whether the database has a user yet (Payload's `/api/users/init`). */
export async function hasUsers(base = baseURL()): Promise<boolean> {
  const response = await fetch(`${base}/api/users/init`)
  if (!response.ok) throw new Error(`GET /api/users/init answered ${response.status}`)
  return ((await response.json()) as { initialized: boolean }).initialized
}

/**
 * Makes sure FIRST_ADMIN exists and can log in: on a database without users it is registered as the
 * first user (who becomes admin). Idempotent; fails when other users exist but not this one.
 */
export async function ensureAdmin(base = baseURL()): Promise<void> {
  if (!(await hasUsers(base))) {
    const registered = await fetch(`${base}/api/users/first-register`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: base },
      body: JSON.stringify({ ...FIRST_ADMIN, role: 'admin' }),
    })
    if (!registered.ok)
      throw new Error(`registering ${FIRST_ADMIN.email} as the first user failed: ${registered.status} ${await registered.text()}`)
    return
  }
  const response = await login(FIRST_ADMIN, base)
  await response.body?.cancel()
  if (!response.ok) throw new Error(`the database has users but ${FIRST_ADMIN.email} cannot log in (${response.status})`)
}

/** Logs in over REST (creating FIRST_ADMIN first if needed) and returns the Cookie header to send with later requests. */
export async function loginCookie(credentials: Credentials = FIRST_ADMIN, base = baseURL()): Promise<string> {
  if (credentials === FIRST_ADMIN) await ensureAdmin(base)
  const response = await login(credentials, base)
  if (!response.ok) throw new Error(`login as ${credentials.email} failed: ${response.status}`)
  const cookie = response.headers.getSetCookie().find((value) => value.startsWith('payload-token='))
  if (!cookie) throw new Error('login answered without the payload-token cookie')
  return cookie.split(';')[0]!
}
