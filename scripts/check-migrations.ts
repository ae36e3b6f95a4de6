// Fails when the collections changed without a committed SQLite migration: production databases
// get their schema only from src/migrations (there is no schema push in production).
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

const dir = path.resolve('src/migrations')
const before = new Set(fs.readdirSync(dir))
const indexBefore = fs.readFileSync(path.join(dir, 'index.ts'), 'utf8')
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'migration-check-'))

const result = spawnSync('npx', ['payload', 'migrate:create', 'schema_drift_check', '--skip-empty'], {
  env: { ...process.env, DATABASE_URI: `file:${path.join(tmp, 'check.db')}`, SEED_ON_START: 'false' },
  encoding: 'utf8',
})
fs.rmSync(tmp, { recursive: true, force: true })
const added = fs.readdirSync(dir).filter((name) => !before.has(name))
if (result.status !== 0) {
  console.error(`migration check could not run:\n${result.stdout}\n${result.stderr}`)
  process.exit(1)
}
if (added.length > 0) {
  for (const name of added) fs.rmSync(path.join(dir, name))
  fs.writeFileSync(path.join(dir, 'index.ts'), indexBefore)
  console.error(
    'The collections changed but no migration describes it. Run: npx payload migrate:create <name> ' +
      '(with DATABASE_URI pointing at a scratch SQLite file) and commit src/migrations.',
  )
  process.exit(1)
}
console.log('migrations: the committed SQLite migrations match the collections')
