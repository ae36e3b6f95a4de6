#!/usr/bin/env node
// `npm run archive:export -- --year 2025 --out <dir>`: runs scripts/archive-export.ts with tsx.
// On Node 20, loading Payload's module graph through tsx's module hooks on a busy machine now and then
// stops before any of our code runs, with exit code 13 ("unsettled top-level await") and no output.
// Nothing has been read or written at that point, so this launcher simply runs it again (twice at most).
import { spawnSync } from 'node:child_process'

const args = ['--import', 'tsx', 'scripts/archive-export.ts', ...process.argv.slice(2)]
let status = 13
for (let attempt = 1; attempt <= 3 && status === 13; attempt++) {
  if (attempt > 1) console.error(`archive:export: the TypeScript loader stopped early (exit 13); retrying (${attempt}/3)…`)
  status = spawnSync(process.execPath, args, { stdio: 'inherit' }).status ?? 1
}
process.exit(status)
