import { parisOffsetMinutes, parisWallClock } from '../../platform/dates'

/**
 * The schedule board's grid: Paris wall-clock days and 5-minute steps, converted to and from UTC
 * instants (the database's), correct on daylight-saving days. Pure, shared by the board and its tests.
 */
export const STEP_MINUTES = 5
export const DAY_START = 8 * 60
export const DAY_END = 20 * 60

/** The Paris day and minutes since Paris midnight of an instant. */
export function parisSlot(iso: string): { day: string; minutes: number } {
  const clock = parisWallClock(new Date(iso))
  return { day: `${clock.year}-${clock.month}-${clock.day}`, minutes: Number(clock.hour) * 60 + Number(clock.minute) }
}

/** The UTC instant of a Paris wall-clock time (day "YYYY-MM-DD", minutes since midnight). */
export function parisInstant(day: string, minutes: number): string {
  const [year, month, date] = day.split('-').map(Number) as [number, number, number]
  const naive = Date.UTC(year, month - 1, date, 0, minutes)
  // The offset at the guess, then at the corrected instant (they differ only next to a DST change).
  let instant = naive - parisOffsetMinutes(new Date(naive)) * 60_000
  instant = naive - parisOffsetMinutes(new Date(instant)) * 60_000
  return new Date(instant).toISOString()
}

const snap = (minutes: number) => Math.round(minutes / STEP_MINUTES) * STEP_MINUTES

/** The days from an edition's start to its end (Paris days), or the given fallback. */
export function editionDays(startDate: string | null | undefined, endDate: string | null | undefined): string[] {
  if (!startDate) return []
  const first = parisSlot(startDate).day
  const last = endDate ? parisSlot(endDate).day : first
  const days: string[] = []
  for (let t = Date.parse(`${first}T12:00:00Z`); days.length < 14; t += 86_400_000) {
    const day = new Date(t).toISOString().slice(0, 10)
    days.push(day)
    if (day >= last) break
  }
  return days
}

export type Placement = { day: string; start: number; end: number; room: string | null }

/** Moves a placement by whole steps, kept inside the day's grid. */
export function move(p: Placement, minutes: number): Placement {
  const length = p.end - p.start
  const start = Math.min(Math.max(DAY_START, snap(p.start + minutes)), DAY_END - length)
  return { ...p, start, end: start + length }
}

/** Changes the end by whole steps; a session lasts at least one step. */
export function resize(p: Placement, minutes: number): Placement {
  const end = Math.min(DAY_END, Math.max(p.start + STEP_MINUTES, snap(p.end + minutes)))
  return { ...p, end }
}

export function toInstants(p: Placement): { start: string; end: string } {
  return { start: parisInstant(p.day, p.start), end: parisInstant(p.day, p.end) }
}

export const clockLabel = (minutes: number) =>
  `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`
