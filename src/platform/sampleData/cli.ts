/**
 * npm run sample-data -- --scale N [--i-know-this-is-sample-data]   (bundled and run by scripts/ts.mjs)
 *
 * Fills a NEW SQLite database (DATABASE_URI=file:<path that does not exist>) with N units of sample
 * data (src/platform/sampleData/generate.ts): the schema comes from the committed migrations, then the
 * seed's real content is NOT added; only sample editions (years 2071…). Progress on stderr, one summary
 * line at the end.
 */
import { checkSampleTarget } from './guard'

process.env.SEED_ON_START = 'false'
// No development schema push: the committed migrations make the schema, as in production.
process.env.PAYLOAD_MIGRATING = 'true'

async function main(): Promise<number> {
  const argv = process.argv.slice(2)
  const scaleAt = argv.indexOf('--scale')
  const scale = Number(scaleAt >= 0 ? argv[scaleAt + 1] : argv.find((arg) => arg.startsWith('--scale='))?.slice(8))
  if (!Number.isInteger(scale) || scale < 1 || scale > 30) {
    console.error('sample-data: --scale N is required (a whole number from 1 to 30: sample years run from 2071 to 2100).')
    return 2
  }
  const guard = checkSampleTarget(process.env.DATABASE_URI, argv)
  if (!guard.ok) {
    console.error(`sample-data: refused. ${guard.reason}`)
    return 2
  }
  const started = Date.now()
  const { getPayload } = await import('payload')
  const { default: config } = await import('@payload-config')
  const payload = await getPayload({ config })
  let done = false
  try {
    if (guard.creates) {
      // The migrations' list, not their folder: bundled, the .ts files cannot be imported one by one.
      const { migrations } = await import('../../migrations')
      await payload.db.migrate({ migrations: migrations as never })
    }
    const { generateSampleData, sampleEditor } = await import('./generate')
    await sampleEditor(payload, process.env.SAMPLE_EDITOR_PASSWORD)
    const summary = await generateSampleData(payload, scale)
    console.log(
      `sample-data: ${summary.editions} editions (${summary.years.join(', ')}), ${summary.themes} themes, ${summary.speakers} speakers, ${summary.sessions} sessions, ${summary.proposals} proposals, ${summary.reviews} reviews in ${((Date.now() - started) / 1000).toFixed(1)} s`,
    )
    done = true
    return 0
  } finally {
    await payload.destroy()
    // A file this command created and did not finish is removed: it is nobody's database.
    if (!done && guard.creates) {
      const fs = await import('node:fs')
      for (const suffix of ['', '-wal', '-shm']) fs.rmSync(`${guard.creates}${suffix}`, { force: true })
    }
  }
}

const exitCode = await main().catch((error: unknown) => {
  console.error(`sample-data: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`)
  return 1
})
process.exit(exitCode)
