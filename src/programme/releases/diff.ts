import type { ProgrammeSnapshot, SnapshotSession } from './snapshot'

/**
 * What changed between two programme releases, session by session. A session is matched by its id,
 * which survives every edit, so a renamed and moved session is one change with two kinds, not a
 * cancellation plus an addition.
 */
export type ChangeKind = 'added' | 'cancelled' | 'time' | 'room' | 'renamed' | 'speakers'

export type SessionChange = {
  session: string
  kinds: ChangeKind[]
  /** As the previous release had it (null when added). */
  before: SnapshotSession | null
  /** As this release has it (null when cancelled). */
  after: SnapshotSession | null
}

const sameText = (a: SnapshotSession['title'], b: SnapshotSession['title']) => a.en === b.en && (a.fr ?? '') === (b.fr ?? '')
const sameInstant = (a: string, b: string) => Date.parse(a) === Date.parse(b)
const speakerSet = (session: SnapshotSession) => [...new Set(session.speakers.map((speaker) => speaker.id))].sort().join(',')

function changeKinds(before: SnapshotSession, after: SnapshotSession): ChangeKind[] {
  const kinds: ChangeKind[] = []
  if (!sameInstant(before.start, after.start) || !sameInstant(before.end, after.end)) kinds.push('time')
  if ((before.room?.id ?? null) !== (after.room?.id ?? null)) kinds.push('room')
  if (!sameText(before.title, after.title)) kinds.push('renamed')
  if (speakerSet(before) !== speakerSet(after)) kinds.push('speakers')
  return kinds
}

/** Every session that differs, in the new programme's order, cancelled ones last (in the old order). */
export function diffProgrammes(previous: ProgrammeSnapshot, next: ProgrammeSnapshot): SessionChange[] {
  const before = new Map(previous.map((session) => [session.id, session]))
  const after = new Set(next.map((session) => session.id))
  const changes: SessionChange[] = []
  for (const session of next) {
    const old = before.get(session.id)
    const kinds = old ? changeKinds(old, session) : (['added'] as ChangeKind[])
    if (kinds.length > 0) changes.push({ session: session.id, kinds, before: old ?? null, after: session })
  }
  for (const session of previous) {
    if (!after.has(session.id)) changes.push({ session: session.id, kinds: ['cancelled'], before: session, after: null })
  }
  return changes
}
