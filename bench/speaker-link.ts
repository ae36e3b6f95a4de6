/**
 * `npm run bench:speakers` (after `npm run build`): the speaker space's sign-in by emailed link, through
 * the production server on a throwaway seeded database. Prints, for N link requests (one per sample
 * address, each with a proposal): the time until the answer (padded to the same floor for known and
 * unknown addresses) and the time until the email is captured (MAIL_CAPTURE_DIR), median and p95; and
 * the answer time for unknown addresses, to compare. Sample data only (example.org addresses).
 * BENCH_SAMPLES sets N (20).
 */
import fs from 'node:fs'
import path from 'node:path'

import { startServer } from '../tests/e2e/support/server.mjs'
import { registerFirstAdmin } from './firstAdmin'

const N = Number(process.env.BENCH_SAMPLES || 20)

/** The JSON answer of a REST call (loosely typed: each caller reads the fields it needs). */
async function api(
  baseURL: string,
  method: string,
  pathname: string,
  { token, body }: { token?: string; body?: unknown } = {},
): Promise<any> {
  const response = await fetch(`${baseURL}${pathname}`, {
    method,
    headers: { 'content-type': 'application/json', origin: baseURL, ...(token ? { authorization: `JWT ${token}` } : {}) },
    body: body === undefined ? undefined : JSON.stringify(body),
  })
  const json: unknown = await response.json().catch(() => ({}))
  if (!response.ok) throw new Error(`${method} ${pathname}: ${response.status} ${JSON.stringify(json).slice(0, 300)}`)
  return json
}

const quantile = (values: number[], q: number): number => {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!
}
const ms = (value: number) => `${value.toFixed(0)} ms`

function capturedTo(dir: string, address: string): boolean {
  if (!fs.existsSync(dir)) return false
  for (const name of fs.readdirSync(dir)) {
    try {
      if ((JSON.parse(fs.readFileSync(path.join(dir, name), 'utf8')) as { to?: unknown }).to === address) return true
    } catch {
      // being written
    }
  }
  return false
}

async function askForLink(baseURL: string, email: string, n: number): Promise<{ started: number; answered: number }> {
  const started = performance.now()
  const response = await fetch(`${baseURL}/speaker/sign-in`, {
    method: 'POST',
    redirect: 'manual',
    headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'text/html', 'x-real-ip': `198.51.100.${n}` },
    body: new URLSearchParams({ email }),
  })
  await response.arrayBuffer()
  if (response.status !== 303) throw new Error(`sign-in answered ${response.status}`)
  return { started, answered: performance.now() - started }
}

const server = await startServer()
try {
  const mailDir = path.join(server.dir, 'mail')
  const password = 'bench-password-long-enough-1'
  const { token: admin } = await registerFirstAdmin(server.baseURL, { email: 'bench.admin@example.org', password }, { role: 'admin' })
  const edition: { id: number | string } = (
    await api(server.baseURL, 'GET', '/api/editions?where[year][equals]=2026&depth=0', { token: admin })
  ).docs[0]
  const emails: string[] = []
  for (let i = 0; i < N; i++) {
    const email = `bench.speaker.${i}@example.org`
    await api(server.baseURL, 'POST', '/api/proposals?depth=0', {
      token: admin,
      body: {
        edition: edition.id,
        submitter: { name: `Bench Speaker ${i}`, email },
        title: `Sample bench proposal ${i}`,
        abstract: 'A sample abstract for the speaker-space benchmark, long enough for the one hundred characters the call requires.',
        format: 'framing-talk',
        bio: 'Sample bio.',
        consent: true,
      },
    })
    emails.push(email)
  }
  const answered: number[] = []
  const captured: number[] = []
  for (const [i, email] of emails.entries()) {
    const { started, answered: time } = await askForLink(server.baseURL, email, i + 1)
    answered.push(time)
    for (;;) {
      if (capturedTo(mailDir, email)) break
      if (performance.now() - started > 30_000) throw new Error(`no email for ${email} after 30 s`)
      await new Promise((resolve) => setTimeout(resolve, 5))
    }
    captured.push(performance.now() - started)
  }
  const unknown: number[] = []
  for (let i = 0; i < N; i++) unknown.push((await askForLink(server.baseURL, `bench.unknown.${i}@example.org`, 100 + i)).answered)
  console.log(`speaker sign-in link, ${N} requests each, production server (${new Date().toISOString()})`)
  console.log('| measure | median | p95 |')
  console.log('|---|---|---|')
  console.log(`| "send me a link" → answer (known address) | ${ms(quantile(answered, 0.5))} | ${ms(quantile(answered, 0.95))} |`)
  console.log(`| "send me a link" → answer (unknown address) | ${ms(quantile(unknown, 0.5))} | ${ms(quantile(unknown, 0.95))} |`)
  console.log(`| "send me a link" → email captured | ${ms(quantile(captured, 0.5))} | ${ms(quantile(captured, 0.95))} |`)
} finally {
  await server.stop()
}
