import type { Edition } from '../payload-types'
import type { EditionState } from '../editions/read'

/**
 * Whether an edition's call for proposals accepts proposals at `now`: not for a past edition,
 * not before it opens (no opening date: open from publication), not after its deadline (an
 * instant, stored as the end of the deadline day in Europe/Paris).
 */
export function isCfpOpen(cfp: Edition['cfp'], state: EditionState, now: Date): boolean {
  if (state === 'past' || !cfp?.deadline) return false
  const time = now.getTime()
  if (cfp.opensAt && time < new Date(cfp.opensAt).getTime()) return false
  return time <= new Date(cfp.deadline).getTime()
}
