/**
 * npm run publish [-- --out <dir>] [--base-url http://127.0.0.1:3000]
 *
 * Renders every public page, feed and social image into the publish folder (PUBLISH_DIR, or --out) and
 * removes the files of pages that are gone. Pages are requested from the production server at
 * --base-url, or from `npm start`'s server started here on a free loopback port against DATABASE_URI
 * (needs `npm run build`, PAYLOAD_SECRET and NEXT_PUBLIC_SERVER_URL, as `npm start` does).
 */
import path from 'node:path'

import { createProgress } from '../progress/progress'
import { startAppServer, type AppServer } from './appServer'
import { fetchFrom } from './http'
import { Publisher } from './publisher'

class UsageError extends Error {}

function parseArgs(argv: string[]): { out: string; baseUrl?: string } {
  const values: Record<string, string> = {}
  for (let index = 0; index < argv.length; index++) {
    const match = argv[index]!.match(/^--(out|base-url)(?:=(.*))?$/)
    if (!match) throw new UsageError(`Unexpected argument "${argv[index]}" (known: --out <dir>, --base-url <url>).`)
    const value = match[2] ?? argv[++index]
    if (!value) throw new UsageError(`--${match[1]} needs a value.`)
    values[match[1]!] = value
  }
  const out = values.out ?? process.env.PUBLISH_DIR
  if (!out) throw new UsageError('Set PUBLISH_DIR or pass --out <dir>: the folder to publish into.')
  return { out: path.resolve(out), baseUrl: values['base-url']?.replace(/\/$/, '') }
}

async function main(): Promise<number> {
  const args = parseArgs(process.argv.slice(2))
  let server: AppServer | null = null
  if (!args.baseUrl) {
    // This process publishes: the server it starts must not publish on its own as well.
    const env = { ...process.env }
    delete env.PUBLISH_DIR
    process.stderr.write('publish: starting the production server…\n')
    server = await startAppServer({ env })
  }
  const base = args.baseUrl ?? server!.baseUrl
  const failures: string[] = []
  const publisher = new Publisher({
    dir: args.out,
    fetchPage: (urlPath) => fetchFrom(base, urlPath),
    log: (line) => failures.push(line),
  })
  try {
    const summary = await publisher.publishAll((total) => createProgress({ label: `publish ${args.out}`, total }))
    for (const line of failures) process.stderr.write(`${line}\n`)
    return summary.failed > 0 ? 1 : 0
  } finally {
    publisher.close()
    await server?.stop()
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(
      `publish: ${error instanceof UsageError || !(error instanceof Error) ? String(error instanceof Error ? error.message : error) : (error.stack ?? error.message)}\n`,
    )
    process.exit(error instanceof UsageError ? 2 : 1)
  },
)
