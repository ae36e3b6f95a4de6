/**
 * `npm run bench:admin-list -- [--db <sample.db>] [--label before|after] [--no-http]`: where the time of
 * the admin's list of 1,000 proposals goes, on sample data at scale 1 (2,000 proposals, 6,000 reviews).
 *
 * Without `--db` it makes the sample data first (`npm run sample-data -- --scale 1` into a new file,
 * a few minutes). Then, median of RUNS runs after one warm-up:
 *   - in process, as the sample editor, the list's `payload.find` taken apart: the whole call as the admin
 *     list view makes it (depth 0, draft, lock status, default sort, overrideAccess false, its `select`),
 *     then without access rules, without the count, with every field, and the SQL statements each sends;
 *   - over HTTP with the production server (needs `npm run build`; `--no-http` skips it): the REST call
 *     `GET /api/proposals?limit=1000&depth=0` and the admin list page `/admin/collections/proposals?limit=1000`,
 *     then the same page with one proposal and with 1,000 in one column, to split its time per row and per column.
 * Writes its section of bench/RESULTS.md (one section per label, so "before" and "after" stay side by side).
 */
import crypto from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { parseArgs } from 'node:util'

import type { Payload, Where } from 'payload'

import { machineLine, markdownTable, writeReport } from './results'
import { sampleDatabase, sampleEditorToken, sampleServerEnv } from './script'

const RUNS = 5
const LIMIT = 1000

const { values } = parseArgs({
  options: {
    db: { type: 'string' },
    label: { type: 'string', default: 'now' },
    'no-http': { type: 'boolean', default: false },
  },
  strict: true,
})

const password = process.env.SAMPLE_EDITOR_PASSWORD ?? crypto.randomBytes(16).toString('hex')

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)]!
}

type Timing = { ms: number; cpu: number; sql: number }

/**
 * Median wall time, CPU time of this process and time spent in SQL statements. On a shared, loaded
 * machine the wall time waits for other work; the CPU time (JavaScript and SQLite, which runs in this
 * process) is what the call itself costs.
 */
async function timeRuns(run: () => Promise<unknown>, sql: () => number): Promise<Timing> {
  await run() // warm-up: first-call compilation and caches are not what an editor waits for each time
  const runs: Timing[] = []
  for (let i = 0; i < RUNS; i++) {
    const cpu = process.cpuUsage()
    const inSql = sql()
    const started = performance.now()
    await run()
    const used = process.cpuUsage(cpu)
    runs.push({ ms: performance.now() - started, cpu: (used.user + used.system) / 1000, sql: sql() - inSql })
  }
  return { ms: median(runs.map((r) => r.ms)), cpu: median(runs.map((r) => r.cpu)), sql: median(runs.map((r) => r.sql)) }
}

/** Counts the SQL statements the adapter sends (libsql client: execute and batch) and the time they take. */
function countStatements(payload: Payload): { read: () => number; ms: () => number; statements: string[] } {
  const client = (payload.db as unknown as { client: Record<string, (...args: unknown[]) => Promise<unknown>> }).client
  const statements: string[] = []
  let ms = 0
  for (const method of ['execute', 'batch'] as const) {
    const original = client[method]!.bind(client)
    client[method] = async (...args: unknown[]) => {
      const first = args[0] as { sql?: string } | string
      statements.push(typeof first === 'string' ? first : (first?.sql ?? method))
      const started = performance.now()
      try {
        return await original(...args)
      } finally {
        ms += performance.now() - started
      }
    }
  }
  return { read: () => statements.length, ms: () => ms, statements }
}

type Line = { what: string; statements: number } & Timing

/** Sentences printed under the table (where the list page's time goes). */
const breakdown: string[] = []

async function inProcess(db: string): Promise<Line[]> {
  process.env.DATABASE_URI = `file:${db}`
  // The sample database was made by the migrations: no development schema push on it.
  process.env.PAYLOAD_MIGRATING = 'true'
  const { openPayloadForScript } = await import('../src/backup/cli')
  const payload = await openPayloadForScript()
  try {
    // The committed migrations this code has (its indexes), as the production server runs them on start.
    const { migrations } = await import('../src/migrations')
    await payload.db.migrate({ migrations: migrations as never })
    const { docs } = await payload.find({
      collection: 'users',
      where: { email: { equals: 'sample.editor@example.org' } },
      overrideAccess: true,
      depth: 0,
    })
    const user = docs[0]
    if (!user) throw new Error('No sample editor in this database: make it with SAMPLE_EDITOR_PASSWORD set')
    const edition = (await payload.find({ collection: 'editions', sort: 'year', limit: 1, depth: 0, overrideAccess: true })).docs[0]
    if (!edition) throw new Error('No edition in this database')
    const counter = countStatements(payload)
    const config = payload.collections.proposals.config
    const columns = (config.admin.defaultColumns ?? []) as string[]
    // What the list view selects when the collection enables its select API (id and the columns).
    const select = Object.fromEntries(['id', ...columns].map((column) => [column, true]))
    const sort = typeof config.defaultSort === 'string' ? config.defaultSort : undefined
    const where: Where = {}
    const asListView =
      (extra: Record<string, unknown> = {}) =>
      () =>
        payload.find({
          collection: 'proposals',
          depth: 0,
          draft: true,
          fallbackLocale: false,
          includeLockStatus: true,
          limit: LIMIT,
          overrideAccess: false,
          user,
          sort,
          where,
          ...(config.admin.enableListViewSelectAPI ? { select } : {}),
          ...extra,
        } as never)
    const variants: Array<[string, () => Promise<unknown>]> = [
      [`the admin list's find (select API ${config.admin.enableListViewSelectAPI ? 'on' : 'off'})`, asListView()],
      ['same, only the default columns selected', asListView({ select })],
      [
        `same, one edition's proposals (where edition = ${edition.year}, its filter)`,
        asListView({ where: { edition: { equals: edition.id } } }),
      ],
      ['same, every field (no select)', asListView({ select: undefined })],
      ['every field, no access rules (overrideAccess)', asListView({ select: undefined, overrideAccess: true, user: undefined })],
      ['every field, no count (pagination false)', asListView({ select: undefined, pagination: false })],
      ['every field, no lock status', asListView({ select: undefined, includeLockStatus: false })],
      [
        'REST equivalent: depth 0, every field',
        () => payload.find({ collection: 'proposals', depth: 0, limit: LIMIT, user, overrideAccess: false }),
      ],
    ]
    const lines: Line[] = []
    for (const [what, run] of variants) {
      const before = counter.read()
      await run()
      const statements = counter.read() - before
      lines.push({ what, statements, ...(await timeRuns(run, counter.ms)) })
      const line = lines.at(-1)!
      console.log(
        `${what}: ${Math.round(line.ms)} ms (CPU ${Math.round(line.cpu)} ms, SQL ${Math.round(line.sql)} ms), ${statements} statements`,
      )
    }
    if (process.env.BENCH_DETAIL) {
      const before = counter.statements.length
      await asListView()()
      for (const sql of counter.statements.slice(before)) console.log(`  ${sql}`)
    }
    return lines
  } finally {
    await payload.destroy()
  }
}

async function overHttp(db: string): Promise<Line[]> {
  const { startAppServer } = await import('../src/platform/publish/appServer')
  const env = sampleServerEnv(db, { PAYLOAD_MIGRATING: '' })
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'commons-hub-admin-list-'))
  const app = await startAppServer({ env, logFile: path.join(dir, 'server.log'), readyPath: '/robots.txt' })
  try {
    const token = await sampleEditorToken(app.baseUrl, password)
    const restCall = async () => {
      const response = await fetch(`${app.baseUrl}/api/proposals?limit=${LIMIT}&depth=0`, { headers: { authorization: `JWT ${token}` } })
      const body = (await response.json()) as { docs?: unknown[] }
      if (body.docs?.length !== LIMIT) throw new Error(`the REST list returned ${body.docs?.length} documents (${response.status})`)
    }
    const pageSizes = new Map<string, number>()
    /** The list page's server HTML with `limit` rows (and these columns, else the editor's default ones). */
    const page = (limit: number, columns?: string[]) => async () => {
      const query = `limit=${limit}${columns ? `&columns=${encodeURIComponent(JSON.stringify(columns))}` : ''}`
      const response = await fetch(`${app.baseUrl}/admin/collections/proposals?${query}`, {
        headers: { authorization: `JWT ${token}` },
      })
      const html = await response.text()
      const rows = html.match(/<tr class="row-/g)?.length ?? 0
      if (response.status !== 200 || rows !== limit) throw new Error(`the admin list page answered ${response.status} with ${rows} rows`)
      pageSizes.set(query, html.length)
    }
    const none = () => NaN
    const size = (limit: number, columns?: string[]) => {
      const bytes = pageSizes.get(`limit=${limit}${columns ? `&columns=${encodeURIComponent(JSON.stringify(columns))}` : ''}`) ?? 0
      return bytes > 1e6 ? `${(bytes / 1e6).toFixed(1)} MB` : `${Math.round(bytes / 1e3)} KB`
    }
    const rest = await timeRuns(restCall, none)
    const full = await timeRuns(page(LIMIT), none)
    // Where the page's time goes: what any list page costs (one row), what a row costs with one column
    // (the reference, the link), and what each further default column adds for 1,000 rows. The `columns`
    // parameter is stored as the editor's list preference: it is deleted afterwards.
    const one = await timeRuns(page(1), none)
    const narrow = await timeRuns(page(LIMIT, ['reference']), none)
    await fetch(`${app.baseUrl}/api/payload-preferences/collection-proposals`, {
      method: 'DELETE',
      headers: { authorization: `JWT ${token}` },
    })
    const columns = ((await import('../src/cfp/Proposals')).Proposals.admin?.defaultColumns ?? []).length
    breakdown.push(
      `Where the list page's time goes (median wall times above): a page of one proposal ${Math.round(one.ms)} ms; ` +
        `1,000 proposals with one column ${Math.round(narrow.ms)} ms, ${((narrow.ms - one.ms) / (LIMIT - 1)).toFixed(2)} ms per row; ` +
        `each of the ${columns - 1} further default columns adds ${((full.ms - narrow.ms) / (columns - 1)).toFixed(0)} ms for 1,000 rows ` +
        `(${(((full.ms - narrow.ms) / (columns - 1) / LIMIT) * 1000).toFixed(0)} µs per cell). ` +
        `Payload renders every cell as its own client component (RenderDefaultCell), serialised into the page's RSC payload and rendered again to HTML.`,
    )
    return [
      { what: `HTTP: GET /api/proposals?limit=${LIMIT}&depth=0`, statements: NaN, ...rest },
      {
        what: `HTTP: the admin list page /admin/collections/proposals?limit=${LIMIT} (server HTML, ${size(LIMIT)}, ${columns} columns)`,
        statements: NaN,
        ...full,
      },
      { what: `HTTP: the same page, 1 proposal (${size(1)})`, statements: NaN, ...one },
      {
        what: `HTTP: the same page, ${LIMIT} proposals, one column: reference (${size(LIMIT, ['reference'])})`,
        statements: NaN,
        ...narrow,
      },
    ]
  } finally {
    await app.stop()
    fs.rmSync(dir, { recursive: true, force: true })
  }
}

async function main(): Promise<void> {
  const { db, remove } = sampleDatabase(values.db, 'admin-list', { SAMPLE_EDITOR_PASSWORD: password })
  try {
    const machine = machineLine()
    const lines = await inProcess(db)
    if (!values['no-http']) lines.push(...(await overHttp(db)))
    const rows = lines.map((line) => {
      const inProcess = !Number.isNaN(line.statements)
      return [
        line.what,
        Math.round(line.ms),
        inProcess ? Math.round(line.cpu) : '(server)',
        inProcess ? Math.round(line.sql) : '',
        inProcess ? line.statements : '',
      ]
    })
    const body = writeReport(`admin-proposals-list-${values.label}`, {
      heading: `Admin proposals list, 1,000 of 2,000 (\`npm run bench:admin-list -- --label ${values.label}\`)`,
      machine,
      lines: [
        'Sample data at scale 1, SQLite, as the sample editor. Target: under 200 ms.',
        '',
        ...markdownTable(
          [
            `${values.label}: what is timed (median of ${RUNS}, after a warm-up)`,
            'wall ms',
            'CPU ms (this process)',
            'in SQL ms',
            'SQL statements',
          ],
          rows,
        ),
        ...(breakdown.length > 0 ? ['', ...breakdown] : []),
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
