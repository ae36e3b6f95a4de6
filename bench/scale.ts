/**
 * `npm run bench:scale -- [--scales=1,3,10] [--no-build]`: how the site and the admin grow with content.
 * For each scale N: `npm run sample-data -- --scale N` into a new SQLite file (N × 1 edition, 150
 * sessions, 300 speakers, 2,000 proposals, 6,000 reviews), then with the production server on it:
 *   - the cold render of the largest programme page (first request after start),
 *   - a full publish (every page, feed and image: src/platform/publish),
 *   - the admin's list of 1,000 proposals as an editor: the list page (/admin/collections/proposals?limit=1000,
 *     the server's HTML) and the REST call GET /api/proposals?limit=1000&depth=0 (median of 5 each),
 *   - `npm run backup` and `npm run restore` (whole commands, start-up included),
 *   - `npm run archive:export` of one sample edition.
 * Prints the table with each figure's growth against N = first scale, and writes it into its own section
 * of bench/RESULTS.md.
 */
import { spawnSync } from 'node:child_process'
import crypto from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { startAppServer } from '../src/platform/publish/appServer'
import { fetchFrom } from '../src/platform/publish/http'
import { Publisher } from '../src/platform/publish/publisher'
import { SAMPLE_FIRST_YEAR } from '../src/platform/sampleData/generate'
import { endedChildrenCpuMs, groupCpuMs, ownCpuMs } from './processCpu'
import { writeSection } from './results'
import { sampleEditorToken, sampleServerEnv } from './script'

const args = Object.fromEntries(
  process.argv.slice(2).map((arg) => {
    const [key, value] = arg.replace(/^--/, '').split('=')
    return [key!, value ?? 'true']
  }),
)
const SCALES = String(args.scales ?? '1,3,10')
  .split(',')
  .map(Number)

/** Wall time, and the CPU time spent on it (the server's process group, this process, the command's processes): ms. */
type Figure = { wall: number; cpu: number }

type Row = {
  scale: number
  generate: Figure
  cold: Figure
  publish: Figure
  pages: number
  list: Figure
  rest: Figure
  backup: Figure
  restore: Figure
  archive: Figure
}

/** A whole command; its CPU is what its processes (npm, node and their children) spent, read once it has ended. */
function timed(command: string[], env: NodeJS.ProcessEnv, alsoCpu: () => number = () => 0): Figure {
  const cpuBefore = endedChildrenCpuMs() + alsoCpu()
  const started = performance.now()
  const result = spawnSync(command[0]!, command.slice(1), { env, stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8' })
  if (result.status !== 0) throw new Error(`${command.join(' ')} failed (${result.status}):\n${result.stderr.slice(-2000)}`)
  return { wall: performance.now() - started, cpu: endedChildrenCpuMs() + alsoCpu() - cpuBefore }
}

/** Work done by the server (and this process): its wall time and the CPU of both. */
async function serverTimed<T>(serverCpu: () => number, work: () => Promise<T>): Promise<[T, Figure]> {
  const cpuBefore = serverCpu() + ownCpuMs()
  const started = performance.now()
  const value = await work()
  return [value, { wall: performance.now() - started, cpu: serverCpu() + ownCpuMs() - cpuBefore }]
}

async function measure(scale: number, dir: string): Promise<Row> {
  const db = path.join(dir, `scale-${scale}.db`)
  const password = crypto.randomBytes(16).toString('hex')
  const env = sampleServerEnv(db, { MAIL_CAPTURE_DIR: path.join(dir, 'mail'), SAMPLE_EDITOR_PASSWORD: password })
  console.log(`bench:scale: N = ${scale}: generating sample data…`)
  const generate = timed(['npm', 'run', 'sample-data', '--', '--scale', String(scale)], env)
  const app = await startAppServer({ env, logFile: path.join(dir, `server-${scale}.log`), readyPath: '/robots.txt' })
  try {
    const year = SAMPLE_FIRST_YEAR + scale - 1
    const serverCpu = () => groupCpuMs(app.child.pid!)
    const [programme, cold] = await serverTimed(serverCpu, async () => {
      const response = await fetch(`${app.baseUrl}/editions/${year}/programme`)
      await response.arrayBuffer()
      return response
    })
    if (programme.status !== 200) throw new Error(`/editions/${year}/programme answered ${programme.status}`)

    const publisher = new Publisher({
      dir: path.join(dir, `publish-${scale}`),
      fetchPage: (p) => fetchFrom(app.baseUrl, p),
      log: (line) => console.error(line),
    })
    const [summary, publish] = await serverTimed(serverCpu, () => publisher.publishAll())
    publisher.close()

    const token = await sampleEditorToken(app.baseUrl, password)
    const medianOf = async (request: () => Promise<void>): Promise<Figure> => {
      const runs: Figure[] = []
      for (let i = 0; i < 6; i++) {
        const [, figure] = await serverTimed(serverCpu, request)
        if (i > 0) runs.push(figure) // the first one warms up
      }
      const middle = (values: number[]) => values.sort((a, b) => a - b)[Math.floor(values.length / 2)]!
      return { wall: middle(runs.map((run) => run.wall)), cpu: middle(runs.map((run) => run.cpu)) }
    }
    const rest = await medianOf(async () => {
      const response = await fetch(`${app.baseUrl}/api/proposals?limit=1000&depth=0`, { headers: { authorization: `JWT ${token}` } })
      const body = (await response.json()) as { docs?: unknown[] }
      if (body.docs?.length !== 1000) throw new Error(`the proposals list returned ${body.docs?.length} documents`)
    })
    const list = await medianOf(async () => {
      const response = await fetch(`${app.baseUrl}/admin/collections/proposals?limit=1000`, {
        headers: { authorization: `JWT ${token}` },
      })
      const html = await response.text()
      if (response.status !== 200 || !html.includes('Sample proposal')) throw new Error(`the admin list page answered ${response.status}`)
    })

    const backupFile = path.join(dir, `backup-${scale}.json`)
    // Production mode: the sample database was made by the migrations, which development's schema push
    // would try to redo (a new, empty file for the restore is fine either way).
    const backup = timed(['npm', 'run', 'backup', '--', '--out', backupFile], { ...env, NODE_ENV: 'production' })
    const restore = timed(['npm', 'run', 'restore', '--', backupFile], {
      ...env,
      DATABASE_URI: `file:${path.join(dir, `restored-${scale}.db`)}`,
    })
    const archive = timed(
      [
        'npm',
        'run',
        'archive:export',
        '--',
        '--year',
        String(year),
        '--out',
        path.join(dir, `archive-${scale}`),
        '--base-url',
        app.baseUrl,
      ],
      { ...env, NODE_ENV: 'production' },
      serverCpu,
    )
    return { scale, generate, cold, publish, pages: summary.total, list, rest, backup, restore, archive }
  } finally {
    await app.stop()
  }
}

const seconds = (ms: number) => (ms >= 1000 ? `${(ms / 1000).toFixed(1)} s` : `${Math.round(ms)} ms`)

/** "wall (×growth) · CPU cpu (×growth)": growth against the first scale, for both. */
function cell(value: Figure, base: Figure | undefined, scale: number, baseScale: number): string {
  const grow = (now: number, then: number | undefined) =>
    then === undefined || scale === baseScale || then === 0 ? '' : ` (×${(now / then).toFixed(1)})`
  return `${seconds(value.wall)}${grow(value.wall, base?.wall)} · CPU ${seconds(value.cpu)}${grow(value.cpu, base?.cpu)}`
}

async function main() {
  if (!('no-build' in args)) {
    const built = spawnSync('flock', ['/tmp/commons-build.lock', 'npm', 'run', 'build'], { stdio: 'inherit' })
    if (built.status !== 0) throw new Error('the build failed')
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'commons-hub-scale-'))
  const rows: Row[] = []
  try {
    for (const scale of SCALES) {
      rows.push(await measure(scale, dir))
      console.log(JSON.stringify(rows.at(-1)))
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true })
  }
  const first = rows[0]!
  const line = (label: string, key: Exclude<keyof Row, 'scale' | 'pages'>) =>
    `| ${label} | ${rows.map((row) => cell(row[key], first[key], row.scale, first.scale)).join(' | ')} |`
  const table = [
    `Run: ${new Date().toISOString()} · SQLite, production server, loopback. Load average at the end: ${os
      .loadavg()
      .map((n) => n.toFixed(2))
      .join(
        ' / ',
      )} (shared machine: wall times include other engineers' work; the CPU times, of the server's processes, this process and the commands' processes, much less). In brackets: growth against N = ${first.scale}; content grows ×N.`,
    '',
    `| N (× 1 edition, 150 sessions, 300 speakers, 2,000 proposals, 6,000 reviews) | ${rows.map((row) => `N = ${row.scale}`).join(' | ')} |`,
    `|---|${rows.map(() => '---').join('|')}|`,
    line('npm run sample-data', 'generate'),
    line('cold render of a programme page (150 sessions)', 'cold'),
    `| full publish (pages, feeds, images) | ${rows.map((row) => `${cell(row.publish, first.publish, row.scale, first.scale)}, ${row.pages} paths`).join(' | ')} |`,
    line('admin list page, 1,000 proposals as an editor (server HTML, median of 5)', 'list'),
    line('REST GET /api/proposals?limit=1000&depth=0 as an editor (median of 5)', 'rest'),
    line('npm run backup (whole command)', 'backup'),
    line('npm run restore into a new file (whole command)', 'restore'),
    line('npm run archive:export of one sample edition', 'archive'),
  ].join('\n')
  console.log(`\n${table}`)
  writeSection('scale', '## Scale with content (`npm run bench:scale`)\n\n' + table)
}

main().catch((error: unknown) => {
  console.error(error)
  process.exit(1)
})
