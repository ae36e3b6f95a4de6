#!/usr/bin/env node
// Weight of the programme page with a realistic sample programme (the seeds hold no real one): starts its own
// production server on a throwaway database, creates a first admin and 18 sample sessions (3 days × 3 rooms ×
// 2 slots) through the REST API, then prints HTML bytes raw and gzip for the programme pages and the feeds.
// Usage: npm run build && node bench/programme-weight.mjs
import zlib from 'node:zlib'

import { startServer } from '../tests/e2e/support/server.mjs'

const server = await startServer()
const base = server.baseURL
const gzip = (buffer) => zlib.gzipSync(buffer, { level: 9 }).length
try {
  const credentials = { email: 'bench.admin@example.org', password: 'a-long-bench-password-1' }
  const json = { 'content-type': 'application/json', origin: base }
  await fetch(`${base}/api/users/first-register`, { method: 'POST', headers: json, body: JSON.stringify({ ...credentials, role: 'admin' }) })
  const login = await fetch(`${base}/api/users/login`, { method: 'POST', headers: json, body: JSON.stringify(credentials) })
  const cookie = login.headers.getSetCookie().find((value) => value.startsWith('payload-token='))?.split(';')[0]
  if (!cookie) throw new Error(`login failed: ${login.status}`)
  const headers = { ...json, cookie }
  const edition = (await (await fetch(`${base}/api/editions?where[year][equals]=2026&depth=0`)).json()).docs[0].id
  const themes = (await (await fetch(`${base}/api/themes?where[edition][equals]=${edition}&depth=0`)).json()).docs
  const rooms = {}
  for (const name of ['Sample room A', 'Sample room B', 'Sample room C']) {
    const response = await fetch(`${base}/api/rooms`, { method: 'POST', headers, body: JSON.stringify({ name, edition }) })
    rooms[name] = (await response.json()).doc.id
  }
  let n = 0
  for (const day of ['2026-12-01', '2026-12-02', '2026-12-03']) {
    for (const [start, end] of [['08:30', '10:00'], ['13:00', '14:30']]) {
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
            themes: [themes[n % themes.length].id],
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
  console.log('| path | status | content-type | raw bytes | gzip bytes |')
  console.log('|---|---|---|---|---|')
  for (const path of [
    '/editions/2026/programme',
    '/fr/editions/2026/programme',
    `/editions/2026/programme/themes/${themes[1].slug}`,
    '/editions/2026/programme/sample-session-1-bench-data',
    '/editions/2026/programme.ics',
    '/editions/2026/programme.json',
    '/editions/2026/programme/sample-session-1-bench-data.ics',
  ]) {
    const response = await fetch(`${base}${path}`)
    const body = Buffer.from(await response.arrayBuffer())
    console.log(`| ${path} | ${response.status} | ${response.headers.get('content-type')} | ${body.length} | ${gzip(body)} |`)
  }
} finally {
  await server.stop()
}
