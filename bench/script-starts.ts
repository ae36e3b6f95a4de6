/**
 * `npm run bench:starts [-- N]`: starts `npm run backup` N times in a row (default 20) on a seeded
 * throwaway SQLite database and counts the successes, to show that scripts start reliably without a
 * retry loop (scripts/ts.mjs). Prints the count and the times, and writes them into the
 * "script-starts" section of bench/RESULTS.md.
 */
import { spawnSync } from 'node:child_process'
import crypto from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { machineLine, writeReport } from './results'

const runs = Number(process.argv[2] ?? 20)
const machine = machineLine()
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'commons-hub-starts-'))
const env: NodeJS.ProcessEnv = {
  ...process.env,
  DATABASE_URI: `file:${path.join(dir, 'starts.db')}`,
  PAYLOAD_SECRET: crypto.randomBytes(32).toString('hex'),
}
const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`
try {
  const seeded = spawnSync('npm', ['run', '--silent', 'seed'], { env, encoding: 'utf8' })
  if (seeded.status !== 0) throw new Error(`seeding the throwaway database failed (exit ${seeded.status}):\n${seeded.stderr}`)
  const times: number[] = []
  const failures: string[] = []
  for (let run = 1; run <= runs; run++) {
    const out = path.join(dir, `backup-${run}.json`)
    const started = Date.now()
    const result = spawnSync('npm', ['run', '--silent', 'backup', '--', '--out', out], { env, encoding: 'utf8' })
    const ms = Date.now() - started
    const ok = result.status === 0 && fs.existsSync(out) && /Backup written/.test(result.stdout)
    if (ok) times.push(ms)
    else failures.push(`run ${run}: exit ${result.status} after ${seconds(ms)} ${result.stderr.trim().split('\n').slice(-2).join(' ')}`)
    console.log(`run ${run}/${runs}: ${ok ? 'ok' : 'FAILED'} in ${seconds(ms)}`)
  }
  const sorted = [...times].sort((a, b) => a - b)
  const median = sorted.length > 0 ? sorted[Math.floor(sorted.length / 2)]! : 0
  const summary =
    `${times.length} of ${runs} starts succeeded` +
    (sorted.length > 0
      ? ` (each start to exit: min ${seconds(sorted[0]!)}, median ${seconds(median)}, max ${seconds(sorted.at(-1)!)})`
      : '')
  for (const failure of failures) console.error(failure)
  console.log(summary)
  writeReport('script-starts', {
    heading: 'Script starts (`npm run bench:starts`)',
    machine,
    lines: [
      `\`npm run backup -- --out <file>\` started ${runs} times in a row on a seeded throwaway SQLite database, no retry: ${summary}.`,
      ...(failures.length > 0 ? ['', ...failures.map((failure) => `- ${failure}`)] : []),
    ],
  })
  process.exitCode = times.length === runs ? 0 : 1
} finally {
  fs.rmSync(dir, { recursive: true, force: true })
}
