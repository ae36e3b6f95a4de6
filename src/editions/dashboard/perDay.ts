import type { Payload } from 'payload'

import type { Edition } from '../../payload-types'

/**
 * Proposals received per day of the call (Paris days), for the dashboard's live chart: one count query
 * per day on the (edition, createdAt) index, from the day the call opened (or the first proposal came)
 * to today or the deadline. A long call shows its last MAX_DAYS days, the days before as "earlier".
 */

export const MAX_DAYS = 45
const DAY_MS = 24 * 3600 * 1000
const ZONE = 'Europe/Paris'

type DayCount = { day: string; count: number }
export type ProposalsPerDay = { days: DayCount[]; earlier: number; total: number }

/** The calendar day (YYYY-MM-DD) of an instant in Paris. */
export function parisDay(date: Date): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: ZONE, year: 'numeric', month: '2-digit', day: '2-digit' }).format(date)
}

/** The instant a Paris day (YYYY-MM-DD) starts. */
export function parisDayStart(day: string): Date {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number]
  const guess = Date.UTC(y, m - 1, d)
  // Paris is UTC+1 or +2: read the offset at the guess, then once more at the result (DST change days).
  const offset = (at: number) => {
    const parts = Object.fromEntries(
      new Intl.DateTimeFormat('en-GB', {
        timeZone: ZONE,
        hourCycle: 'h23',
        year: 'numeric',
        month: 'numeric',
        day: 'numeric',
        hour: 'numeric',
        minute: 'numeric',
      })
        .formatToParts(new Date(at))
        .map((part) => [part.type, part.value]),
    )
    return Date.UTC(Number(parts.year), Number(parts.month) - 1, Number(parts.day), Number(parts.hour), Number(parts.minute)) - at
  }
  const first = guess - offset(guess)
  return new Date(guess - offset(first))
}

const nextDay = (day: string) => parisDay(new Date(parisDayStart(day).getTime() + DAY_MS + 3 * 3600 * 1000))

export async function loadProposalsPerDay(payload: Payload, edition: Edition, now: Date): Promise<ProposalsPerDay | null> {
  const inEdition = { edition: { equals: edition.id } }
  let from: Date | null = edition.cfp?.opensAt ? new Date(edition.cfp.opensAt) : null
  if (!from) {
    const first = await payload.find({
      collection: 'proposals',
      where: inEdition,
      sort: 'createdAt',
      limit: 1,
      depth: 0,
      overrideAccess: true,
      select: { createdAt: true },
    })
    if (first.docs.length === 0) return null
    from = new Date(first.docs[0]!.createdAt)
  }
  const deadline = edition.cfp?.deadline ? new Date(edition.cfp.deadline) : null
  const until = deadline && deadline < now ? deadline : now
  if (from > until) return null

  const days: string[] = []
  for (let day = parisDay(from), last = parisDay(until); day <= last; day = nextDay(day)) days.push(day)
  const shown = days.slice(-MAX_DAYS)
  const count = async (where: object) =>
    (await payload.count({ collection: 'proposals', where: { and: [inEdition, where] } as never, overrideAccess: true })).totalDocs

  // Sequential: SQLite answers one query at a time anyway, and MongoDB is not flooded.
  const counts: DayCount[] = []
  for (const day of shown) {
    counts.push({
      day,
      count: await count({
        and: [
          { createdAt: { greater_than_equal: parisDayStart(day).toISOString() } },
          { createdAt: { less_than: parisDayStart(nextDay(day)).toISOString() } },
        ],
      }),
    })
  }
  const earlier = await count({ createdAt: { less_than: parisDayStart(shown[0]!).toISOString() } })
  const total = counts.reduce((sum, day) => sum + day.count, earlier)
  return total > 0 ? { days: counts, earlier, total } : null
}
