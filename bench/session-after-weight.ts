/**
 * `npm run bench:after`, after `npm run build`: weight of a session page after the event. Starts its own
 * production server on a throwaway database, creates a first admin, a sample perspective, a sample slides
 * PDF and two sample sessions through the REST API (one with slides, a YouTube recording, a summary
 * and its collective reflection; one without), then prints HTML bytes raw and gzip, the number of
 * scripts and the frame-src of each page, and writes them into the "session-after-weight" section of
 * bench/RESULTS.md. All of it is bench data, not the real programme.
 */
import zlib from 'node:zlib'

import { toLexical } from '../src/platform/richText/lexical'
import { startServer } from '../tests/e2e/support/server.mjs'
import { SAMPLE_PDF as PDF } from '../tests/fixtures/sampleFiles'
import { machineLine, writeReport } from './results'

type Doc = { id: number | string; slug?: string }

// Three paragraphs of placeholder text, about the length of a real summary.
const summary = toLexical(
  [1, 2, 3].map((n) => ({
    type: 'p' as const,
    text: `Sample summary paragraph ${n} (bench data). ${'Placeholder sentence of a session summary. '.repeat(8)}`,
  })),
)

const machine = machineLine()
const server = await startServer()
const base = server.baseURL
const gzip = (buffer: Buffer) => zlib.gzipSync(buffer, { level: 9 }).length
const rows = ['| page | status | raw bytes | gzip bytes | scripts | frame-src |', '|---|---|---|---|---|---|']
try {
  const credentials = { email: 'bench.admin@example.org', password: 'a-long-bench-password-1' }
  const json = { 'content-type': 'application/json', origin: base }
  await fetch(`${base}/api/users/first-register`, {
    method: 'POST',
    headers: json,
    body: JSON.stringify({ ...credentials, role: 'admin' }),
  })
  const login = await fetch(`${base}/api/users/login`, { method: 'POST', headers: json, body: JSON.stringify(credentials) })
  const cookie = login.headers
    .getSetCookie()
    .find((value) => value.startsWith('payload-token='))
    ?.split(';')[0]
  if (!cookie) throw new Error(`login failed: ${login.status}`)
  const headers = { ...json, cookie }
  const created = async (path: string, body: unknown): Promise<Doc> => {
    const response = await fetch(`${base}/api/${path}`, { method: 'POST', headers, body: JSON.stringify(body) })
    if (response.status !== 201) throw new Error(`${path}: ${response.status} ${await response.text()}`)
    return ((await response.json()) as { doc: Doc }).doc
  }
  const edition = ((await (await fetch(`${base}/api/editions?where[year][equals]=2026&depth=0`)).json()) as { docs: Doc[] }).docs[0]!.id
  const perspective = await created('perspectives', {
    title: 'Sample collective reflection (bench data)',
    kind: 'talk-summary',
    _status: 'published',
  })
  const form = new FormData()
  form.append('_payload', JSON.stringify({ edition }))
  form.append('file', new Blob([new Uint8Array(PDF)], { type: 'application/pdf' }), 'sample-bench-slides.pdf')
  const upload = await fetch(`${base}/api/slides`, { method: 'POST', headers: { origin: base, cookie }, body: form })
  if (upload.status !== 201) throw new Error(`slides: ${upload.status} ${await upload.text()}`)
  const slides = ((await upload.json()) as { doc: Doc }).doc
  const session = { kind: 'workshop', edition, start: '2026-12-02T13:00:00.000Z', end: '2026-12-02T14:30:00.000Z', _status: 'published' }
  await created('sessions', { ...session, title: 'Sample session without after (bench data)', slug: 'sample-bench-before' })
  await created('sessions', {
    ...session,
    title: 'Sample session with after (bench data)',
    slug: 'sample-bench-after',
    slidesFile: slides.id,
    recordingUrl: 'https://www.youtube.com/watch?v=dQw4w9WgXcQ',
    summary,
    perspective: perspective.id,
  })
  console.log(rows.join('\n'))
  for (const [label, path] of [
    ['without after-the-event content', '/editions/2026/programme/sample-bench-before'],
    ['with slides, recording, summary, reflection', '/editions/2026/programme/sample-bench-after'],
    ['the same in French', '/fr/editions/2026/programme/sample-bench-after'],
  ] as const) {
    const response = await fetch(`${base}${path}`)
    const body = Buffer.from(await response.arrayBuffer())
    const scripts = (body.toString('utf8').match(/<script\b(?![^>]*application\/ld\+json)/gi) ?? []).length
    const frameSrc = /frame-src ([^;]+)/.exec(response.headers.get('content-security-policy') ?? '')?.[1] ?? '–'
    const row = `| ${label} (\`${path}\`) | ${response.status} | ${body.length} | ${gzip(body)} | ${scripts} | ${frameSrc} |`
    rows.push(row)
    console.log(row)
  }
} finally {
  await server.stop()
}
writeReport('session-after-weight', {
  heading: 'Session page after the event (`npm run bench:after`)',
  machine,
  lines: ['Production server on a throwaway database; sample sessions, slides and perspective (bench data). gzip at level 9.', '', ...rows],
})
