import type { Payload } from 'payload'

import { clientAddress } from '../../cfp/submit/clientIp'
import { consumeRateLimit } from '../../platform/rateLimit'

/**
 * Saves of the agenda form per visitor address, counted in the database (src/platform/rateLimit) so the
 * limit holds across app processes: AGENDA_RATE_LIMIT posts per AGENDA_RATE_WINDOW_MS (default 20 per
 * 10 minutes), plenty for a person changing their mind, not for a script filling the table.
 */
export type AgendaLimit = { limit: number; windowMs: number }

function positive(value: string | undefined, fallback: number): number {
  const parsed = Number(value)
  return Number.isFinite(parsed) && parsed > 0 ? parsed : fallback
}

export function agendaLimitFromEnv(env: Record<string, string | undefined> = process.env): AgendaLimit {
  return { limit: positive(env['AGENDA_RATE_LIMIT'], 20), windowMs: positive(env['AGENDA_RATE_WINDOW_MS'], 10 * 60_000) }
}

/** null when the post may go on, else the seconds until this address may save again. */
export async function agendaRetryAfter(payload: Payload, headers: Headers, limit: AgendaLimit): Promise<number | null> {
  const result = await consumeRateLimit(payload, { bucket: 'agenda-saves', key: clientAddress(headers), ...limit })
  return result.allowed ? null : Math.max(1, result.retryAfterSeconds)
}
