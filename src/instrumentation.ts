/**
 * Runs once when the Next.js server starts. In production it checks the environment and opens the
 * database (running migrations, seeding an empty one) before the first visitor arrives, and stops
 * the server with one clear line when something is wrong instead of answering 500s.
 */
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return
  if (process.env.NODE_ENV !== 'production' || process.env.NEXT_PHASE === 'phase-production-build') return
  const { startProductionServer } = await import('./platform/env/startup')
  await startProductionServer()
}
