#!/usr/bin/env node
// `npm run archive:export -- --year 2025 --out <dir>`: runs scripts/archive-export.ts with tsx.
// On Node 20, loading Payload's module graph through tsx's module hooks on a busy machine now and then
// stops before any of our code runs, with exit code 13 ("unsettled top-level await") and no output.
// Nothing has been read or written at that point, so this launcher simply runs it again (up to 10 times;
// each stuck attempt ends within seconds). scripts/preload-modules.mjs makes it rarer.
import { spawnSync } from 'node:child_process'

const args = ['--import', './scripts/preload-modules.mjs', '--import', 'tsx', 'scripts/archive-export.ts', ...process.argv.slice(2)]
const ATTEMPTS = 10
let status = 13
for (let attempt = 1; attempt <= ATTEMPTS && status === 13; attempt++) {
  if (attempt > 1) console.error(`archive:export: the TypeScript loader stopped early (exit 13); retrying (${attempt}/${ATTEMPTS})…`)
  status = spawnSync(process.execPath, args, { stdio: 'inherit' }).status ?? 1
}
process.exit(status)
