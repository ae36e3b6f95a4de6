#!/usr/bin/env node
// `npm run test:e2e`: browser tests (Debian Chromium via playwright-core) against the production
// build served by the production server (src/server/main.mjs) on a throwaway, seeded SQLite database.
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'

import { startServer } from './support/server.mjs'

const server = await startServer()
console.log(`e2e: server at ${server.baseURL}, first 200 on / after ${server.coldStartMs} ms (cold start, migrations + seed)`)
fs.mkdirSync('tests/e2e/artifacts', { recursive: true })
let status = 1
try {
  // admin.e2e.ts creates the first user that the other files log in with: it runs first (node's runner
  // orders files by name, so no other file may sort before it).
  // `npm run test:e2e -- programme propose` runs only the files whose names contain one of the words.
  const only = process.argv.slice(2)
  const files = fs
    .readdirSync('tests/e2e')
    .filter((name) => name.endsWith('.e2e.ts'))
    .filter((name) => only.length === 0 || name === 'admin.e2e.ts' || only.some((word) => name.includes(word)))
    .sort((a, b) => Number(b === 'admin.e2e.ts') - Number(a === 'admin.e2e.ts') || a.localeCompare(b))
    .map((name) => `tests/e2e/${name}`)
  const result = spawnSync(
    process.execPath,
    ['--import', 'tsx', '--test', '--test-concurrency=1', '--test-reporter=spec', ...files],
    { stdio: 'inherit', env: { ...process.env, E2E_BASE_URL: server.baseURL, E2E_DIR: server.dir } },
  )
  status = result.status ?? 1
  const rss = readRssKb(server.pid)
  if (rss) {
    console.log(
      `e2e: RSS after the tests: next-server ≈ ${Math.round(rss.largest / 1024)} MB (whole process group with npx ≈ ${Math.round(rss.total / 1024)} MB)`,
    )
  }
} finally {
  if (status !== 0 && fs.existsSync(`${server.dir}/server.log`)) {
    console.error('--- server log (tail) ---\n' + fs.readFileSync(`${server.dir}/server.log`, 'utf8').slice(-4000))
  }
  await server.stop()
}
process.exit(status)

function readRssKb(rootPid) {
  // The server's process group: npx and the next-server it starts (the largest).
  const result = spawnSync('ps', ['-o', 'rss=', '-g', String(rootPid)], { encoding: 'utf8' })
  if (result.status !== 0) return null
  const values = result.stdout
    .split('\n')
    .map((line) => Number(line.trim()))
    .filter((value) => Number.isFinite(value) && value > 0)
  if (values.length === 0) return null
  return { total: values.reduce((sum, value) => sum + value, 0), largest: Math.max(...values) }
}
