import { factories } from '../helpers/factories'
import { startTestPayload } from '../helpers/testPayload'

/**
 * What the programme's test files start from: a throwaway database holding the current sample edition
 * (2026 unless told), and the factories. Import it after `mockNextCache()`.
 */
export async function startWithEdition(year = 2026, data: Record<string, unknown> = {}) {
  const ctx = await startTestPayload()
  const make = factories(ctx.payload)
  const edition = await make.edition(year, { status: 'current', ...data })
  return { ctx, payload: ctx.payload, make, edition }
}
