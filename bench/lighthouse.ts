/**
 * `npm run lighthouse [-- path …]`, after `npm run build`: Lighthouse (mobile) scores of public pages,
 * through the production server, with Debian's Chromium. Prints a table and writes it into the
 * "lighthouse" section of bench/RESULTS.md. Lighthouse is fetched by npx on first use (not a dependency).
 */
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { CHROMIUM_FLAGS, CHROMIUM_PATH } from '../tests/e2e/support/chromium.mjs'
import { startServer } from '../tests/e2e/support/server.mjs'
import { machineLine, writeReport } from './results'

type Category = 'performance' | 'accessibility' | 'best-practices' | 'seo'
type Report = { categories: Record<Category, { score: number | null }> }

// Lighthouse 13.5 needs Node 22.19 and fails here (NO_NAVSTART); 12.8 runs on Node 20.
const VERSION = process.env.LIGHTHOUSE_VERSION ?? '12.8.2'
const paths = process.argv.slice(2).length > 0 ? process.argv.slice(2) : ['/', '/fr', '/editions/2025', '/perspectives']
const machine = machineLine()
const server = await startServer()
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'commons-hub-lighthouse-'))
const rows = ['| page | performance | accessibility | best practices | SEO |', '|---|---|---|---|---|']
try {
  console.log(rows.join('\n'))
  for (const page of paths) {
    const report = path.join(work, 'report.json')
    const profile = fs.mkdtempSync(path.join(work, 'profile-'))
    const result = spawnSync(
      'npx',
      [
        '--yes',
        `lighthouse@${VERSION}`,
        `${server.baseURL}${page}`,
        '--form-factor=mobile',
        '--output=json',
        `--output-path=${report}`,
        '--quiet',
        `--chrome-flags=${[...CHROMIUM_FLAGS, `--user-data-dir=${profile}`].join(' ')}`,
      ],
      { env: { ...process.env, CHROME_PATH: CHROMIUM_PATH }, encoding: 'utf8' },
    )
    if (result.status !== 0) throw new Error(`lighthouse failed on ${page}: ${result.stderr.slice(-500)}`)
    const { categories } = JSON.parse(fs.readFileSync(report, 'utf8')) as Report
    const score = (key: Category) => Math.round((categories[key].score ?? 0) * 100)
    const row = `| ${page} | ${score('performance')} | ${score('accessibility')} | ${score('best-practices')} | ${score('seo')} |`
    rows.push(row)
    console.log(row)
  }
} finally {
  fs.rmSync(work, { recursive: true, force: true })
  await server.stop()
}
writeReport('lighthouse', {
  heading: 'Lighthouse, mobile (`npm run lighthouse`)',
  machine,
  lines: [
    `Lighthouse ${VERSION}, Debian Chromium, production server on a throwaway seeded SQLite database. Target: 100 in every column.`,
    '',
    ...rows,
  ],
})
