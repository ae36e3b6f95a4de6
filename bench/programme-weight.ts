/**
 * `npm run bench:programme`, after `npm run build`: weight of the programme page with a realistic sample
 * programme (the seeds hold no real one). Starts its own production server on a throwaway database, creates
 * a first admin and 18 sample sessions (3 days × 3 rooms × 2 slots) through the REST API, then prints HTML
 * bytes raw and gzip for the programme pages and the feeds, and writes them into the "programme-weight"
 * section of bench/RESULTS.md.
 */
import zlib from 'node:zlib'

import { startServer } from '../tests/e2e/support/server.mjs'
import { registerFirstAdmin } from './firstAdmin'
import { machineLine, writeReport } from './results'

type Doc = { id: number | string; slug?: string }

const machine = machineLine()
const server = await startServer()
const base = server.baseURL
const gzip = (buffer: Buffer) => zlib.gzipSync(buffer, { level: 9 }).length
const rows = ['| path | status | content-type | raw bytes | gzip bytes |', '|---|---|---|---|---|']
let n = 0
try {
  const { headers } = await registerFirstAdmin(base)
  const docs = async (query: string) => ((await (await fetch(`${base}/api/${query}`)).json()) as { docs: Doc[] }).docs
  const edition = (await docs('editions?where[year][equals]=2026&depth=0'))[0]!.id
  const themes = await docs(`themes?where[edition][equals]=${edition}&depth=0`)
  const rooms: Record<string, Doc['id']> = {}
  for (const name of ['Sample room A', 'Sample room B', 'Sample room C']) {
    const response = await fetch(`${base}/api/rooms`, { method: 'POST', headers, body: JSON.stringify({ name, edition }) })
    rooms[name] = ((await response.json()) as { doc: Doc }).doc.id
  }
  for (const day of ['2026-12-01', '2026-12-02', '2026-12-03']) {
    for (const [start, end] of [
      ['08:30', '10:00'],
      ['13:00', '14:30'],
    ]) {
      for (const room of ['Sample room A', 'Sample room B', 'Sample room C']) {
        n += 1
        const response = await fetch(`${base}/api/sessions`, {
          method: 'POST',
          headers,
          body: JSON.stringify({
            title: `Sample session ${n} (bench data)`,
            kind: n % 2 ? 'workshop' : 'talk',
            edition,
            start: `${day}T${start}:00.000Z`,
            end: `${day}T${end}:00.000Z`,
            room: rooms[room],
            themes: [themes[n % themes.length]!.id],
            segments: [
              { kind: 'framing-talk', minutes: 20 },
              { kind: 'audience-reflection', minutes: 45 },
              { kind: 'inspiring-initiative', minutes: 20 },
            ],
            _status: 'published',
          }),
        })
        if (response.status !== 201) throw new Error(`session ${n}: ${response.status} ${await response.text()}`)
      }
    }
  }
  console.log(`${n} sample sessions`)
  console.log(rows.join('\n'))
  for (const path of [
    '/editions/2026/programme',
    '/fr/editions/2026/programme',
    `/editions/2026/programme/themes/${themes[1]!.slug}`,
    '/editions/2026/programme/sample-session-1-bench-data',
    '/editions/2026/programme.ics',
    '/editions/2026/programme.json',
    '/editions/2026/programme/sample-session-1-bench-data.ics',
  ]) {
    const response = await fetch(`${base}${path}`)
    const body = Buffer.from(await response.arrayBuffer())
    const row = `| ${path} | ${response.status} | ${response.headers.get('content-type')} | ${body.length} | ${gzip(body)} |`
    rows.push(row)
    console.log(row)
  }
} finally {
  await server.stop()
}
writeReport('programme-weight', {
  heading: 'Programme page weight (`npm run bench:programme`)',
  machine,
  lines: [`${n} generated sample sessions (bench data, not the real programme) on a throwaway database.`, '', ...rows],
})
