/**
 * Start-up security configuration that tests/int/platform/config.test.ts does not cover: the login cookie's
 * attributes per environment, the CSRF list production insists on, and that payload.config.ts
 * itself refuses a default or short PAYLOAD_SECRET (and a missing public URL) in production.
 * The rules' own details (secret lengths, origin parsing) are in config.test.ts.
 */
import os from 'node:os'
import path from 'node:path'

import { authCookieOptions } from '../../../src/platform/env/cookies'
import { allowedOrigins, csrfOrigins } from '../../../src/platform/env/origins'
import { SecretConfigError } from '../../../src/platform/env/secret'

describe('authCookieOptions', () => {
  it('production: Secure and SameSite=Lax', () => {
    expect(authCookieOptions({ NODE_ENV: 'production' })).toEqual({ sameSite: 'Lax', secure: true })
  })
  it('production with COOKIE_SECURE=false (plain-http trial): not Secure, still Lax', () => {
    expect(authCookieOptions({ NODE_ENV: 'production', COOKIE_SECURE: 'false' })).toEqual({ sameSite: 'Lax', secure: false })
  })
  it.each(['development', 'test', undefined])('NODE_ENV=%s: not Secure (http://localhost), even if COOKIE_SECURE=true', (nodeEnv) => {
    expect(authCookieOptions({ NODE_ENV: nodeEnv, COOKIE_SECURE: 'true' })).toEqual({ sameSite: 'Lax', secure: false })
  })
})

describe('csrfOrigins', () => {
  it('production without any origin refuses (Payload would otherwise accept the cookie from any site)', () => {
    expect(() => csrfOrigins({ NODE_ENV: 'production' })).toThrow(/NEXT_PUBLIC_SERVER_URL is not set.*CSRF/)
    expect(() => csrfOrigins({ NODE_ENV: 'production', SERVER_ORIGINS: ' , ' })).toThrow(/NEXT_PUBLIC_SERVER_URL/)
  })
  it('production with the site URL: exactly its origin plus SERVER_ORIGINS, like CORS', () => {
    const env = {
      NODE_ENV: 'production',
      NEXT_PUBLIC_SERVER_URL: 'https://commons-ai.example.org/',
      SERVER_ORIGINS: 'https://staging.example.org',
    }
    expect(csrfOrigins(env)).toEqual(['https://commons-ai.example.org', 'https://staging.example.org'])
    expect(csrfOrigins(env)).toEqual(allowedOrigins(env))
  })
  it('next build (serves no one) and development may run without it', () => {
    expect(csrfOrigins({ NODE_ENV: 'production', NEXT_PHASE: 'phase-production-build' })).toEqual([])
    expect(csrfOrigins({ NODE_ENV: 'development' })).toEqual([])
  })
})

describe('payload.config.ts in production', () => {
  const saved = { ...process.env }
  let round = 0
  afterEach(() => {
    for (const key of Object.keys(process.env)) if (!(key in saved)) delete process.env[key]
    Object.assign(process.env, saved)
  })

  /** Evaluates a fresh copy of the config module under the given environment (the query makes it new). */
  async function loadConfig(env: Record<string, string | undefined>) {
    process.env.DATABASE_URI = `file:${path.join(os.tmpdir(), `commons-hub-config-${process.pid}.db`)}`
    for (const [key, value] of Object.entries(env)) {
      if (value === undefined) delete process.env[key]
      else process.env[key] = value
    }
    const configModule = await import(`../../../payload.config.ts?production-${++round}`)
    return configModule.default
  }

  const URL = 'https://commons-ai.example.org'
  it.each([
    ['the default placeholder', 'change-me', /default placeholder/],
    ['a short secret', 'short-secret-123', /16 characters long/],
    ['no secret', undefined, /not set/],
  ])('refuses %s', async (_label, secret, message) => {
    const error = await loadConfig({ NODE_ENV: 'production', PAYLOAD_SECRET: secret, NEXT_PUBLIC_SERVER_URL: URL }).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(SecretConfigError)
    expect((error as Error).message).toMatch(message)
  })

  it('refuses to start without the public URL (CSRF list)', async () => {
    await expect(
      loadConfig({ NODE_ENV: 'production', PAYLOAD_SECRET: 'k'.repeat(40), NEXT_PUBLIC_SERVER_URL: undefined, SERVER_ORIGINS: undefined }),
    ).rejects.toThrow(/NEXT_PUBLIC_SERVER_URL is not set/)
  })

  it('accepts a long random secret with the public URL: cookies Secure, CSRF and CORS = the site', async () => {
    const config = await loadConfig({
      NODE_ENV: 'production',
      PAYLOAD_SECRET: 'k'.repeat(40),
      NEXT_PUBLIC_SERVER_URL: URL,
      SERVER_ORIGINS: undefined,
    })
    expect(config.secret).toBe('k'.repeat(40))
    // Payload adds serverURL to the CSRF list itself: same origin, listed twice.
    expect([...new Set(config.csrf)]).toEqual([URL])
    expect(config.cors).toEqual([URL])
    expect(config.serverURL).toBe(URL)
  })
})
