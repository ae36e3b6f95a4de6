/**
 * `npm run bench`: what the public site serves per second, in one run, with wrk (Debian package; one
 * Node load generator tops out near what nginx serves on this machine, so autocannon is not used):
 *
 *   file    nginx serving the page's HTML as a plain file (a minimal config: the physical limit)
 *   publish the published page through the project's deploy/nginx.conf (adapted for Debian's nginx 1.22
 *           on loopback, src/platform/publish/localNginx.ts): target ≥ 0.9× file, p99 < 5 ms at 50 conns
 *   app     the production server of `npm start` alone (its 1 s microcache)
 *
 *   npm run bench                 builds (under the shared build lock), then measures
 *   npm run bench -- --no-build   reuses the existing build (.next/BUILD_ID)
 *   options: --duration=8 (seconds per run)  --connections=50  --threads=1
 *
 * The server runs on a throwaway seeded SQLite database with PUBLISH_DIR (it publishes everything on
 * start). Every page is requested the same way (HTTP/1.1 keep-alive, no compression, 127.0.0.1). The
 * table is printed and written into its own section of bench/RESULTS.md.
 */
import { spawn, spawnSync } from 'node:child_process'
import crypto from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { freePort, startAppServer } from '../src/platform/publish/appServer'
import { NGINX_BIN, startLocalNginx } from '../src/platform/publish/localNginx'
import { fileForPath } from '../src/platform/publish/files'
import { MANIFEST } from '../src/platform/publish/publisher'
import { childrenOfCpuMs } from './processCpu'
import { writeSection } from './results'

const args = Object.fromEntries(
  process.argv.slice(2).map((arg) => {
    const [key, value] = arg.replace(/^--/, '').split('=')
    return [key!, value ?? 'true']
  }),
)
const DURATION = Number(args.duration ?? 8)
const CONNECTIONS = String(args.connections ?? '50')
  .split(',')
  .map(Number)
const THREADS = Number(args.threads ?? 1)
const PAGES = ['/', '/editions/2025', '/fr', '/editions/2026/programme']
const TARGET = { ratio: 0.9, p99Ms: 5 }

type Run = { rps: number; p50: number; p99: number; errors: number; requests?: number; cpuUsPerRequest?: number }

/**
 * One wrk run; its "Requests/sec" and latency distribution (ms). With `nginxPidFile`, also the CPU time
 * nginx's workers spent per request: on a shared, loaded machine the requests per second measure the
 * machine's other work as much as nginx, while the CPU per request is what serving a page costs.
 */
export function wrk(url: string, connections: number, nginxPidFile?: string): Run {
  const master = nginxPidFile ? Number(fs.readFileSync(nginxPidFile, 'utf8').trim()) : 0
  const before = master ? childrenOfCpuMs(master) : 0
  const result = spawnSync('wrk', [`-t${THREADS}`, `-c${connections}`, `-d${DURATION}s`, '--latency', url], { encoding: 'utf8' })
  if (result.status !== 0) throw new Error(`wrk failed on ${url}: ${result.stderr}`)
  const run = parseWrk(result.stdout)
  if (master && run.requests) run.cpuUsPerRequest = ((childrenOfCpuMs(master) - before) * 1000) / run.requests
  return run
}

export function parseWrk(output: string): Run {
  const rps = Number(output.match(/Requests\/sec:\s+([\d.]+)/)?.[1])
  const ms = (label: string) => {
    const match = output.match(new RegExp(`^\\s+${label}%\\s+([\\d.]+)(us|ms|s)\\s*$`, 'm'))
    if (!match) return NaN
    const value = Number(match[1])
    return match[2] === 'us' ? value / 1000 : match[2] === 's' ? value * 1000 : value
  }
  const requests = Number(output.match(/(\d+) requests in/)?.[1])
  const non2xx = Number(output.match(/Non-2xx or 3xx responses:\s+(\d+)/)?.[1] ?? 0)
  const socket = output.match(/Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)/)
  const errors = non2xx + (socket ? socket.slice(1).reduce((sum, n) => sum + Number(n), 0) : 0)
  if (!Number.isFinite(rps)) throw new Error(`could not read wrk's output:\n${output}`)
  return { rps, p50: ms('50'), p99: ms('99'), errors, ...(Number.isFinite(requests) ? { requests } : {}) }
}

/** nginx with nothing but a root folder: the plain-file baseline. */
async function startPlainNginx(root: string): Promise<{ url: string; pidFile: string; stop: () => void }> {
  const prefix = fs.mkdtempSync(path.join(os.tmpdir(), 'commons-hub-plain-nginx-'))
  const port = await freePort()
  const user = process.getuid?.() === 0 ? 'user root;' : ''
  fs.writeFileSync(
    path.join(prefix, 'nginx.conf'),
    `${user}
worker_processes auto;
pid ${prefix}/nginx.pid;
error_log ${prefix}/error.log;
events { worker_connections 4096; }
http {
  include /etc/nginx/mime.types;
  access_log off;
  sendfile on; tcp_nopush on; tcp_nodelay on; keepalive_requests 100000;
  client_body_temp_path ${prefix}/tmp; proxy_temp_path ${prefix}/tmp; fastcgi_temp_path ${prefix}/tmp; uwsgi_temp_path ${prefix}/tmp; scgi_temp_path ${prefix}/tmp;
  server { listen 127.0.0.1:${port}; root ${root}; location / { try_files $uri $uri/index.html =404; } }
}
`,
  )
  fs.mkdirSync(path.join(prefix, 'tmp'))
  const child = spawn(
    NGINX_BIN,
    ['-p', prefix, '-e', path.join(prefix, 'error.log'), '-c', path.join(prefix, 'nginx.conf'), '-g', 'daemon off;'],
    { stdio: 'ignore' },
  )
  const url = `http://127.0.0.1:${port}`
  for (let attempt = 0; attempt < 100; attempt++) {
    try {
      await fetch(url)
      break
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 100))
    }
  }
  return {
    url,
    pidFile: path.join(prefix, 'nginx.pid'),
    stop: () => {
      child.kill('SIGQUIT')
      fs.rmSync(prefix, { recursive: true, force: true })
    },
  }
}

function fmt(n: number): string {
  return Math.round(n).toLocaleString('en-US')
}

function cpu(run: Run): string {
  return run.cpuUsPerRequest === undefined ? '?' : `${run.cpuUsPerRequest.toFixed(1)} µs`
}

function ms(n: number): string {
  return n < 10 ? n.toFixed(2) : n.toFixed(0)
}

async function main() {
  if (!('no-build' in args)) {
    console.log('bench: building (flock /tmp/commons-build.lock npm run build)…')
    const built = spawnSync('flock', ['/tmp/commons-build.lock', 'npm', 'run', 'build'], { stdio: 'inherit' })
    if (built.status !== 0) throw new Error('the build failed')
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'commons-hub-bench-'))
  const publishDir = path.join(dir, 'publish')
  const plainDir = path.join(dir, 'plain')
  const appPort = await freePort()
  const nginx = await startLocalNginx({ upstreams: [`127.0.0.1:${appPort}`], publishDir })
  const app = await startAppServer({
    port: appPort,
    logFile: path.join(dir, 'server.log'),
    env: {
      ...process.env,
      DATABASE_URI: `file:${path.join(dir, 'bench.db')}`,
      PAYLOAD_SECRET: crypto.randomBytes(32).toString('hex'),
      MAIL_CAPTURE_DIR: path.join(dir, 'mail'),
      NEXT_PUBLIC_SERVER_URL: nginx.url,
      NEXT_TELEMETRY_DISABLED: '1',
      PUBLISH_DIR: publishDir,
    },
  })
  let plain: Awaited<ReturnType<typeof startPlainNginx>> | null = null
  try {
    const started = Date.now()
    while (!fs.existsSync(path.join(publishDir, MANIFEST))) {
      if (Date.now() - started > 300_000) throw new Error('the start-up publish did not finish within 300 s')
      await new Promise((resolve) => setTimeout(resolve, 250))
    }
    // The plain-file baseline serves the very bytes the app serves.
    const pages: string[] = []
    for (const page of PAGES) {
      const response = await fetch(`${app.baseUrl}${page}`)
      if (response.status !== 200) continue
      const file = path.join(plainDir, fileForPath(page))
      fs.mkdirSync(path.dirname(file), { recursive: true })
      fs.writeFileSync(file, Buffer.from(await response.arrayBuffer()))
      pages.push(page)
    }
    plain = await startPlainNginx(plainDir)

    const loadAtStart = os
      .loadavg()
      .map((n) => n.toFixed(2))
      .join(' / ')
    const rows: string[] = []
    for (const page of pages) {
      for (const connections of CONNECTIONS) {
        const served = await fetch(`${nginx.url}${page}`)
        if (served.headers.get('x-served-by') !== 'publish') throw new Error(`${page} is not served from the publish folder`)
        const file = wrk(`${plain.url}${page}`, connections, plain.pidFile)
        const published = wrk(`${nginx.url}${page}`, connections, path.join(nginx.prefix, 'nginx.pid'))
        const alone = wrk(`${app.baseUrl}${page}`, connections)
        const ratio = published.rps / file.rps
        const okRatio = ratio >= TARGET.ratio ? '✓' : '✗'
        const okP99 = published.p99 < TARGET.p99Ms ? '✓' : '✗'
        const row = `| ${page} | ${connections} | ${fmt(file.rps)} (p99 ${ms(file.p99)} ms) | ${fmt(published.rps)} (${ratio.toFixed(2)}× ${okRatio}), p99 ${ms(published.p99)} ms ${okP99} | ${fmt(alone.rps)} (${(alone.rps / file.rps).toFixed(2)}×), p99 ${ms(alone.p99)} ms | ${cpu(file)} / ${cpu(published)} | ${file.errors + published.errors + alone.errors} |`
        console.log(row)
        rows.push(row)
      }
    }
    const load = os
      .loadavg()
      .map((n) => n.toFixed(2))
      .join(' / ')
    const nginxVersion = spawnSync(NGINX_BIN, ['-v'], { encoding: 'utf8' }).stderr.trim()
    const section = [
      `Run: ${new Date().toISOString()} · \`wrk -t${THREADS} -c<conns> -d${DURATION}s --latency\`, HTTP/1.1 keep-alive, no compression, loopback.`,
      `Machine: ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'CPU'}, Node ${process.version}, ${nginxVersion}. Load average at the start: ${loadAtStart}, at the end: ${load} (shared machine).`,
      '',
      'file = nginx serving the same bytes as a plain file (minimal config, access log off); published = the file the app published, through `deploy/nginx.conf`; app = `npm start` alone (1 s microcache).',
      '',
      'nginx CPU per request = CPU time of the nginx workers during the run divided by the requests served (file / published): what a page costs nginx, which the load of a shared machine does not change as much as it changes requests per second.',
      '',
      '| page | conns | file req/s | published through deploy/nginx.conf | app alone | nginx CPU per request (file / published) | errors |',
      '|---|---|---|---|---|---|---|',
      ...rows,
      '',
      `Targets: published ≥ ${TARGET.ratio}× file, p99 < ${TARGET.p99Ms} ms at 50 connections.`,
    ].join('\n')
    writeSection('load', '## Public pages: files, published pages, app (`npm run bench`)\n\n' + section)
    console.log(`\nbench: written to bench/RESULTS.md`)
  } finally {
    plain?.stop()
    await app.stop()
    await nginx.stop()
    fs.rmSync(dir, { recursive: true, force: true })
  }
}

// Run as `npm run bench` (scripts/ts.mjs runs the bundle .build/bench/load.mjs), not when two-processes.ts imports wrk().
if (process.argv[1] && /(^|\/)bench\/load\.(ts|mjs)$/.test(path.resolve(process.argv[1]))) {
  main().catch((error: unknown) => {
    console.error(error)
    process.exit(1)
  })
}
