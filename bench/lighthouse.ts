#!/usr/bin/env node
// Lighthouse (mobile) on public pages of the production build, with Debian's Chromium.
// Usage: npm run build && node bench/lighthouse.mjs [path ...]
// Lighthouse is fetched from the npm registry by npx on first use (it is not a dependency).
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { CHROMIUM_FLAGS, CHROMIUM_PATH } from '../tests/e2e/support/chromium.mjs'
import { startServer } from '../tests/e2e/support/server.mjs'

const paths = process.argv.slice(2).length > 0 ? process.argv.slice(2) : ['/', '/fr', '/editions/2025', '/perspectives']
const server = await startServer()
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'commons-hub-lighthouse-'))
try {
  console.log('| page | performance | accessibility | best practices | SEO |')
  console.log('|---|---|---|---|---|')
  for (const page of paths) {
    const report = path.join(work, 'report.json')
    const profile = fs.mkdtempSync(path.join(work, 'profile-'))
    const result = spawnSync(
      'npx',
      [
        '--yes',
        // Lighthouse 13.5 needs Node 22.19 and fails here (NO_NAVSTART); 12.8 runs on Node 20.
        `lighthouse@${process.env.LIGHTHOUSE_VERSION ?? '12.8.2'}`,
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
    const { categories } = JSON.parse(fs.readFileSync(report, 'utf8'))
    const score = (key) => Math.round(categories[key].score * 100)
    console.log(`| ${page} | ${score('performance')} | ${score('accessibility')} | ${score('best-practices')} | ${score('seo')} |`)
  }
} finally {
  fs.rmSync(work, { recursive: true, force: true })
  await server.stop()
}
