/**
 * `npm run bench:two-processes`: two app processes on one database behind deploy/nginx.conf (both in its
 * upstream), sharing one publish folder. Checks and prints:
 *  - cache expiry across processes: an edit made through nginx (answered by either process) shows in
 *    both processes' own renders, and how long that took;
 *  - forms kept across processes: a form posted without JavaScript with a mistake, then its redirect
 *    followed (through nginx, and crossed from one process to the other), shows the error and what was typed;
 *  - killing one process (SIGKILL) under load: wrk on a published page and on a page the app renders
 *    (the proposal form), and proposals posted through the form meanwhile, each retried with the same
 *    idempotency token when its answer was lost: 0 failed requests, every proposal stored exactly once.
 * Throwaway SQLite database (WAL, busy timeout: both processes write to it); every proposal and the
 * edition it goes to are sample data named as such. Needs `npm run build` first.
 */
import { execFile } from 'node:child_process'
import crypto from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { cfpMessages } from '../src/cfp/submit/messages'
import { freePort, startAppServer, type AppServer } from '../src/platform/publish/appServer'
import { startLocalNginx } from '../src/platform/publish/localNginx'
import { MANIFEST } from '../src/platform/publish/publisher'
import { registerFirstAdmin } from './firstAdmin'
import { parseWrk } from './load'
import { machineLine, markdownTable, writeReport } from './results'

const LOAD_SECONDS = Number(process.env.BENCH_DURATION ?? 10)
const POSTS = 60
const FORM_CHECKS = 10
const ADMIN = { email: 'bench.two.admin@example.org', password: 'a-long-bench-password-3' }

async function main() {
  const machine = machineLine()
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'commons-hub-two-'))
  const publishDir = path.join(dir, 'publish')
  const ports = [await freePort(), await freePort()]
  const nginx = await startLocalNginx({ upstreams: ports.map((port) => `127.0.0.1:${port}`), publishDir })
  const env = {
    ...process.env,
    DATABASE_URI: `file:${path.join(dir, 'two.db')}`,
    PAYLOAD_SECRET: crypto.randomBytes(32).toString('hex'),
    MAIL_CAPTURE_DIR: path.join(dir, 'mail'),
    NEXT_PUBLIC_SERVER_URL: nginx.url,
    NEXT_TELEMETRY_DISABLED: '1',
    PUBLISH_DIR: publishDir,
    // The form's per-address limits count every post here as one visitor (nginx on loopback).
    CFP_RATE_LIMIT: '100000',
    CFP_ATTEMPT_LIMIT: '100000',
  }
  const apps: AppServer[] = []
  try {
    // One after the other: the first migrates and seeds the empty database.
    for (const port of ports) apps.push(await startAppServer({ env, port, logFile: path.join(dir, `app-${port}.log`) }))
    const started = Date.now()
    while (!fs.existsSync(path.join(publishDir, MANIFEST))) {
      if (Date.now() - started > 300_000) throw new Error('the start-up publish did not finish within 300 s')
      await new Promise((resolve) => setTimeout(resolve, 250))
    }
    const { cookie } = await registerFirstAdmin(nginx.url, ADMIN, { name: 'Bench admin (sample data)' })
    const rows: Array<[string, string]> = []

    // 1. Cache expiry across processes.
    const edition = (await api(nginx.url, cookie, 'GET', '/api/editions?where[year][equals]=2025&depth=0&locale=en')).docs[0]
    const marker = `Sample tagline (benchmark data) ${Date.now()}`
    const saved = Date.now()
    await api(nginx.url, cookie, 'PATCH', `/api/editions/${edition.id}?locale=en`, { tagline: marker, _status: 'published' })
    const seen = await Promise.all(apps.map((app) => waitFor(`${app.baseUrl}/editions/2025`, marker, saved)))
    rows.push([
      'an edit through nginx shows in both processes’ own renders of /editions/2025',
      seen.map((ms) => (ms === null ? 'never' : `${ms} ms`)).join(' and '),
    ])
    if (seen.some((ms) => ms === null)) throw new Error('an edit did not reach both processes')

    // 2. A form posted without JavaScript with a mistake: the redirect (303) to the form page may be
    // answered by the other process, which must still show the error and what was typed.
    const sample = await api(nginx.url, cookie, 'POST', '/api/editions', sampleEdition())
    const throughNginx = await keptFormChecks(FORM_CHECKS, () => [nginx.url, nginx.url])
    const crossed = await keptFormChecks(FORM_CHECKS, (n) => [apps[n % 2]!.baseUrl, apps[(n + 1) % 2]!.baseUrl])
    rows.push([
      `a form posted without JavaScript with an error (303 to \`?form=<key>\`), then its redirect followed, ${FORM_CHECKS} times through nginx (both upstreams)`,
      `${throughNginx} of ${FORM_CHECKS} showed the error and the typed values`,
    ])
    rows.push([
      `the same, posted to one process and the redirect read from the other, ${FORM_CHECKS} times (alternating)`,
      `${crossed} of ${FORM_CHECKS} showed the error and the typed values`,
    ])

    // 3. Kill one process under load.
    const loadStarted = Date.now()
    const wrkFile = runWrk(`${nginx.url}/`, 20)
    // Few connections and a long timeout: this page renders on every request (the form's token), so the
    // errors counted are the kill's, not a slow render on a busy machine.
    const wrkApp = runWrk(`${nginx.url}/editions/2026/propose`, 4)
    const tokens = Array.from({ length: POSTS }, (_, n) => `bench-two-${n}-${crypto.randomBytes(8).toString('hex')}`)
    let retries = 0
    const posting = (async () => {
      let next = 0
      const worker = async () => {
        while (next < tokens.length) {
          const n = next++
          retries += await postUntilStored(nginx.url, tokens[n]!, n)
          await new Promise((resolve) => setTimeout(resolve, (LOAD_SECONDS * 1000) / POSTS))
        }
      }
      await Promise.all(Array.from({ length: 3 }, worker))
    })()
    await new Promise((resolve) => setTimeout(resolve, (LOAD_SECONDS * 1000) / 3))
    const victim = apps[1]!
    process.kill(-victim.child.pid!, 'SIGKILL')
    const killedAt = Date.now()
    await posting
    const [fileRun, appRun] = await Promise.all([wrkFile, wrkApp])
    const stored = await api(nginx.url, cookie, 'GET', `/api/proposals?where[edition][equals]=${sample.doc.id}&limit=1000&depth=0`)
    const titles = (stored.docs as Array<{ title: string }>).map((doc) => doc.title)
    const unique = new Set(titles)
    rows.push([
      `wrk on / (published file) for ${LOAD_SECONDS} s, one of the two processes killed (SIGKILL) ${((killedAt - loadStarted) / 1000).toFixed(1)} s in`,
      `${Math.round(fileRun.rps)} req/s, ${fileRun.errors} failed`,
    ])
    rows.push([
      `wrk -c4 on /editions/2026/propose (rendered by the app on every request) meanwhile`,
      `${Math.round(appRun.rps)} req/s, ${appRun.errors} failed`,
    ])
    rows.push([
      `${POSTS} proposals posted through the form meanwhile (answer lost → posted again with the same token)`,
      `${titles.length} stored, ${unique.size} distinct, ${retries} re-posts`,
    ])
    for (const row of rows) console.log(`${row[0]}: ${row[1]}`)
    writeReport('two-processes', {
      heading: 'Two app processes behind nginx (`npm run bench:two-processes`)',
      machine,
      lines: [
        'Two `npm start` processes on one SQLite file, one publish folder, deploy/nginx.conf with both upstreams (Debian nginx 1.22, loopback).',
        '',
        ...markdownTable(['check', 'result'], rows),
      ],
    })
    const failures = [
      throughNginx !== FORM_CHECKS && 'a kept form lost through nginx',
      crossed !== FORM_CHECKS && 'a kept form lost across processes',
      fileRun.errors > 0 && 'failed requests on the published page',
      appRun.errors > 0 && 'failed requests on the app page',
      titles.length !== POSTS && `${titles.length} proposals stored for ${POSTS} posted`,
      unique.size !== titles.length && 'duplicated proposals',
    ].filter(Boolean)
    if (failures.length > 0) throw new Error(failures.join('; '))
  } finally {
    for (const app of apps) await app.stop()
    await nginx.stop()
    fs.rmSync(dir, { recursive: true, force: true })
  }
}

async function api(base: string, cookie: string, method: string, pathname: string, body?: unknown) {
  const response = await fetch(`${base}${pathname}`, {
    method,
    headers: { 'content-type': 'application/json', origin: base, cookie },
    ...(body ? { body: JSON.stringify(body) } : {}),
  })
  const json = await response.json()
  if (!response.ok) throw new Error(`${method} ${pathname}: ${response.status} ${JSON.stringify(json)}`)
  return json
}

async function waitFor(url: string, text: string, since: number): Promise<number | null> {
  while (Date.now() - since < 15_000) {
    if ((await (await fetch(url)).text()).includes(text)) return Date.now() - since
    await new Promise((resolve) => setTimeout(resolve, 50))
  }
  return null
}

function sampleEdition() {
  const day = 24 * 3600_000
  return {
    year: 2032,
    title: 'Sample edition 2032 (benchmark data)',
    status: 'upcoming',
    _status: 'published',
    format: [{ blockType: 'framing-talk', title: 'Sample framing talk (benchmark data)', description: 'Sample.' }],
    cfp: {
      opensAt: new Date(Date.now() - day).toISOString(),
      deadline: new Date(Date.now() + 30 * day).toISOString(),
      contactEmail: 'sample-cfp@example.org',
    },
  }
}

/**
 * Posts the form as a browser without JavaScript would, with too short an abstract, to `post(n)[0]`, follows
 * the redirect on `post(n)[1]`, and counts the pages that show the abstract's error and the typed title.
 */
async function keptFormChecks(times: number, post: (n: number) => [string, string]): Promise<number> {
  const error = cfpMessages('en').errors.tooShort(cfpMessages('en').labels.abstract, 100, 'Too short.'.length)
  let shown = 0
  for (let n = 0; n < times; n++) {
    const [postTo, readFrom] = post(n)
    const title = `Sample kept title ${n}-${crypto.randomBytes(4).toString('hex')} (benchmark data)`
    const response = await fetch(`${postTo}/editions/2032/propose/submit`, {
      method: 'POST',
      redirect: 'manual',
      headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'text/html', origin: postTo },
      body: new URLSearchParams({
        token: `bench-kept-${n}-${crypto.randomBytes(8).toString('hex')}`,
        name: 'Sample submitter (benchmark data)',
        email: 'bench.kept@example.org',
        title,
        abstract: 'Too short.',
        format: 'framing-talk',
        bio: 'Sample biography (benchmark data).',
        consent: 'yes',
      }),
    })
    const location = response.headers.get('location')
    if (response.status !== 303 || !location?.includes('?form=')) throw new Error(`kept form ${n}: HTTP ${response.status} ${location}`)
    const page = await (await fetch(new URL(location, readFrom))).text()
    if (page.includes(title) && page.includes(error)) shown += 1
  }
  return shown
}

/** Posts one proposal until it is stored; a lost answer (network error, 502/503/504) is posted again, same token. */
async function postUntilStored(base: string, token: string, n: number): Promise<number> {
  for (let attempt = 0; attempt < 8; attempt++) {
    try {
      const response = await fetch(`${base}/editions/2032/propose/submit`, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'application/json', origin: base },
        body: new URLSearchParams({
          token,
          name: `Sample submitter ${n}`,
          email: `bench.two.${n}@example.org`,
          title: `Sample proposal ${n} (benchmark data)`,
          abstract: 'Sample abstract written by the benchmark: not a real proposal. '.repeat(4),
          format: 'framing-talk',
          bio: 'Sample biography (benchmark data).',
          consent: 'yes',
        }),
      })
      const text = await response.text()
      if (response.status === 200 || response.status === 201) return attempt
      if (![502, 503, 504].includes(response.status)) throw new Error(`proposal ${n}: HTTP ${response.status} ${text.slice(0, 200)}`)
    } catch (error) {
      if (error instanceof Error && error.message.startsWith('proposal ')) throw error
    }
    await new Promise((resolve) => setTimeout(resolve, 300))
  }
  throw new Error(`proposal ${n} was never stored`)
}

function runWrk(url: string, connections: number): Promise<ReturnType<typeof parseWrk>> {
  return new Promise((resolve, reject) => {
    // Asynchronous: the posts go on while wrk runs.
    execFile('wrk', ['-t1', `-c${connections}`, `-d${LOAD_SECONDS}s`, '--timeout', '20s', '--latency', url], (error, stdout) =>
      error ? reject(error) : resolve(parseWrk(stdout)),
    )
  })
}

main().catch((error: unknown) => {
  console.error(error)
  process.exit(1)
})
