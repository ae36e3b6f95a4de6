/**
 * Login security through Payload itself: lockout after repeated failures (Local API and REST), the
 * login cookie's attributes, and which origins may use that cookie (CSRF) or read API answers (CORS).
 */
import { handleEndpoints, type Payload } from 'payload'

import { LOCK_TIME_MS, MAX_LOGIN_ATTEMPTS } from '../../../src/users/Users'
import { factories, TEST_PASSWORD as PASSWORD, type Factories } from '../helpers/factories'
import { startTestPayload, type TestPayload } from '../helpers/testPayload'

let ctx: TestPayload
let payload: Payload
let make: Factories

beforeAll(async () => {
  ctx = await startTestPayload()
  payload = ctx.payload
  make = factories(payload)
  // The first account becomes admin; the tests below use editors.
  await make.user('admin')
})
afterAll(async () => {
  await ctx?.close()
})

const newEditor = () => make.user('editor')

const login = (email: string, password: string) => payload.login({ collection: 'users', data: { email, password } })

async function rest(path: string, init: RequestInit = {}): Promise<Response> {
  return handleEndpoints({ config: payload.config, request: new Request(`http://localhost:3000/api${path}`, init) })
}

describe('login lockout (maxLoginAttempts / lockTime)', () => {
  it('is configured as 5 failures and 15 minutes', () => {
    const auth = payload.collections.users.config.auth
    expect(auth.maxLoginAttempts).toBe(5)
    expect(auth.lockTime).toBe(15 * 60 * 1000)
    expect([MAX_LOGIN_ATTEMPTS, LOCK_TIME_MS]).toEqual([5, 15 * 60 * 1000])
  })

  it('after 5 wrong passwords even the right one is refused until the lock time has passed', async () => {
    const user = await newEditor()
    for (let attempt = 1; attempt <= MAX_LOGIN_ATTEMPTS; attempt++) {
      await expect(login(user.email, `wrong-${attempt}`)).rejects.toMatchObject({ status: 401 })
    }
    const locked = await login(user.email, PASSWORD).catch((error: unknown) => error)
    // Payload answers a locked account with 401 and its own error class and message.
    expect(locked).toMatchObject({ name: 'LockedAuth', status: 401 })
    expect((locked as Error).message).toMatch(/locked/i)

    // The lock ends LOCK_TIME_MS after the last failure: move it into the past instead of waiting.
    const stored = await payload.findByID({ collection: 'users', id: user.id, showHiddenFields: true, overrideAccess: true })
    const lockUntil = new Date(String((stored as { lockUntil?: string }).lockUntil)).getTime()
    expect(lockUntil - Date.now()).toBeGreaterThan(LOCK_TIME_MS - 60_000)
    expect(lockUntil - Date.now()).toBeLessThanOrEqual(LOCK_TIME_MS)
    await payload.db.updateOne({ collection: 'users', id: user.id, data: { lockUntil: new Date(Date.now() - 1000).toISOString() } })

    const result = await login(user.email, PASSWORD)
    expect(result.user?.email).toBe(user.email)
    const after = await payload.findByID({ collection: 'users', id: user.id, showHiddenFields: true, overrideAccess: true })
    expect((after as { loginAttempts?: number }).loginAttempts).toBe(0)
  })

  it('4 failures then the right password: logged in, and the counter starts again', async () => {
    const user = await newEditor()
    for (let attempt = 1; attempt < MAX_LOGIN_ATTEMPTS; attempt++) {
      await expect(login(user.email, 'wrong')).rejects.toMatchObject({ status: 401 })
    }
    expect((await login(user.email, PASSWORD)).user?.email).toBe(user.email)
    await expect(login(user.email, 'wrong')).rejects.toMatchObject({ status: 401 })
    expect((await login(user.email, PASSWORD)).user?.email).toBe(user.email)
  })

  it('REST answers a locked account with an error, never a token', async () => {
    const user = await newEditor()
    const body = (password: string) => ({
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ email: user.email, password }),
    })
    for (let attempt = 1; attempt <= MAX_LOGIN_ATTEMPTS; attempt++) {
      expect((await rest('/users/login', body('wrong'))).status).toBe(401)
    }
    const response = await rest('/users/login', body(PASSWORD))
    expect(response.status).toBe(401)
    expect(response.headers.get('set-cookie')).toBeNull()
    const text = JSON.stringify(await response.json())
    expect(text).toMatch(/locked/i)
    expect(text).not.toMatch(/"token"/)
  })
})

describe('the login cookie', () => {
  it('is HttpOnly, SameSite=Lax, path /, and not Secure outside production', async () => {
    const user = await newEditor()
    const response = await rest('/users/login', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ email: user.email, password: PASSWORD }),
    })
    expect(response.status).toBe(200)
    const cookie = response.headers.get('set-cookie') ?? ''
    expect(cookie).toMatch(/^payload-token=/)
    expect(cookie).toMatch(/HttpOnly/i)
    expect(cookie).toMatch(/SameSite=Lax/i)
    expect(cookie).toMatch(/Path=\//)
    expect(cookie).not.toMatch(/Secure/i)
  })
})

describe('which origins may use the cookie (CSRF) and read answers (CORS)', () => {
  const SITE = 'https://commons-ai.example.org'
  const EVIL = 'https://evil.example.net'
  let cookie: string
  let saved: { csrf: string[]; cors: typeof payload.config.cors }

  beforeAll(async () => {
    const user = await newEditor()
    const { token } = await login(user.email, PASSWORD)
    cookie = `payload-token=${token}`
    saved = { csrf: payload.config.csrf, cors: payload.config.cors }
    // What payload.config.ts builds in production from NEXT_PUBLIC_SERVER_URL=SITE (see config.test.ts).
    payload.config.csrf = [SITE]
    payload.config.cors = [SITE]
  })
  afterAll(() => {
    payload.config.csrf = saved.csrf
    payload.config.cors = saved.cors
  })

  const me = async (headers: Record<string, string>) => {
    const response = await rest('/users/me', { headers: { Cookie: cookie, ...headers } })
    return { response, user: ((await response.json()) as { user: { email?: string } | null }).user }
  }

  it('the site itself: the cookie logs in, and CORS allows it with credentials', async () => {
    const { response, user } = await me({ Origin: SITE })
    expect(user?.email).toMatch(/^editor-/)
    expect(response.headers.get('access-control-allow-origin')).toBe(SITE)
    expect(response.headers.get('access-control-allow-credentials')).toBe('true')
  })

  it('another site: the cookie is ignored (not logged in) and no CORS header lets it read the answer', async () => {
    const { response, user } = await me({ Origin: EVIL })
    expect(user).toBeNull()
    expect(response.headers.get('access-control-allow-origin')).toBeNull()
  })

  it('a cross-site request without Origin (Sec-Fetch-Site: cross-site) is not logged in either', async () => {
    expect((await me({ 'Sec-Fetch-Site': 'cross-site' })).user).toBeNull()
    expect((await me({ 'Sec-Fetch-Site': 'same-origin' })).user?.email).toMatch(/^editor-/)
  })

  it('a write from another site with the cookie is refused', async () => {
    const response = await rest('/editions', {
      method: 'POST',
      headers: { Cookie: cookie, Origin: EVIL, 'Content-Type': 'application/json' },
      body: JSON.stringify({ year: 2099, title: 'Forged' }),
    })
    expect(response.status).toBe(403)
    expect((await payload.count({ collection: 'editions', where: { year: { equals: 2099 } } })).totalDocs).toBe(0)
  })

  it('CORS is closed by default: with no origin configured, no origin gets an allow header', async () => {
    payload.config.cors = []
    try {
      for (const origin of [SITE, EVIL, 'null']) {
        const response = await rest('/editions', { headers: { Origin: origin } })
        expect(response.headers.get('access-control-allow-origin')).toBeNull()
      }
    } finally {
      payload.config.cors = [SITE]
    }
  })
})
