/**
 * The first account of a bench's throwaway database, made over REST as a browser would: registered
 * through Payload's first-register (the first user becomes admin), then logged in. Every bench that
 * writes through the API starts here.
 */
type Credentials = { email: string; password: string }

const BENCH_ADMIN: Credentials = { email: 'bench.admin@example.org', password: 'a-long-bench-password-1' }

/**
 * Registers `credentials` (with `extra` fields) as the first user and logs in. Returns the login as a
 * Cookie header, as a token, and the headers a JSON call as that admin sends.
 */
export async function registerFirstAdmin(
  base: string,
  credentials: Credentials = BENCH_ADMIN,
  extra: Record<string, unknown> = { role: 'admin' },
): Promise<{ cookie: string; token: string; headers: Record<string, string> }> {
  const headers = { 'content-type': 'application/json', origin: base }
  const registered = await fetch(`${base}/api/users/first-register`, {
    method: 'POST',
    headers,
    body: JSON.stringify({ ...credentials, ...extra }),
  })
  if (!registered.ok) throw new Error(`first-register: ${registered.status} ${await registered.text()}`)
  const login = await fetch(`${base}/api/users/login`, { method: 'POST', headers, body: JSON.stringify(credentials) })
  const cookie = login.headers
    .getSetCookie()
    .find((value) => value.startsWith('payload-token='))
    ?.split(';')[0]
  const { token } = (await login.json().catch(() => ({}))) as { token?: string }
  if (!cookie || !token) throw new Error(`login failed: ${login.status}`)
  return { cookie, token, headers: { ...headers, cookie } }
}
