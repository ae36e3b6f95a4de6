/**
 * npm run archive:export -- --year 2025 --out <dir> [--base-url http://127.0.0.1:3000] [--site-url https://…]
 *
 * Writes a self-contained static copy of one edition (every public page in English and French with its
 * CSS and media, the programme feeds when the app serves them, content.json and an index.html), with
 * relative links only, so the folder works from file:// or any static host. See src/archive/export/.
 *
 * The year is checked with Payload's Local API on DATABASE_URI (SQLite or MongoDB, like the app).
 * The archive is made from the published site: each page and file is published as `npm run publish` does
 * (into PUBLISH_DIR when set, the live folder, where identical files are left alone; else into a temporary
 * folder removed at the end), read back from its file and made relative (src/platform/publish/publishedSource.ts).
 * Pages are rendered by a production server: the one at --base-url, or `npm start`'s server started here on
 * a free loopback port against the same database (needs `npm run build` first).
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { getPayload } from 'payload'

import config from '../payload.config'
import { editionContent, findPublicEdition } from '../src/archive/export/content'
import { exportEdition } from '../src/archive/export/exporter'
import { archiveMetadata } from '../src/archive/export/metadata'
import { createProgress, type Progress } from '../src/platform/progress/progress'
import { startAppServer, type AppServer } from '../src/platform/publish/appServer'
import { fetchFrom } from '../src/platform/publish/http'
import { publishedSource, type PublishedSource } from '../src/platform/publish/publishedSource'

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

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`

async function main(): Promise<number> {
  const started = Date.now()
  const args = parseArgs(process.argv.slice(2))

  const payload = await getPayload({ config })
  let server: AppServer | undefined
  let source: PublishedSource | undefined
  // The live publish folder, or a temporary one removed at the end.
  const publishDir = process.env.PUBLISH_DIR ? path.resolve(process.env.PUBLISH_DIR) : null
  let temporaryDir: string | undefined
  try {
    const { edition, years } = await findPublicEdition(payload, args.year)
    if (!edition) {
      const known = years.length > 0 ? `Published editions: ${years.join(', ')}.` : 'There is no published edition at all.'
      throw new UsageError(`There is no published edition ${args.year}. ${known}`)
    }
    if (!args.baseUrl) {
      if (!fs.existsSync('.next/BUILD_ID')) {
        throw new UsageError(
          'No production build found (.next/BUILD_ID): run `npm run build` first, or pass --base-url of a running server.',
        )
      }
      console.log('Starting the production server…')
      // The production server of `npm start` (src/platform/server/main.ts): pages arrive without Next's runtime.
      // It must not publish on its own (this process publishes) nor seed the database it reads.
      const env: NodeJS.ProcessEnv = { ...process.env, SEED_ON_START: 'false', PAYLOAD_MIGRATING: '' }
      delete env.PUBLISH_DIR
      server = await startAppServer({ env, readyPath: `/editions/${args.year}` })
    }
    const baseUrl = (args.baseUrl ?? server!.baseUrl).replace(/\/$/, '')
    if (!publishDir) temporaryDir = fs.mkdtempSync(path.join(os.tmpdir(), 'commons-hub-archive-publish-'))
    source = publishedSource({
      dir: publishDir ?? temporaryDir!,
      fetchPage: (urlPath) => fetchFrom(baseUrl, urlPath),
      origin: baseUrl,
      // A failed render is reported below, with its status, as a broken link.
      log: () => {},
    })
    const liveSite = (args.siteUrl ?? process.env.NEXT_PUBLIC_SERVER_URL ?? baseUrl).replace(/\/$/, '')
    const content = await editionContent(payload, edition, liveSite)
    fs.mkdirSync(args.out, { recursive: true })
    let bar: Progress | undefined
    const aliases: Record<string, string> = edition.isCurrent
      ? { '/': `/editions/${edition.year}`, '/fr': `/fr/editions/${edition.year}` }
      : {}
    const report = await exportEdition({
      source: source.fetchPage,
      origin: baseUrl,
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
    source?.close()
    if (temporaryDir) fs.rmSync(temporaryDir, { recursive: true, force: true })
    await server?.stop()
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
