/**
 * `npm run bench:admin [-- --runs 5] [--label before]`, after `npm run build`: the admin as an editor
 * meets it: time to first paint and to the page's content, and the JavaScript each page loads, for the
 * dashboard, an edition and the proposals list, after login. Starts the production server on a throwaway
 * seeded database (tests/e2e/support/server.mjs) and Debian Chromium (playwright-core). Prints one table
 * and appends it to bench/ADMIN-RESULTS.md (--label names it).
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { chromium } from 'playwright-core'

import { CHROMIUM_FLAGS, CHROMIUM_PATH } from '../tests/e2e/support/chromium.mjs'
import { startServer } from '../tests/e2e/support/server.mjs'

type Sample = { fcp: number; contentMs: number; jsFiles: number; jsTransfer: number; jsDecoded: number }
type Row = { name: string; fcp: number; content: number; jsFiles: number; jsTransfer: number; jsDecoded: number }

const args = process.argv.slice(2)
const option = (name: string, fallback: string): string => {
  const index = args.indexOf(`--${name}`)
  return index >= 0 && args[index + 1] ? args[index + 1]! : fallback
}
const runs = Number(option('runs', '5'))
const label = option('label', 'run')
const user = { email: 'bench.admin@example.org', password: 'a-long-bench-password-1' }

const server = await startServer()
const userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'commons-hub-bench-admin-'))
const context = await chromium.launchPersistentContext(userDataDir, {
  executablePath: CHROMIUM_PATH,
  args: CHROMIUM_FLAGS,
  headless: true,
  viewport: { width: 1400, height: 900 },
})
try {
  const registered = await fetch(`${server.baseURL}/api/users/first-register`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: server.baseURL },
    body: JSON.stringify({ ...user, 'confirm-password': user.password }),
  })
  if (!registered.ok) throw new Error(`first user: ${registered.status} ${await registered.text()}`)
  const page = await context.newPage()
  await page.goto(`${server.baseURL}/admin/login`)
  await page.fill('input[name="email"]', user.email)
  await page.fill('input[name="password"]', user.password)
  await page.click('button[type="submit"]')
  await page.waitForURL((url) => !url.pathname.startsWith('/admin/login'), { timeout: 60_000 })

  const editions = await page.evaluate(
    async (): Promise<{ id: number | string }[]> => (await (await fetch('/api/editions?where[year][equals]=2026&depth=0')).json()).docs,
  )
  const pages = [
    { name: 'dashboard', path: '/admin', ready: '.dashboard, .template-default__wrap' },
    { name: 'edition 2026', path: `/admin/collections/editions/${editions[0]!.id}`, ready: '#field-title' },
    { name: 'proposals list', path: '/admin/collections/proposals', ready: '.collection-list, .list-view, table' },
  ]
  const median = (values: number[]): number => {
    const sorted = [...values].sort((a, b) => a - b)
    return sorted[Math.floor(sorted.length / 2)]!
  }
  const rows: Row[] = []
  for (const target of pages) {
    const samples: Sample[] = []
    // One unmeasured visit first: the server's first render of a route compiles nothing in production,
    // but fills its caches; the measured visits are what an editor meets all day.
    for (let run = 0; run <= runs; run++) {
      await page.goto('about:blank')
      const started = Date.now()
      await page.goto(`${server.baseURL}${target.path}`, { waitUntil: 'commit' })
      await page.locator(target.ready).first().waitFor({ timeout: 60_000 })
      const contentMs = Date.now() - started
      await page.waitForLoadState('networkidle')
      const measured = await page.evaluate(() => {
        const paint = performance.getEntriesByName('first-contentful-paint')[0]
        const scripts = (performance.getEntriesByType('resource') as PerformanceResourceTiming[]).filter(
          (entry) => entry.initiatorType === 'script' || entry.name.endsWith('.js'),
        )
        return {
          fcp: paint ? paint.startTime : NaN,
          jsFiles: scripts.length,
          jsTransfer: scripts.reduce((sum, entry) => sum + entry.encodedBodySize, 0),
          jsDecoded: scripts.reduce((sum, entry) => sum + entry.decodedBodySize, 0),
        }
      })
      if (run > 0) samples.push({ ...measured, contentMs })
    }
    rows.push({
      name: target.name,
      fcp: median(samples.map((s) => s.fcp)),
      content: median(samples.map((s) => s.contentMs)),
      jsFiles: median(samples.map((s) => s.jsFiles)),
      jsTransfer: median(samples.map((s) => s.jsTransfer)),
      jsDecoded: median(samples.map((s) => s.jsDecoded)),
    })
  }
  const kb = (bytes: number) => `${(bytes / 1024).toFixed(0)} KB`
  const lines = [
    `### ${label}: ${new Date().toISOString()}, ${os.cpus().length} cores, load ${os.loadavg()[0]!.toFixed(1)}, median of ${runs} visits`,
    '',
    '| page | first contentful paint | content visible | JS files | JS transferred (compressed) | JS decoded |',
    '|---|---|---|---|---|---|',
    ...rows.map(
      (row) =>
        `| ${row.name} | ${Math.round(row.fcp)} ms | ${row.content} ms | ${row.jsFiles} | ${kb(row.jsTransfer)} | ${kb(row.jsDecoded)} |`,
    ),
    '',
  ]
  console.log(lines.join('\n'))
  fs.appendFileSync('bench/ADMIN-RESULTS.md', lines.join('\n') + '\n')
} finally {
  await context.close()
  fs.rmSync(userDataDir, { recursive: true, force: true })
  await server.stop()
}
