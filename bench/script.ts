import crypto from 'node:crypto'
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

/**
 * What the bench scripts that run Payload in their own process share: a throwaway SQLite database, and
 * the way they end (their code as the exit code, 1 on an error).
 */

/**
 * Points DATABASE_URI at a new SQLite file in a new temporary folder (before Payload's config is
 * imported, which reads it); `remove()` deletes the folder.
 */
export function throwawayDatabase(name: string): { dir: string; remove: () => void } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `commons-hub-bench-${name}-`))
  process.env.DATABASE_URI = `file:${path.join(dir, 'bench.db')}`
  return { dir, remove: () => fs.rmSync(dir, { recursive: true, force: true }) }
}

/** Runs `main` and exits with the code it answers, or 1 after printing its error. */
export function runScript(main: () => Promise<number>): void {
  main().then(
    (code) => process.exit(code),
    (error: unknown) => {
      console.error(error)
      process.exit(1)
    },
  )
}

/**
 * The sample database a bench measures: the file given (`--db`), or one made now by `npm run
 * sample-data -- --scale 1` in a temporary folder (`env` adds to its environment); `remove()` deletes
 * what was made.
 */
export function sampleDatabase(
  given: string | undefined,
  name: string,
  env: Record<string, string> = {},
): { db: string; remove: () => void } {
  if (given) return { db: path.resolve(given), remove: () => undefined }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `commons-hub-${name}-db-`))
  const db = path.join(dir, 'sample.db')
  console.log(`bench:${name}: generating sample data at scale 1 (a few minutes)…`)
  const result = spawnSync('npm', ['run', 'sample-data', '--', '--scale', '1'], {
    env: { ...process.env, DATABASE_URI: `file:${db}`, ...env },
    stdio: 'inherit',
  })
  if (result.status !== 0) throw new Error('sample-data failed')
  return { db, remove: () => fs.rmSync(dir, { recursive: true, force: true }) }
}

/** The environment of a production server on a sample database (its own secret, no seeding), plus `extra`. */
export function sampleServerEnv(db: string, extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  return {
    ...process.env,
    DATABASE_URI: `file:${db}`,
    PAYLOAD_SECRET: crypto.randomBytes(32).toString('hex'),
    NEXT_PUBLIC_SERVER_URL: 'http://127.0.0.1',
    SEED_ON_START: 'false',
    ...extra,
  }
}

/** Signs in as the sample editor (`sampleEditor` of the sample data, with the password given to it) and answers the JWT. */
export async function sampleEditorToken(baseUrl: string, password: string): Promise<string> {
  const login = await fetch(`${baseUrl}/api/users/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: 'http://127.0.0.1' },
    body: JSON.stringify({ email: 'sample.editor@example.org', password }),
  })
  const token = ((await login.json()) as { token?: string }).token
  if (!token) throw new Error(`editor login answered ${login.status}`)
  return token
}
