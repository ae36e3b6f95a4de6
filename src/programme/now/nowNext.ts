import type { ProgrammeRoom, ProgrammeSession } from '../model'
import { compareRooms, eventDay, sortSessions } from '../schedule'

/**
 * What runs now and next, per room, at an instant: pure, so jest checks slot edges and the DST change.
 * A session runs from its start (included) to its end (excluded): at 10:00 a 09:00–10:00 session is
 * over and a 10:00 one runs. Sessions without a room (breaks, plenaries) concern every room: they get
 * their own row, "everyone".
 */
export type RoomNow = { room: ProgrammeRoom | null; now: ProgrammeSession | null; next: ProgrammeSession | null }

export type NowState =
  | { phase: 'empty' }
  | { phase: 'before'; first: ProgrammeSession; rooms: RoomNow[]; nextBoundary: string }
  | { phase: 'during'; rooms: RoomNow[]; nextBoundary: string }
  | { phase: 'after'; first: ProgrammeSession; last: ProgrammeSession }

const runs = (session: ProgrammeSession, t: number) => Date.parse(session.start) <= t && t < Date.parse(session.end)

/** The next instant after `t` at which something starts or ends (when the page must change). */
export function nextBoundary(sessions: readonly ProgrammeSession[], t: number): string | null {
  let best: number | null = null
  for (const session of sessions) {
    for (const edge of [Date.parse(session.start), Date.parse(session.end)]) {
      if (edge > t && (best === null || edge < best)) best = edge
    }
  }
  return best === null ? null : new Date(best).toISOString()
}

export function nowAndNext(sessions: readonly ProgrammeSession[], at: Date): NowState {
  const sorted = sortSessions(sessions)
  const t = at.getTime()
  if (sorted.length === 0) return { phase: 'empty' }
  const first = sorted[0]!
  const last = sorted.reduce((latest, session) => (Date.parse(session.end) > Date.parse(latest.end) ? session : latest), first)
  if (t >= Date.parse(last.end)) return { phase: 'after', first, last }
  const groups = new Map<string, { room: ProgrammeRoom | null; sessions: ProgrammeSession[] }>()
  for (const session of sorted) {
    const key = session.room?.id ?? ''
    const group = groups.get(key) ?? { room: session.room, sessions: [] }
    group.sessions.push(session)
    groups.set(key, group)
  }
  const rooms = [...groups.values()]
    .sort((a, b) => compareRooms(a.room, b.room))
    .map(({ room, sessions: inRoom }): RoomNow => {
      const now = inRoom.find((session) => runs(session, t)) ?? null
      const next = inRoom.find((session) => Date.parse(session.start) > t && session !== now) ?? null
      return { room, now, next }
    })
    .filter((row) => row.now || row.next)
  const boundary = nextBoundary(sorted, t)!
  if (t < Date.parse(first.start)) return { phase: 'before', first, rooms, nextBoundary: boundary }
  return { phase: 'during', rooms, nextBoundary: boundary }
}

/** The Paris days the event runs on (for "the event is on 1–3 December"). */
export function eventDays(sessions: readonly ProgrammeSession[]): string[] {
  return [...new Set(sessions.map((session) => eventDay(session.start)))].sort()
}

/** The start of the slot running at `t` on the programme page (sessions running now), if any. */
export function currentSlotStarts(sessions: readonly ProgrammeSession[], at: Date): Set<string> {
  const t = at.getTime()
  return new Set(sessions.filter((session) => runs(session, t)).map((session) => session.start))
}
