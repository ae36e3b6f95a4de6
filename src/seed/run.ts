/**
 * `npm run seed`: create the seed content that is missing, print what was created, change nothing else.
 * Run through `payload run`, which loads payload.config.ts.
 */
import { getPayload } from 'payload'

import config from '@payload-config'

import { SeedDataError } from './data'
import { seed } from './seed'

async function main(): Promise<number> {
  const started = Date.now()
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

// Top-level await: `payload run` exits as soon as this module's evaluation finishes.
const exitCode = await main().catch((error: unknown) => {
  const message = error instanceof SeedDataError || error instanceof Error ? error.message : String(error)
  console.error(`Seed failed: ${message}`)
  return 1
})
process.exit(exitCode)
