/**
 * `npm run bench:releases`, after `npm run build`: the programme at full size: 150 sample sessions
 * ("Sample bench session N") in 6 sample rooms over the 3 days of a throwaway copy of the 2026 edition
 * (its own production server and SQLite database, never the real data). Prints: the time to publish
 * programme version 1 (150 added) and version 2 (10 moved), the programme page's cold render time after
 * each release and its HTML size (raw, gzip), the changelog's, and the time to read the editor's whole
 * draft programme (what a schedule board loads).
 */
import zlib from 'node:zlib'

import { startServer } from '../tests/e2e/support/server.mjs'
import { registerFirstAdmin } from './firstAdmin'

const SESSIONS = 150
const ROOMS = 6
const DAYS = ['2026-12-01', '2026-12-02', '2026-12-03']

type Id = number | string
type Release = { number: number; changes: unknown[] }

const server = await startServer()
const base = server.baseURL
const gzip = (buffer: Buffer) => zlib.gzipSync(buffer, { level: 9 }).length
const ms = (start: number) => Math.round(performance.now() - start)
try {
  const { headers } = await registerFirstAdmin(base)
  /** The JSON answer of a REST call (loosely typed: each caller reads the fields it needs). */
  const call = async (method: string, path: string, body?: unknown): Promise<any> => {
    const response = await fetch(`${base}/api${path}`, { method, headers, ...(body ? { body: JSON.stringify(body) } : {}) })
    const text = await response.text()
    if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${text}`)
    return JSON.parse(text)
  }
  const edition: Id = (await call('GET', '/editions?where[year][equals]=2026&depth=0')).docs[0].id
  const rooms: Id[] = []
  for (let r = 1; r <= ROOMS; r += 1)
    rooms.push((await call('POST', '/rooms', { name: `Sample bench room ${r}`, edition, order: r })).doc.id)
  const ids: Id[] = []
  for (let n = 0; n < SESSIONS; n += 1) {
    const room = n % ROOMS
    const slot = Math.floor(n / ROOMS) % 9
    const day = DAYS[Math.floor(n / (ROOMS * 9))]
    const start = new Date(`${day}T08:00:00.000Z`).getTime() + slot * 45 * 60_000
    const doc = await call('POST', '/sessions?draft=true', {
      title: `Sample bench session ${n + 1}`,
      kind: n % 2 ? 'workshop' : 'talk',
      edition,
      start: new Date(start).toISOString(),
      end: new Date(start + 40 * 60_000).toISOString(),
      room: rooms[room],
      _status: 'draft',
    })
    ids.push(doc.doc.id)
  }
  const page = async (path: string) => {
    const started = performance.now()
    const response = await fetch(`${base}${path}`)
    const body = Buffer.from(await response.arrayBuffer())
    return { status: response.status, ms: ms(started), raw: body.length, gzip: gzip(body) }
  }
  const rows: [what: string, value: string][] = []
  let started = performance.now()
  const first: Release = await call('POST', '/programme-releases/publish', { edition, note: { en: 'Sample bench version' } })
  rows.push([`publish version ${first.number} (${first.changes.length} sessions added)`, `${ms(started)} ms`])
  // The microcache of the production server lasts 1 s: wait it out so each first request renders.
  await new Promise((resolve) => setTimeout(resolve, 1100))
  const cold = await page('/editions/2026/programme')
  rows.push([`programme page, cold render after version ${first.number}`, `${cold.ms} ms (status ${cold.status})`])
  rows.push(['programme page HTML', `${cold.raw} B raw, ${cold.gzip} B gzip`])
  for (const id of ids.slice(0, 10)) {
    const doc: { start: string; end: string } = await call('GET', `/sessions/${id}?draft=true&depth=0`)
    await call('PATCH', `/sessions/${id}?draft=true`, {
      start: new Date(Date.parse(doc.start) + 5 * 60_000).toISOString(),
      end: new Date(Date.parse(doc.end) + 5 * 60_000).toISOString(),
    })
  }
  started = performance.now()
  const second: Release = await call('POST', '/programme-releases/publish', { edition })
  rows.push([`publish version ${second.number} (${second.changes.length} sessions moved)`, `${ms(started)} ms`])
  await new Promise((resolve) => setTimeout(resolve, 1100))
  const again = await page('/editions/2026/programme')
  rows.push([`programme page, cold render after version ${second.number}`, `${again.ms} ms`])
  const changes = await page('/editions/2026/programme/changes')
  rows.push(['changelog page (2 releases, 160 changes)', `${changes.ms} ms cold, ${changes.raw} B raw, ${changes.gzip} B gzip`])
  started = performance.now()
  const board: { docs: unknown[] } = await call(
    'GET',
    `/sessions?where[edition][equals]=${edition}&draft=true&depth=0&limit=0&select[title]=true&select[start]=true&select[end]=true&select[room]=true&select[speakers]=true`,
  )
  rows.push([`editor's draft programme read (${board.docs.length} sessions, the data a board loads)`, `${ms(started)} ms`])
  console.log(`${SESSIONS} sample sessions, ${ROOMS} sample rooms, ${DAYS.length} days (throwaway database)`)
  console.log('| measure | value |')
  console.log('|---|---|')
  for (const [what, value] of rows) console.log(`| ${what} | ${value} |`)
} finally {
  await server.stop()
}
