#!/usr/bin/env node
// Runs a TypeScript maintenance script (backup, restore) under tsx and retries it when it reports
// that loading its modules got stuck (exit code 75, see src/backup/cli.ts): on Node 20 the tsx
// loader thread now and then never finishes loading Payload's module graph. Nothing has touched
// the database at that point, so starting again is safe.
import { spawnSync } from 'node:child_process'

const [script, ...args] = process.argv.slice(2)
const LOAD_STUCK = 75
// Node's own code when the loader stops answering before the script's watchdog is even loaded.
const UNSETTLED = 13
const ATTEMPTS = 10
let status = 1
for (let attempt = 1; attempt <= ATTEMPTS; attempt++) {
  const result = spawnSync(process.execPath, ['--import', './scripts/preload-modules.mjs', '--import', 'tsx', script, ...args], {
    stdio: 'inherit',
  })
  status = result.status ?? 1
  if (status !== LOAD_STUCK && status !== UNSETTLED) break
  if (attempt < ATTEMPTS) console.error(`Loading got stuck; starting again (attempt ${attempt + 1} of ${ATTEMPTS})`)
}
process.exit(status)
