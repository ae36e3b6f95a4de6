import { EVENT_TIME_ZONE } from '../platform/dates'
import type { ProgrammeRoom, ProgrammeSession } from './model'

/**
 * How the programme is laid out: by day (in the event's time zone, not the server's), then by start
 * time, sessions running at the same time side by side in room order.
 */
type TimeSlot = { start: string; sessions: ProgrammeSession[] }
export type ProgrammeDay = { date: string; slots: TimeSlot[] }

const collator = new Intl.Collator('en', { numeric: true, sensitivity: 'base' })

/** Rooms in the editors' order, then by name; no room last. */
export function compareRooms(a: ProgrammeRoom | null, b: ProgrammeRoom | null): number {
  if (a?.id === b?.id) return 0
  if (a === null) return 1
  if (b === null) return -1
  return a.order - b.order || collator.compare(a.name, b.name) || collator.compare(a.id, b.id)
}

/** Start time, then room (sessions without a room last), then title: the same order everywhere. */
function compareSessions(a: ProgrammeSession, b: ProgrammeSession): number {
  const byStart = Date.parse(a.start) - Date.parse(b.start)
  if (byStart !== 0) return byStart
  const byRoom = compareRooms(a.room, b.room)
  if (byRoom !== 0) return byRoom
  return collator.compare(a.title, b.title) || collator.compare(a.id, b.id)
}

export function sortSessions(sessions: readonly ProgrammeSession[]): ProgrammeSession[] {
  return [...sessions].sort(compareSessions)
}

const dayFormat = new Intl.DateTimeFormat('en-CA', { timeZone: EVENT_TIME_ZONE, year: 'numeric', month: '2-digit', day: '2-digit' })

/** The calendar day (YYYY-MM-DD) of an instant in Paris: a 00:30 session belongs to that Paris day. */
export function eventDay(iso: string): string {
  return dayFormat.format(new Date(iso))
}

export function groupByDay(sessions: readonly ProgrammeSession[]): ProgrammeDay[] {
  const days = new Map<string, Map<string, ProgrammeSession[]>>()
  for (const session of sortSessions(sessions)) {
    const date = eventDay(session.start)
    const slots = days.get(date) ?? new Map<string, ProgrammeSession[]>()
    const slot = slots.get(session.start) ?? []
    slot.push(session)
    slots.set(session.start, slot)
    days.set(date, slots)
  }
  return [...days].map(([date, slots]) => ({
    date,
    slots: [...slots].map(([start, inSlot]) => ({ start, sessions: inSlot })),
  }))
}

/** The themes that have at least one session: only those get a filter link. */
export function themesInUse(sessions: readonly ProgrammeSession[]): Array<ProgrammeSession['themes'][number]> {
  const seen = new Map<string, ProgrammeSession['themes'][number]>()
  for (const session of sessions) for (const theme of session.themes) if (!seen.has(theme.slug)) seen.set(theme.slug, theme)
  return [...seen.values()]
}

export function sessionsWithTheme(sessions: readonly ProgrammeSession[], themeSlug: string): ProgrammeSession[] {
  return sessions.filter((session) => session.themes.some((theme) => theme.slug === themeSlug))
}

export function sessionsOfSpeaker(sessions: readonly ProgrammeSession[], speakerId: number | string): ProgrammeSession[] {
  return sessions.filter((session) => session.speakers.some((speaker) => speaker.id === String(speakerId)))
}
