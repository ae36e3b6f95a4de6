/**
 * `npm run bench:programme-cold -- [--db <sample.db>] [--label now]`: the first and the second render of
 * the largest programme page (150 sample sessions, 300 sample speakers) on sample data at scale 1.
 *
 * Without `--db` it makes the sample data first (`npm run sample-data -- --scale 1` into a new file).
 * Then, with the production server (needs `npm run build`; microcache off, so each request reaches Next):
 *   - the first request to /editions/<year>/programme after the server is ready (nothing cached, the
 *     process not warmed by any page), then the second one (Next's render cache);
 *   - the first and second request to the French page /fr/editions/<year>/programme (a warm process,
 *     the French programme not cached yet: what the data and the render cost without the start-up);
 *     wall time and the server process's CPU time (/proc, 10 ms steps) of each;
 *   - in process, first and second call: `loadProgramme` (the sessions), the whole edition page the programme's
 *     pages read before and the edition's frame they read now, with their SQL statements and their time.
 * Writes its section of bench/RESULTS.md (one per label).
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { parseArgs } from 'node:util'

import { SAMPLE_FIRST_YEAR } from '../src/platform/sampleData/generate'
import { machineLine, markdownTable, writeReport } from './results'
import { sampleDatabase, sampleServerEnv } from './script'

const { values } = parseArgs({
  options: { db: { type: 'string' }, label: { type: 'string', default: 'now' } },
  strict: true,
})

type Line = { what: string; ms: number; detail: string }

/**
 * CPU time (ms) the server process has used so far, from /proc (Linux): on a shared, loaded machine the
 * wall time of a request mostly waits for a core; the server's CPU time is what the render itself costs.
 * The launcher (scripts/ts.mjs) runs the server as its child.
 */
function serverCpuMs(launcherPid: number): number {
  try {
    const children = fs.readFileSync(`/proc/${launcherPid}/task/${launcherPid}/children`, 'utf8').trim().split(/\s+/)
    const server = children.find(Boolean) ?? String(launcherPid)
    const fields = fs.readFileSync(`/proc/${server}/stat`, 'utf8').split(') ')[1]!.split(' ')
    // utime and stime are fields 14 and 15 of /proc/<pid>/stat (11 and 12 after the command name), in ticks.
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100
  } catch {
    return NaN
  }
}

async function timedGet(url: string, launcherPid: number): Promise<{ ms: number; cpu: number; bytes: number }> {
  const cpu = serverCpuMs(launcherPid)
  const started = performance.now()
  const response = await fetch(url)
  const body = await response.arrayBuffer()
  const ms = performance.now() - started
  if (response.status !== 200) throw new Error(`${url} answered ${response.status}`)
  return { ms, cpu: serverCpuMs(launcherPid) - cpu, bytes: body.byteLength }
}

async function overHttp(db: string, year: number): Promise<Line[]> {
  const { startAppServer } = await import('../src/platform/publish/appServer')
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'commons-hub-programme-cold-'))
  const env = sampleServerEnv(db, { MICROCACHE_MS: '0', PUBLISH_DIR: '', PAYLOAD_MIGRATING: '' })
  const app = await startAppServer({ env, logFile: path.join(dir, 'server.log'), readyPath: '/robots.txt' })
  try {
    const lines: Line[] = []
    for (const [label, page] of [
      ['English', `/editions/${year}/programme`],
      ['French', `/fr/editions/${year}/programme`],
    ] as const) {
      const first = await timedGet(`${app.baseUrl}${page}`, app.child.pid!)
      const second = await timedGet(`${app.baseUrl}${page}`, app.child.pid!)
      const detail = (timing: { cpu: number; bytes: number }) =>
        `server CPU ${Number.isNaN(timing.cpu) ? '?' : Math.round(timing.cpu)} ms, ${Math.round(timing.bytes / 1024)} KB of HTML`
      lines.push({ what: `${label}: first request to ${page}`, ms: first.ms, detail: detail(first) })
      lines.push({ what: `${label}: second request`, ms: second.ms, detail: detail(second) })
    }
    return lines
  } finally {
    await app.stop()
    fs.rmSync(dir, { recursive: true, force: true })
  }
}

async function inProcess(db: string, year: number): Promise<Line[]> {
  process.env.DATABASE_URI = `file:${db}`
  process.env.PAYLOAD_MIGRATING = 'true'
  const { openPayloadForScript } = await import('../src/backup/cli')
  const payload = await openPayloadForScript()
  try {
    const { loadProgramme } = await import('../src/programme/load')
    const client = (payload.db as unknown as { client: Record<string, (...args: unknown[]) => Promise<unknown>> }).client
    let statements = 0
    let sqlMs = 0
    for (const method of ['execute', 'batch'] as const) {
      const original = client[method]!.bind(client)
      client[method] = async (...args: unknown[]) => {
        statements++
        const started = performance.now()
        try {
          return await original(...args)
        } finally {
          sqlMs += performance.now() - started
        }
      }
    }
    const { loadEditionFrame, loadEditionPage } = await import('../src/editions/read')
    const readers: Array<[string, () => Promise<unknown>]> = [
      [`loadProgramme(${year}, 'en'), the sessions`, () => loadProgramme(payload, year, 'en')],
      [
        `loadEditionPage(${year}, 'en'), the whole edition page (what the programme's pages read before)`,
        () => loadEditionPage(payload, year, 'en'),
      ],
      [
        `loadEditionFrame(${year}, 'en'), the edition, its state and themes (what they read now)`,
        () => loadEditionFrame(payload, year, 'en'),
      ],
    ]
    const lines: Line[] = []
    for (const [what, read] of readers) {
      for (const run of ['first', 'second'] as const) {
        statements = 0
        sqlMs = 0
        const started = performance.now()
        const result = await read()
        const ms = performance.now() - started
        if (!result) throw new Error(`nothing read for ${year}`)
        const kb = Math.round(JSON.stringify(result).length / 1024)
        lines.push({
          what: `in process: ${what}, ${run} call`,
          ms,
          detail: `${kb} KB of data, ${statements} SQL statements (${Math.round(sqlMs)} ms in SQL)`,
        })
      }
    }
    return lines
  } finally {
    await payload.destroy()
  }
}

async function main(): Promise<void> {
  const { db, remove } = sampleDatabase(values.db, 'programme-cold')
  try {
    const year = SAMPLE_FIRST_YEAR
    const machine = machineLine()
    const lines = [...(await overHttp(db, year)), ...(await inProcess(db, year))]
    const body = writeReport(`programme-cold-${values.label}`, {
      heading: `Programme page, first and second render (\`npm run bench:programme-cold -- --label ${values.label}\`)`,
      machine,
      lines: [
        'Sample data at scale 1 (150 sessions, 300 speakers), SQLite, production server, microcache off.',
        '',
        ...markdownTable(
          [`${values.label}: what is timed`, 'wall ms', ''],
          lines.map((line) => [line.what, Math.round(line.ms), line.detail]),
        ),
      ],
    })
    console.log(`\n${body}`)
  } finally {
    remove()
  }
}

main().catch((error: unknown) => {
  console.error(error)
  process.exit(1)
})
