/**
 * npm run archive:export -- --year 2025 --out <dir> [--base-url http://127.0.0.1:3000] [--site-url https://…]
 *
 * Writes a self-contained static copy of one edition (every public page in English and French with its
 * CSS and media, the programme feeds when the app serves them, content.json and an index.html), with
 * relative links only, so the folder works from file:// or any static host. See src/archive/export/.
 *
 * The year is checked with Payload's Local API on DATABASE_URI (SQLite or MongoDB, like the app).
 * Pages are requested from a production server: the one at --base-url, or `npm start`'s server started here on
 * a free loopback port against the same database (needs `npm run build` first).
 */
import { spawn, type ChildProcess } from 'node:child_process'
import fs from 'node:fs'
import net from 'node:net'
import path from 'node:path'

import { getPayload } from 'payload'

import config from '../payload.config'
import { compileTs } from './bundle.mjs'
import { editionContent, findPublicEdition } from '../src/archive/export/content'
import { exportEdition } from '../src/archive/export/exporter'
import { archiveMetadata } from '../src/archive/export/metadata'
import { createProgress, type Progress } from '../src/platform/progress/progress'

// Read the database as it is: no seeding of an empty database, no development schema push (both are
// read when Payload starts, below, not when the config is imported).
process.env.SEED_ON_START = 'false'
process.env.PAYLOAD_MIGRATING = 'true'

class UsageError extends Error {}

type Args = { year: number; out: string; baseUrl?: string; siteUrl?: string }

function parseArgs(argv: string[]): Args {
  const values: Record<string, string> = {}
  for (let index = 0; index < argv.length; index++) {
    const arg = argv[index]!
    const match = arg.match(/^--([a-z-]+)(?:=(.*))?$/)
    if (!match) throw new UsageError(`Unexpected argument "${arg}".`)
    const value = match[2] ?? argv[++index]
    if (value === undefined || value.startsWith('--')) throw new UsageError(`--${match[1]} needs a value.`)
    values[match[1]!] = value
  }
  for (const key of Object.keys(values)) {
    if (!['year', 'out', 'base-url', 'site-url'].includes(key)) throw new UsageError(`Unknown option --${key}.`)
  }
  if (!values.year || !/^\d{4}$/.test(values.year)) throw new UsageError('--year must be a year such as 2025.')
  if (!values.out) throw new UsageError('--out <dir> is required: the folder to write the archive into.')
  for (const key of ['base-url', 'site-url']) {
    if (values[key] && !/^https?:\/\/[^/]+/.test(values[key]!)) throw new UsageError(`--${key} must be an http(s) URL.`)
  }
  return { year: Number(values.year), out: path.resolve(values.out), baseUrl: values['base-url'], siteUrl: values['site-url'] }
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer()
    server.listen(0, '127.0.0.1', () => {
      const address = server.address()
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))))
    })
    server.on('error', reject)
  })
}

async function startServer(year: number): Promise<{ baseUrl: string; child: ChildProcess }> {
  if (!fs.existsSync('.next/BUILD_ID')) {
    throw new UsageError('No production build found (.next/BUILD_ID): run `npm run build` first, or pass --base-url of a running server.')
  }
  const port = await freePort()
  const baseUrl = `http://127.0.0.1:${port}`
  // The production server of `npm start` (src/platform/server/main.ts): pages arrive without Next's runtime.
  const child = spawn(process.execPath, [await compileTs('src/platform/server/main.ts')], {
    env: { ...process.env, NODE_ENV: 'production', PORT: String(port), SEED_ON_START: 'false', PAYLOAD_MIGRATING: '' },
    stdio: ['ignore', 'ignore', 'pipe'],
  })
  let stderr = ''
  child.stderr?.on('data', (chunk: Buffer) => (stderr = (stderr + chunk.toString()).slice(-3000)))
  const deadline = Date.now() + 90_000
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`The server stopped (exit ${child.exitCode}):\n${stderr}`)
    try {
      const response = await fetch(`${baseUrl}/editions/${year}`)
      await response.body?.cancel()
      if (response.status === 200) return { baseUrl, child }
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 300))
  }
  child.kill('SIGTERM')
  throw new Error(`The server did not answer within 90 s:\n${stderr}`)
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`

async function main(): Promise<number> {
  const started = Date.now()
  const args = parseArgs(process.argv.slice(2))

  const payload = await getPayload({ config })
  let server: { baseUrl: string; child: ChildProcess } | undefined
  try {
    const { edition, years } = await findPublicEdition(payload, args.year)
    if (!edition) {
      const known = years.length > 0 ? `Published editions: ${years.join(', ')}.` : 'There is no published edition at all.'
      throw new UsageError(`There is no published edition ${args.year}. ${known}`)
    }
    if (!args.baseUrl) {
      console.log('Starting the production server…')
      server = await startServer(args.year)
    }
    const baseUrl = (args.baseUrl ?? server!.baseUrl).replace(/\/$/, '')
    const liveSite = (args.siteUrl ?? process.env.NEXT_PUBLIC_SERVER_URL ?? baseUrl).replace(/\/$/, '')
    const content = await editionContent(payload, edition, liveSite)
    fs.mkdirSync(args.out, { recursive: true })
    let bar: Progress | undefined
    const aliases: Record<string, string> = edition.isCurrent
      ? { '/': `/editions/${edition.year}`, '/fr': `/fr/editions/${edition.year}` }
      : {}
    const report = await exportEdition({
      baseUrl,
      scope: { year: edition.year, aliases, includePerspectives: true, includeSitePages: true, currentYear: edition.currentYear },
      outDir: args.out,
      liveSite,
      content,
      title: edition.title,
      metadata: await archiveMetadata(payload, edition, liveSite),
      // A bar on a terminal, a line every 2 s otherwise (the pages' names are in manifest.json).
      progress: (total) => (bar = createProgress({ label: `archive:export ${edition.year}: pages and files`, total })),
    })
    const english = report.pages.filter((page) => !page.startsWith('fr/')).length
    console.log(
      `Archived the ${edition.year} edition into ${args.out}: ${report.pages.length} pages (${english} en, ${report.pages.length - english} fr), ` +
        `${report.feeds.length} feed files, ${report.files} files, ${kb(report.bytes)}, ${report.internalLinks} internal links rewritten, ` +
        `${report.otherEditions.length} other editions' pages linked (in their archives beside this one), ` +
        `${report.outboundLinks} links to the live site (${liveSite}), in ${((Date.now() - started) / 1000).toFixed(1)} s ` +
        `(crawl ${(report.ms / 1000).toFixed(1)} s).`,
    )
    console.log(
      `manifest.json: SHA-256 of every file, ${report.externalLinks.length} external links listed; check it with npm run archive:verify -- ${args.out}`,
    )
    console.log(`Check that it stands alone with npm run archive:links -- ${args.out}`)
    if (report.feeds.length === 0) console.log('The app serves no programme feed for this edition (404): none archived.')
    bar?.done(`${report.pages.length} pages, ${report.files} files, ${report.broken.length} broken links`)
    if (report.broken.length > 0) {
      for (const broken of report.broken) console.error(`broken: ${broken.path} → ${broken.status} (linked from ${broken.from})`)
      console.error(`${report.broken.length} broken link(s): the archive is incomplete.`)
      return 1
    }
    return 0
  } catch (error) {
    return reportError(error)
  } finally {
    server?.child.kill('SIGTERM')
    // The SQLite client's close sometimes never settles once nothing else is pending; do not wait on it.
    await Promise.race([payload.destroy(), new Promise((resolve) => setTimeout(resolve, 2000))])
  }
}

function reportError(error: unknown): number {
  if (error instanceof UsageError) {
    console.error(`archive:export: ${error.message}`)
    console.error('Usage: npm run archive:export -- --year 2025 --out <dir> [--base-url <running server>] [--site-url <public site>]')
  } else {
    console.error(`archive:export failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`)
  }
  return 1
}

process.exit(await main().catch(reportError))
