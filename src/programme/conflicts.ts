import { relationId } from '../platform/relations'
import { toTime } from './timing'

/**
 * Scheduling conflicts an editor should know about without being stopped: two sessions at the same
 * time in the same room, or a speaker booked in two sessions at once. Computed, never stored, so a
 * change to one session shows on the other at once.
 */
export type SchedulableSession = {
  id?: number | string
  title?: string | null
  start?: unknown
  end?: unknown
  /** A room of the edition: its id, or the room itself when populated. */
  room?: unknown
  speakers?: unknown[] | null
}

export type Conflict =
  | { kind: 'room'; room: number | string; with: { id: number | string | undefined; title: string } }
  | { kind: 'speaker'; speaker: number | string; with: { id: number | string | undefined; title: string } }

/** Two time ranges overlap when each starts before the other ends (back-to-back sessions do not). */
export function overlaps(a: SchedulableSession, b: SchedulableSession): boolean {
  const [aStart, aEnd, bStart, bEnd] = [toTime(a.start), toTime(a.end), toTime(b.start), toTime(b.end)]
  if (aStart === null || aEnd === null || bStart === null || bEnd === null) return false
  return aStart < bEnd && bStart < aEnd
}

/** Rooms are chosen from the edition's list: the same room is the same id. */
export function sameRoom(a: unknown, b: unknown): boolean {
  const [idA, idB] = [relationId(a), relationId(b)]
  return idA !== undefined && String(idA) === String(idB)
}

function speakerIds(session: SchedulableSession): Array<number | string> {
  return (session.speakers ?? []).map(relationId).filter((id): id is number | string => id !== undefined)
}

export function findConflicts(session: SchedulableSession, others: readonly SchedulableSession[]): Conflict[] {
  const conflicts: Conflict[] = []
  const mine = new Set(speakerIds(session).map(String))
  for (const other of others) {
    if (session.id !== undefined && String(other.id) === String(session.id)) continue
    if (!overlaps(session, other)) continue
    const peer = { id: other.id, title: other.title ?? String(other.id) }
    if (sameRoom(session.room, other.room)) conflicts.push({ kind: 'room', room: relationId(session.room)!, with: peer })
    for (const speaker of speakerIds(other)) {
      if (mine.has(String(speaker))) conflicts.push({ kind: 'speaker', speaker, with: peer })
    }
  }
  return conflicts
}

/** The warning text editors read in the admin (one line per conflict). */
export function describeConflicts(
  conflicts: readonly Conflict[],
  speakerNames: ReadonlyMap<string, string> = new Map(),
  roomNames: ReadonlyMap<string, string> = new Map(),
): string {
  return conflicts
    .map((conflict) =>
      conflict.kind === 'room'
        ? `Room "${roomNames.get(String(conflict.room)) ?? conflict.room}" is also used by "${conflict.with.title}" at the same time.`
        : `${speakerNames.get(String(conflict.speaker)) ?? `Speaker ${conflict.speaker}`} is also booked in "${conflict.with.title}" at the same time.`,
    )
    .join('\n')
}
