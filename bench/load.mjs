#!/usr/bin/env node
// `npm run bench`: load figures of the production server against nginx serving the same HTML from files.
//
//   npm run bench                 builds (`next build`, under the shared build lock), then measures
//   npm run bench -- --no-build   reuses the existing build (.next/BUILD_ID)
//   options: --duration=10 (seconds per run)  --connections=10,50
//
// What it does, in one run: starts the production server (tests/e2e/support/server.mjs, a throwaway
// seeded SQLite database on loopback), warms the pages, saves each page's HTML to a file, starts nginx
// on a loopback port serving those files, then runs autocannon against the app and nginx interleaved,
// page by page, at each connection count, while sampling the server's RSS. Then the admin side: 1,000
// proposals created over REST, the time to list them as an editor, and the proposal form's throughput
// when the form exists in this build. It prints one summary table and writes it to bench/RESULTS.md.
// Every process it starts (the server's process group, nginx) is stopped by its PID.
//
// Like with like: both servers answer the same URL path with the same bytes, uncompressed (autocannon
// sends no Accept-Encoding), over HTTP/1.1 keep-alive, on 127.0.0.1. nginx runs `worker_processes auto`
// (its usual production setting), access log off; the app is one Node process, as `npm start` runs it.
import { spawn, spawnSync } from 'node:child_process'
import fs from 'node:fs'
import net from 'node:net'
import os from 'node:os'
import path from 'node:path'

import autocannon from 'autocannon'

import { startServer } from '../tests/e2e/support/server.mjs'

const args = Object.fromEntries(
  process.argv.slice(2).map((arg) => {
    const [key, value] = arg.replace(/^--/, '').split('=')
    return [key, value ?? true]
  }),
)
const DURATION = Number(args.duration ?? 10)
const CONNECTIONS = String(args.connections ?? '10,50').split(',').map(Number)
const PAGES = ['/', '/editions/2025', '/editions/2026/programme']
const NGINX = process.env.NGINX_PATH ?? '/usr/sbin/nginx'
const TARGET = { ratio: 0.5, p99Ms: 50, rssMb: 500, listMs: 200 }

const log = (...parts) => console.log('bench:', ...parts)

// ---------------------------------------------------------------------------------------------------
// Build, nginx binary
// ---------------------------------------------------------------------------------------------------

if (!args['no-build'] || !fs.existsSync('.next/BUILD_ID')) {
  log('building (flock /tmp/commons-build.lock npm run build)…')
  const built = spawnSync('flock', ['/tmp/commons-build.lock', 'npm', 'run', 'build'], { stdio: 'inherit' })
  if (built.status !== 0) throw new Error('the build failed')
}
if (!fs.existsSync(NGINX)) {
  log('nginx missing: apt-get install -y nginx-light')
  const installed = spawnSync('apt-get', ['install', '-y', '--no-install-recommends', 'nginx-light'], {
    stdio: 'inherit',
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  })
  if (installed.status !== 0 || !fs.existsSync(NGINX)) throw new Error(`nginx is not installed at ${NGINX}`)
}

const work = fs.mkdtempSync(path.join(os.tmpdir(), 'commons-hub-bench-'))
fs.chmodSync(work, 0o755) // nginx's workers run as an unprivileged user when started by root
const machine = describeMachine()
let server
let nginx
const results = []
const adminSide = []
const notes = []
try {
  server = await startServer()
  log(`app at ${server.baseURL} (pid ${server.pid}), first 200 after ${server.coldStartMs} ms`)

  // -------------------------------------------------------------------------------------------------
  // Pages: warm, save, serve from nginx
  // -------------------------------------------------------------------------------------------------
  const root = path.join(work, 'html')
  const pages = []
  for (const page of PAGES) {
    const first = await fetch(`${server.baseURL}${page}`)
    if (first.status !== 200) {
      notes.push(`${page} answered ${first.status}: not measured (not in this build).`)
      await first.arrayBuffer()
      continue
    }
    for (let i = 0; i < 20; i++) await (await fetch(`${server.baseURL}${page}`)).arrayBuffer()
    const html = Buffer.from(await (await fetch(`${server.baseURL}${page}`)).arrayBuffer())
    const file = path.join(root, page === '/' ? '' : page, 'index.html')
    fs.mkdirSync(path.dirname(file), { recursive: true, mode: 0o755 })
    fs.writeFileSync(file, html, { mode: 0o644 })
    pages.push({ page, bytes: html.length, contentType: first.headers.get('content-type') })
  }
  chmodTree(root)
  nginx = await startNginx(root)
  log(`nginx at ${nginx.baseURL} (pid ${nginx.pid}) serving ${pages.length} saved pages`)
  for (const { page, bytes } of pages) {
    const copy = Buffer.from(await (await fetch(`${nginx.baseURL}${page}`)).arrayBuffer())
    if (copy.length !== bytes) throw new Error(`nginx serves ${copy.length} bytes for ${page}, the app ${bytes}`)
  }

  // -------------------------------------------------------------------------------------------------
  // Load: app and nginx interleaved, page by page
  // -------------------------------------------------------------------------------------------------
  for (const { page } of pages) {
    for (const connections of CONNECTIONS) {
      const rss = sampleRss(server.pid)
      const app = await load(`${server.baseURL}${page}`, connections)
      const peak = rss.stop()
      const file = await load(`${nginx.baseURL}${page}`, connections)
      results.push({ page, connections, app, nginx: file, rssMb: peak })
      log(
        `${page} ×${connections}: app ${fmt(app.rps)} req/s p99 ${app.p99} ms · nginx ${fmt(file.rps)} req/s p99 ${file.p99} ms · RSS ${peak} MB`,
      )
    }
  }

  // -------------------------------------------------------------------------------------------------
  // Admin side: 1,000 proposals listed as an editor; the form's throughput
  // -------------------------------------------------------------------------------------------------
  adminSide.push(...(await proposalsBench(server.baseURL)))
} finally {
  if (nginx) await nginx.stop()
  if (server) await server.stop()
  fs.rmSync(work, { recursive: true, force: true })
}

const report = summary()
console.log(`\n${report}`)
fs.writeFileSync(path.join('bench', 'RESULTS.md'), report)
log('written to bench/RESULTS.md')

// ---------------------------------------------------------------------------------------------------

async function load(url, connections) {
  const result = await autocannon({ url, connections, duration: DURATION, pipelining: 1 })
  if (result.errors > 0 || result.non2xx > 0) notes.push(`${url} ×${connections}: ${result.errors} errors, ${result.non2xx} non-2xx answers`)
  return {
    rps: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    total: result.requests.total,
    errors: result.errors + result.non2xx,
  }
}

/** Samples the RSS of the server's process group (npx + next-server) every 250 ms; returns the peak in MB. */
function sampleRss(pid) {
  let peak = 0
  const read = () => {
    const out = spawnSync('ps', ['-o', 'rss=', '-g', String(pid)], { encoding: 'utf8' }).stdout ?? ''
    const largest = Math.max(0, ...out.split('\n').map((line) => Number(line.trim())).filter(Number.isFinite))
    peak = Math.max(peak, largest)
  }
  read()
  const timer = setInterval(read, 250)
  return {
    stop: () => {
      clearInterval(timer)
      read()
      return Math.round(peak / 1024)
    },
  }
}

async function freePort() {
  return new Promise((resolve, reject) => {
    const probe = net.createServer()
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address()
      probe.close(() => resolve(port))
    })
    probe.on('error', reject)
  })
}

function chmodTree(dir) {
  fs.chmodSync(dir, 0o755)
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name)
    if (entry.isDirectory()) chmodTree(full)
    else fs.chmodSync(full, 0o644)
  }
}

/** nginx in the foreground (daemon off) with a config of our own in the temp dir; stopped by its PID. */
async function startNginx(root) {
  const port = await freePort()
  const prefix = path.join(work, 'nginx')
  fs.mkdirSync(prefix, { recursive: true })
  const conf = path.join(prefix, 'nginx.conf')
  fs.writeFileSync(
    conf,
    `worker_processes auto;
daemon off;
pid ${prefix}/nginx.pid;
error_log ${prefix}/error.log warn;
events { worker_connections 1024; }
http {
  types { text/html html; }
  default_type text/html;
  charset utf-8;
  access_log off;
  sendfile on;
  tcp_nopush on;
  keepalive_requests 100000;
  client_body_temp_path ${prefix}/body;
  proxy_temp_path ${prefix}/proxy;
  fastcgi_temp_path ${prefix}/fastcgi;
  uwsgi_temp_path ${prefix}/uwsgi;
  scgi_temp_path ${prefix}/scgi;
  server {
    listen 127.0.0.1:${port};
    root ${root};
    location / { try_files $uri/index.html =404; }
  }
}
`,
  )
  const child = spawn(NGINX, ['-p', prefix, '-c', conf], { stdio: ['ignore', 'inherit', 'inherit'] })
  const baseURL = `http://127.0.0.1:${port}`
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(`${baseURL}/`)).status < 500) break
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 100))
    }
  }
  return {
    baseURL,
    pid: child.pid,
    stop: async () => {
      // SIGQUIT: graceful stop of the master, which stops its workers.
      try {
        process.kill(child.pid, 'SIGQUIT')
      } catch {
        return
      }
      await new Promise((resolve) => {
        if (child.exitCode !== null) resolve()
        child.on('exit', resolve)
        setTimeout(resolve, 5000)
      })
    },
  }
}

/** REST as a client of the running server: JSON in and out, with a token. */
async function api(baseURL, method, pathname, { token, body } = {}) {
  const response = await fetch(`${baseURL}${pathname}`, {
    method,
    headers: {
      'content-type': 'application/json',
      origin: baseURL,
      ...(token ? { authorization: `JWT ${token}` } : {}),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  })
  const text = await response.text()
  if (!response.ok) throw new Error(`${method} ${pathname}: ${response.status} ${text.slice(0, 300)}`)
  return JSON.parse(text)
}

async function proposalsBench(baseURL) {
  const rows = []
  // The throwaway database has no account yet: the first one becomes the admin, who invites an editor.
  const password = 'bench-password-not-secret-1'
  await api(baseURL, 'POST', '/api/users/first-register', { body: { email: 'bench.admin@example.org', password, role: 'admin' } })
  const admin = (await api(baseURL, 'POST', '/api/users/login', { body: { email: 'bench.admin@example.org', password } })).token
  await api(baseURL, 'POST', '/api/users', { token: admin, body: { email: 'bench.editor@example.org', password, role: 'editor' } })
  const editor = (await api(baseURL, 'POST', '/api/users/login', { body: { email: 'bench.editor@example.org', password } })).token
  const edition = (await api(baseURL, 'GET', '/api/editions?where[year][equals]=2026&depth=0', { token: admin })).docs[0]

  rows.push(await formThroughput(baseURL, admin))

  const TOTAL = 1000
  const started = performance.now()
  let made = 0
  const worker = async () => {
    while (made < TOTAL) {
      const n = ++made
      await api(baseURL, 'POST', '/api/proposals?depth=0', {
        token: admin,
        body: {
          edition: edition.id,
          submitter: { name: `Sample submitter ${n}`, email: `sample.submitter.${n}@example.org` },
          title: `Sample proposal ${n} (benchmark data)`,
          abstract: 'Sample abstract written by the benchmark: not a real proposal. '.repeat(6),
          format: 'framing-talk',
          bio: 'Sample biography (benchmark data).',
          consent: true,
        },
      })
    }
  }
  await Promise.all(Array.from({ length: 4 }, worker))
  const createSeconds = (performance.now() - started) / 1000
  rows.push({ what: `create ${TOTAL} proposals over REST as admin (4 at a time)`, value: `${fmt(TOTAL / createSeconds)} proposals/s`, target: '–' })

  for (const [label, query] of [
    [`list ${TOTAL} proposals as an editor (GET /api/proposals?limit=1000&depth=0)`, '/api/proposals?limit=1000&depth=0'],
    ["the admin list's default query (limit=10&sort=-createdAt)", '/api/proposals?limit=10&sort=-createdAt&depth=0'],
  ]) {
    const times = []
    for (let i = 0; i < 7; i++) {
      const t0 = performance.now()
      const body = await api(baseURL, 'GET', query, { token: editor })
      times.push(performance.now() - t0)
      if (i === 0 && query.includes('limit=1000') && body.docs.length !== TOTAL) {
        throw new Error(`expected ${TOTAL} proposals, got ${body.docs.length}`)
      }
    }
    const median = times.sort((a, b) => a - b)[Math.floor(times.length / 2)]
    rows.push({ what: `${label}, median of 7`, value: `${median.toFixed(0)} ms`, target: `< ${TARGET.listMs} ms ${median < TARGET.listMs ? '✓' : '✗'}` })
  }
  return rows
}

/**
 * Proposals per second through the real form endpoint (route handler, validation, idempotency token,
 * stored on SQLite, confirmation and notification emails captured): a sample edition with an open call,
 * 200 submissions, 10 at a time, each from its own address as nginx would report it.
 */
async function formThroughput(baseURL, admin) {
  const day = 24 * 3600_000
  const sample = await api(baseURL, 'POST', '/api/editions', {
    token: admin,
    body: {
      year: 2031,
      title: 'Sample edition 2031 (benchmark data)',
      status: 'upcoming',
      _status: 'published',
      format: [{ blockType: 'framing-talk', title: 'Sample framing talk (benchmark data)', description: 'Sample.' }],
      cfp: {
        opensAt: new Date(Date.now() - day).toISOString(),
        deadline: new Date(Date.now() + 30 * day).toISOString(),
        contactEmail: 'sample-cfp@example.org',
      },
    },
  })
  const TOTAL = 200
  const CONCURRENCY = 10
  const abstract = 'Sample abstract written by the benchmark: not a real proposal. '.repeat(4)
  let next = 0
  let failed = 0
  const started = performance.now()
  const worker = async () => {
    while (next < TOTAL) {
      const n = ++next
      const response = await fetch(`${baseURL}/editions/2031/propose/submit`, {
        method: 'POST',
        headers: {
          'content-type': 'application/x-www-form-urlencoded',
          accept: 'application/json',
          'x-real-ip': `198.51.${Math.floor(n / 250)}.${(n % 250) + 1}`,
        },
        body: new URLSearchParams({
          token: `bench-${n}-${Date.now()}-token`,
          name: `Sample submitter ${n}`,
          email: `bench.form.${n}@example.org`,
          title: `Sample proposal ${n} through the form (benchmark data)`,
          abstract,
          format: 'framing-talk',
          bio: 'Sample biography (benchmark data).',
          consent: 'yes',
        }),
      })
      await response.arrayBuffer()
      if (response.status !== 201) failed++
    }
  }
  await Promise.all(Array.from({ length: CONCURRENCY }, worker))
  const seconds = (performance.now() - started) / 1000
  await api(baseURL, 'DELETE', `/api/proposals?where[edition][equals]=${sample.doc.id}&limit=${TOTAL}`, { token: admin })
  if (failed > 0) throw new Error(`${failed} of ${TOTAL} form submissions were not stored (201)`)
  return {
    what: `submit ${TOTAL} proposals through the form endpoint (${CONCURRENCY} at a time, with their emails)`,
    value: `${fmt(TOTAL / seconds)} proposals/s`,
    target: '–',
  }
}

function describeMachine() {
  const cpus = os.cpus()
  return {
    cpus: `${cpus.length} × ${cpus[0]?.model ?? 'unknown CPU'}`,
    ram: `${(os.totalmem() / 1024 ** 3).toFixed(1)} GB`,
    node: process.version,
    os: `${os.type()} ${os.release()}`,
    load: os.loadavg().map((value) => value.toFixed(2)).join(' / '),
    nginx: spawnSync(NGINX, ['-v'], { encoding: 'utf8' }).stderr?.trim() ?? '',
  }
}

function fmt(number) {
  return number >= 100 ? Math.round(number).toLocaleString('en-US') : number.toFixed(1)
}

function summary() {
  const lines = []
  lines.push('# Load benchmark results (`npm run bench`)')
  lines.push('')
  lines.push(`Run: ${new Date().toISOString()} · ${DURATION} s per run · autocannon, HTTP/1.1 keep-alive, no compression, loopback.`)
  lines.push(
    `Machine: ${machine.cpus}, ${machine.ram} RAM, ${machine.os}, Node ${machine.node}, ${machine.nginx}. ` +
      `Load average at start: ${machine.load} (the machine is shared: other work ran during the measurement).`,
  )
  lines.push('')
  lines.push('App = the production server of `npm start` (src/server/main.mjs with its 1 s microcache, started by tests/e2e/support/server.mjs, seeded SQLite). nginx = the same HTML saved to files (`worker_processes auto`, access log off).')
  lines.push('')
  lines.push('| page | conns | app req/s | nginx req/s | app/nginx | app p50 / p99 ms | nginx p50 / p99 ms | server RSS peak |')
  lines.push('|---|---|---|---|---|---|---|---|')
  for (const row of results) {
    const ratio = row.app.rps / row.nginx.rps
    lines.push(
      `| ${row.page} | ${row.connections} | ${fmt(row.app.rps)} | ${fmt(row.nginx.rps)} | ${ratio.toFixed(2)} ${ratio >= TARGET.ratio ? '✓' : '✗'} | ` +
        `${row.app.p50} / ${row.app.p99} ${row.connections === 50 ? (row.app.p99 < TARGET.p99Ms ? '✓' : '✗') : ''} | ${row.nginx.p50} / ${row.nginx.p99} | ` +
        `${row.rssMb} MB ${row.rssMb < TARGET.rssMb ? '✓' : '✗'} |`,
    )
  }
  lines.push('')
  lines.push(`Targets: app/nginx ≥ ${TARGET.ratio}, app p99 < ${TARGET.p99Ms} ms at 50 connections, server RSS < ${TARGET.rssMb} MB.`)
  lines.push('')
  lines.push('| admin side | result | target |')
  lines.push('|---|---|---|')
  for (const row of adminSide) lines.push(`| ${row.what} | ${row.value} | ${row.target} |`)
  if (notes.length > 0) {
    lines.push('')
    lines.push('Notes:')
    for (const note of notes) lines.push(`- ${note}`)
  }
  lines.push('')
  return lines.join('\n')
}
