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
