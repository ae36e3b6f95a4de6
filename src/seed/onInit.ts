import type { Payload } from 'payload'

/**
 * First start on an empty database: seed it, so `npm run dev` (or a fresh production
 * deployment) shows the real content at once. SEED_ON_START=false turns this off (tests do).
 */
export async function seedOnFirstStart(payload: Payload): Promise<void> {
  if (process.env.SEED_ON_START === 'false') return
  const { totalDocs } = await payload.count({ collection: 'editions', overrideAccess: true })
  if (totalDocs > 0) return
  // Loaded only when needed: the seed files are read from disk, not bundled into every page.
  const { seed } = await import('./seed')
  const started = Date.now()
  const report = await seed(payload)
  payload.logger.info(
    `Seeded the empty database in ${Date.now() - started} ms: ${report.created.length} documents created (${report.created.join(', ')})`,
  )
}
