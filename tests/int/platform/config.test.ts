/**
 * Pure unit tests of the start-up configuration rules: which database DATABASE_URI names,
 * whether PAYLOAD_SECRET is acceptable, and which origins may call the API. No Payload boot.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { DatabaseConfigError, parseDatabaseUri, redact } from '../../../src/platform/db/databaseUri'
import { allowedOrigins } from '../../../src/platform/env/origins'
import { MIN_SECRET_LENGTH, resolvePayloadSecret, SecretConfigError } from '../../../src/platform/env/secret'

/** Runs `fn`, expects it to throw, and returns the error so its class and message can be checked. */
function thrownBy(fn: () => unknown): Error {
  try {
    fn()
  } catch (error) {
    return error as Error
  }
  throw new Error('expected the call to throw, but it returned normally')
}

const CWD = path.join(os.tmpdir(), 'commons-hub-project')

describe('parseDatabaseUri', () => {
  describe('SQLite', () => {
    it.each([
      ['unset', undefined],
      ['empty', ''],
      ['blank', '   '],
    ])('%s → the development SQLite file under <cwd>/data', (_label, raw) => {
      const file = path.join(CWD, 'data', 'commons-hub.dev.db')
      expect(parseDatabaseUri(raw, { cwd: CWD })).toEqual({ kind: 'sqlite', url: `file:${file}`, file })
    })

    it('unset in production → a separate production file under <cwd>/data', () => {
      const file = path.join(CWD, 'data', 'commons-hub.db')
      expect(parseDatabaseUri(undefined, { cwd: CWD, nodeEnv: 'production' })).toEqual({
        kind: 'sqlite',
        url: `file:${file}`,
        file,
      })
    })

    it('defaults to process.cwd() when no cwd is given', () => {
      const choice = parseDatabaseUri(undefined, { nodeEnv: 'test' })
      expect(choice.kind).toBe('sqlite')
      expect(choice.kind === 'sqlite' && choice.file).toBe(path.join(process.cwd(), 'data', 'commons-hub.dev.db'))
    })

    it.each([
      ['file:./x.db', path.join(CWD, 'x.db')],
      ['file:x.db', path.join(CWD, 'x.db')],
      ['file:./data/sub/x.db', path.join(CWD, 'data', 'sub', 'x.db')],
      ['file:/abs/x.db', '/abs/x.db'],
      ['file:///abs/x.db', '/abs/x.db'],
      ['  file:/abs/x.db  ', '/abs/x.db'],
    ])('%s → absolute file %s', (raw, file) => {
      expect(parseDatabaseUri(raw, { cwd: CWD })).toEqual({ kind: 'sqlite', url: `file:${file}`, file })
    })

    it.each(['file:', 'file:./data/', 'file:///'])('%s names no file → DatabaseConfigError', (raw) => {
      const error = thrownBy(() => parseDatabaseUri(raw, { cwd: CWD }))
      expect(error).toBeInstanceOf(DatabaseConfigError)
      expect(error.name).toBe('DatabaseConfigError')
      expect(error.message).toContain('DATABASE_URI')
      expect(error.message).toMatch(/names no SQLite file/)
    })
  })

  describe('MongoDB', () => {
    it('mongodb:// with credentials and options: the URL is kept whole, the host is named', () => {
      const raw = 'mongodb://user:pw@host:27017/db?replicaSet=rs0'
      expect(parseDatabaseUri(raw)).toEqual({ kind: 'mongodb', url: raw, hosts: 'host:27017' })
    })

    it('mongodb+srv:// (Atlas style)', () => {
      const raw = 'mongodb+srv://app:s3cr3t@cluster0.example.net/commons?retryWrites=true&w=majority'
      expect(parseDatabaseUri(raw)).toEqual({ kind: 'mongodb', url: raw, hosts: 'cluster0.example.net' })
    })

    it('mongodb:// without credentials or database name', () => {
      expect(parseDatabaseUri('mongodb://localhost:27017')).toEqual({
        kind: 'mongodb',
        url: 'mongodb://localhost:27017',
        hosts: 'localhost:27017',
      })
    })

    it('a replica-set seed list (comma-separated hosts) is accepted', () => {
      const raw = 'mongodb://user:pw@db1:27017,db2:27017,db3:27017/commons?replicaSet=rs0'
      expect(parseDatabaseUri(raw)).toEqual({ kind: 'mongodb', url: raw, hosts: 'db1:27017,db2:27017,db3:27017' })
    })

    it.each([
      ['an invalid port', 'mongodb://admin:hunter2secret@db.example.org:99999/commons'],
      ['a space in the host', 'mongodb://admin:hunter2secret@bad host/commons'],
      ['no host', 'mongodb://admin:hunter2secret@/commons'],
      ['nothing after the scheme', 'mongodb:///commons'],
    ])('%s → DatabaseConfigError that does not leak the password', (_label, raw) => {
      const error = thrownBy(() => parseDatabaseUri(raw))
      expect(error).toBeInstanceOf(DatabaseConfigError)
      expect(error.message).toContain('DATABASE_URI')
      expect(error.message).not.toContain('hunter2secret')
      expect(error.message).not.toContain('admin:')
    })
  })

  describe('unsupported schemes and garbage', () => {
    it.each([
      ['postgres', 'postgres://dbuser:hunter2secret@db.example.org:5432/commons'],
      ['postgresql', 'postgresql://dbuser:hunter2secret@db.example.org/commons'],
      ['mysql', 'mysql://dbuser:hunter2secret@localhost/commons'],
      ['sqlite', 'sqlite:///data/x.db'],
      ['https', 'https://dbuser:hunter2secret@example.org/'],
    ])('%s:// → DatabaseConfigError naming DATABASE_URI and the scheme', (scheme, raw) => {
      const error = thrownBy(() => parseDatabaseUri(raw))
      expect(error).toBeInstanceOf(DatabaseConfigError)
      expect(error.message).toContain('DATABASE_URI')
      expect(error.message).toContain(`"${scheme}:"`)
      expect(error.message).toMatch(/mongodb:\/\/.*file:/)
      expect(error.message).not.toContain('hunter2secret')
      expect(error.message).not.toContain('dbuser')
    })

    it.each([
      ['plain words', 'not a database'],
      ['a bare path', './data/x.db'],
      ['a bare host', 'localhost'],
      ['credentials without a scheme', '//dbuser:hunter2secret@db.example.org/commons'],
    ])('%s → DatabaseConfigError', (_label, raw) => {
      const error = thrownBy(() => parseDatabaseUri(raw))
      expect(error).toBeInstanceOf(DatabaseConfigError)
      expect(error.message).toContain('DATABASE_URI')
      expect(error.message).toMatch(/is not a database URI/)
      expect(error.message).not.toContain('hunter2secret')
    })
  })

  it('redact hides user and password and nothing else', () => {
    expect(redact('mongodb://user:pw@host:27017/db?replicaSet=rs0')).toBe('mongodb://***@host:27017/db?replicaSet=rs0')
    expect(redact('mongodb://host:27017/db')).toBe('mongodb://host:27017/db')
  })
})

describe('resolvePayloadSecret', () => {
  const strong = 'a3f1c9e07b2d4c58e6f90a1b2c3d4e5f60718293a4b5c6d7e8f9'

  describe('production', () => {
    it.each([
      ['missing', undefined, /PAYLOAD_SECRET is not set/],
      ['empty', '', /PAYLOAD_SECRET is not set/],
      ['blank', '   ', /PAYLOAD_SECRET is not set/],
      ['the placeholder change-me', 'change-me', /default placeholder/],
      ['the placeholder YOUR_SECRET_HERE', 'YOUR_SECRET_HERE', /default placeholder/],
      ['the placeholder dev-secret-change-me', 'dev-secret-change-me', /default placeholder/],
      ['short (31 characters)', 'x'.repeat(MIN_SECRET_LENGTH - 1), /31 characters long.*at least 32/],
      ['short (8 characters)', 'abcd1234', /8 characters long/],
    ])('%s → SecretConfigError naming PAYLOAD_SECRET', (_label, secret, message) => {
      const error = thrownBy(() => resolvePayloadSecret({ NODE_ENV: 'production', PAYLOAD_SECRET: secret }))
      expect(error).toBeInstanceOf(SecretConfigError)
      expect(error.name).toBe('SecretConfigError')
      expect(error.message).toContain('PAYLOAD_SECRET')
      expect(error.message).toMatch(message)
      if (secret && secret.trim()) expect(error.message).not.toContain(secret)
    })

    it('a long random secret is accepted as given (trimmed)', () => {
      expect(resolvePayloadSecret({ NODE_ENV: 'production', PAYLOAD_SECRET: strong })).toBe(strong)
      expect(resolvePayloadSecret({ NODE_ENV: 'production', PAYLOAD_SECRET: `  ${strong}\n` })).toBe(strong)
    })

    it('exactly the minimum length is accepted', () => {
      const secret = 'k'.repeat(MIN_SECRET_LENGTH)
      expect(resolvePayloadSecret({ NODE_ENV: 'production', PAYLOAD_SECRET: secret })).toBe(secret)
    })
  })

  describe('development and test', () => {
    const originalCwd = process.cwd()
    let tmp: string
    beforeAll(() => {
      // The development secret is kept in <cwd>/data: run in a throwaway directory.
      tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'commons-hub-secret-'))
      process.chdir(tmp)
    })
    afterAll(() => {
      process.chdir(originalCwd)
      fs.rmSync(tmp, { recursive: true, force: true })
    })

    it('development: a missing secret is generated (64 hex characters) and kept in data/.dev-payload-secret', () => {
      const secret = resolvePayloadSecret({ NODE_ENV: 'development' })
      expect(secret).toMatch(/^[0-9a-f]{64}$/)
      const file = path.join(tmp, 'data', '.dev-payload-secret')
      expect(fs.readFileSync(file, 'utf8')).toBe(secret)
      expect(fs.statSync(file).mode & 0o777).toBe(0o600)
    })

    it('the generated secret is stable within the process (sessions survive)', () => {
      const first = resolvePayloadSecret({ NODE_ENV: 'development' })
      expect(resolvePayloadSecret({ NODE_ENV: 'development', PAYLOAD_SECRET: '' })).toBe(first)
      expect(resolvePayloadSecret({ NODE_ENV: 'test' })).toBe(first)
    })

    it.each(['development', 'test', undefined])('NODE_ENV=%s: a given secret is used as is, even a short one', (nodeEnv) => {
      expect(resolvePayloadSecret({ NODE_ENV: nodeEnv, PAYLOAD_SECRET: 'change-me' })).toBe('change-me')
    })
  })
})

describe('allowedOrigins', () => {
  it('nothing configured → no cross-origin caller at all', () => {
    expect(allowedOrigins({})).toEqual([])
    expect(allowedOrigins({ NEXT_PUBLIC_SERVER_URL: '', SERVER_ORIGINS: ' , ' })).toEqual([])
  })

  it('the site URL is reduced to its origin (no path, no trailing slash)', () => {
    expect(allowedOrigins({ NEXT_PUBLIC_SERVER_URL: 'https://commons-ai.example.org/fr/editions/2026/' })).toEqual([
      'https://commons-ai.example.org',
    ])
  })

  it('keeps a non-default port and drops the default one', () => {
    expect(allowedOrigins({ NEXT_PUBLIC_SERVER_URL: 'http://localhost:3000' })).toEqual(['http://localhost:3000'])
    expect(allowedOrigins({ NEXT_PUBLIC_SERVER_URL: 'https://example.org:443' })).toEqual(['https://example.org'])
  })

  it('adds SERVER_ORIGINS (comma-separated, spaces and blanks ignored), site URL first, without duplicates', () => {
    expect(
      allowedOrigins({
        NEXT_PUBLIC_SERVER_URL: 'https://commons-ai.example.org',
        SERVER_ORIGINS: ' https://staging.example.org/ ,,https://commons-ai.example.org/admin, http://localhost:3000 ',
      }),
    ).toEqual(['https://commons-ai.example.org', 'https://staging.example.org', 'http://localhost:3000'])
  })

  it.each(['not a url', 'example.org', '://missing-scheme'])('refuses %j with a message naming the variable', (value) => {
    const error = thrownBy(() => allowedOrigins({ SERVER_ORIGINS: `https://ok.example.org,${value}` }))
    expect(error.message).toContain('SERVER_ORIGINS')
    expect(error.message).toContain(value)
  })

  // An opaque origin is the string "null", which would allow the `Origin: null` of sandboxed frames.
  it.each(['javascript:alert(1)', 'file:///etc/passwd', 'about:blank'])('refuses %j, whose origin would be "null"', (value) => {
    expect(() => allowedOrigins({ SERVER_ORIGINS: value })).toThrow(/SERVER_ORIGINS/)
  })
})
