/**
 * `npm run seed`: create the seed content that is missing, print what was created, change nothing else.
 * Run as plain JavaScript by scripts/ts.mjs (`payload run` goes through tsx, which stalls on Node 20).
 */
import { getPayload } from 'payload'

import { seed } from './seed'

async function main(): Promise<number> {
  const started = Date.now()
  // .env is read as `payload run` did; the config is imported here so a bad DATABASE_URI or
  // PAYLOAD_SECRET ends as one line below, not a stack trace.
  const { loadEnv } = await import('payload/node')
  loadEnv()
  const { default: config } = await import('@payload-config')
  const payload = await getPayload({ config })
  try {
    const report = await seed(payload)
    for (const label of report.created) console.log(`created  ${label}`)
    console.log(
      `Seed done in ${Date.now() - started} ms: ${report.created.length} created, ${report.kept.length} already there (left unchanged).`,
    )
    return 0
  } finally {
    await payload.destroy()
  }
}

const exitCode = await main().catch((error: unknown) => {
  const message = error instanceof Error ? error.message : String(error)
  console.error(`Seed failed: ${message}`)
  return 1
})
process.exit(exitCode)
