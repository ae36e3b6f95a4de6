/**
 * `npm run test:e2e [-- word …]`: browser tests (Debian Chromium via playwright-core) against the
 * production build served by the production server (src/platform/server/main.ts) on a throwaway, seeded
 * SQLite database. Each file creates what it needs (tests/e2e/support/accounts.ts), so files run in any
 * order and alone: `npm run test:e2e -- programme propose` runs the files whose names contain a word.
 *
 * A test or hook that runs longer than E2E_TEST_TIMEOUT_MS (default 3 minutes) fails
 * (support/testTimeout.mjs), and a file's process is ended when its tests are done (--test-force-exit),
 * so a hang fails in minutes; a whole file is stopped after E2E_FILE_TIMEOUT_MS (default 20 minutes).
 * The last line printed is the count, exactly `N passed, N failed`.
 */
import { spawn, spawnSync } from 'node:child_process'
import fs from 'node:fs'

import { countResults, selectFiles } from './support/results'
import { startServer } from './support/server.mjs'

const TEST_TIMEOUT_MS = Number(process.env.E2E_TEST_TIMEOUT_MS ?? 180_000)
const FILE_TIMEOUT_MS = Number(process.env.E2E_FILE_TIMEOUT_MS ?? 1_200_000)

function readRssKb(rootPid: number): { total: number; largest: number } | null {
  // The server's process group: the server and anything it started.
  const result = spawnSync('ps', ['-o', 'rss=', '-g', String(rootPid)], { encoding: 'utf8' })
  if (result.status !== 0) return null
  const values = result.stdout
    .split('\n')
    .map((line) => Number(line.trim()))
    .filter((value) => Number.isFinite(value) && value > 0)
  if (values.length === 0) return null
  return { total: values.reduce((sum, value) => sum + value, 0), largest: Math.max(...values) }
}

async function main(): Promise<number> {
  const words = process.argv.slice(2)
  const files = selectFiles(fs.readdirSync('tests/e2e'), words).map((name) => `tests/e2e/${name}`)
  if (files.length === 0) {
    console.error(`e2e: no test matched ${words.map((word) => `"${word}"`).join(', ')} (files are tests/e2e/*.e2e.ts)`)
    console.log('0 passed, 0 failed')
    return 1
  }
  const server = await startServer()
  console.log(`e2e: server at ${server.baseURL}, first 200 on / after ${server.coldStartMs} ms (cold start, migrations + seed)`)
  fs.mkdirSync('tests/e2e/artifacts', { recursive: true })
  let tap = ''
  let status = 1
  let counts: { passed: number; failed: number } | null = null
  try {
    status = await new Promise<number>((resolve) => {
      const child = spawn(
        process.execPath,
        [
          '--import',
          'tsx',
          '--import',
          './tests/e2e/support/testTimeout.mjs',
          '--test',
          '--test-concurrency=1',
          '--test-force-exit',
          // Node 20 applies this to each file as a whole; each test's own limit is set by testTimeout.mjs.
          `--test-timeout=${FILE_TIMEOUT_MS}`,
          // The readable report on stderr; TAP on stdout, read here for the count (a file destination
          // loses its summary to --test-force-exit).
          '--test-reporter=spec',
          '--test-reporter-destination=stderr',
          '--test-reporter=tap',
          '--test-reporter-destination=stdout',
          ...files,
        ],
        {
          stdio: ['ignore', 'pipe', 'inherit'],
          env: { ...process.env, E2E_BASE_URL: server.baseURL, E2E_DIR: server.dir, E2E_TEST_TIMEOUT_MS: String(TEST_TIMEOUT_MS) },
        },
      )
      child.stdout?.on('data', (chunk: Buffer) => (tap += chunk.toString('utf8')))
      child.on('close', (code) => resolve(code ?? 1))
    })
    counts = countResults(tap)
    const rss = readRssKb(server.pid!)
    if (rss) {
      console.log(
        `e2e: RSS after the tests: server ≈ ${Math.round(rss.largest / 1024)} MB (whole process group ≈ ${Math.round(rss.total / 1024)} MB)`,
      )
    }
  } finally {
    if (status !== 0 && fs.existsSync(`${server.dir}/server.log`)) {
      console.error('--- server log (tail) ---\n' + fs.readFileSync(`${server.dir}/server.log`, 'utf8').slice(-4000))
    }
    await server.stop()
  }
  // A run that ended without a summary (the runner crashed) or failed without a failed test still fails.
  const passed = counts?.passed ?? 0
  const failed = Math.max(counts?.failed ?? 0, status !== 0 ? 1 : 0)
  console.log(`${passed} passed, ${failed} failed`)
  return status === 0 && failed === 0 ? 0 : 1
}

process.exit(await main())
