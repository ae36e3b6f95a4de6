#!/usr/bin/env node
// @ts-check
// `npm run sample-data -- --scale N [--i-know-this-is-sample-data]`: runs src/platform/sampleData/cli.ts
// through `payload run` (tsx's loader stalls on Payload's module graph on Node 20), which parses options
// itself and drops them: they travel in SAMPLE_DATA_ARGS. A thin launcher, so it stays JavaScript
// (type-checked by `npm run typecheck`, like scripts/ts.mjs).
import { spawnSync } from 'node:child_process'

const result = spawnSync('node_modules/.bin/payload', ['run', 'src/platform/sampleData/cli.ts'], {
  stdio: 'inherit',
  env: { ...process.env, SAMPLE_DATA_ARGS: JSON.stringify(process.argv.slice(2)) },
})
process.exit(result.status ?? 1)
