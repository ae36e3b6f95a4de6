import type { FieldHook, Where } from 'payload'

import { hasRole } from '../../platform/access/roles'
import { relationId } from '../../platform/relations'
import { describeConflicts, findConflicts, type SchedulableSession } from '../conflicts'

/**
 * The `conflicts` field of a session, computed when an editor reads it (admin form, list column, API):
 * the other sessions of its edition that overlap it in the same room or share a speaker. Never stored,
 * so it cannot go stale when the other session moves; never blocks a save.
 */
export const computeSessionConflicts: FieldHook = async ({ data, req }) => {
  if (!hasRole(req.user, 'admin', 'editor') || !data) return null
  const session = data as SchedulableSession & { edition?: unknown }
  const edition = relationId(session.edition)
  if (edition === undefined || !session.start || !session.end) return null
  const where: Where = {
    and: [
      { edition: { equals: edition } },
      { start: { less_than: session.end } },
      { end: { greater_than: session.start } },
      ...(session.id !== undefined ? [{ id: { not_equals: session.id } }] : []),
    ],
  }
  // `select` leaves this field out of the nested read, so the hook does not run again on the others.
  const { docs } = await req.payload.find({
    collection: 'sessions',
    where,
    depth: 0,
    draft: true,
    pagination: false,
    overrideAccess: true,
    select: { title: true, start: true, end: true, room: true, speakers: true },
    req,
  })
  const conflicts = findConflicts(session, docs as SchedulableSession[])
  if (conflicts.length === 0) return null
  const names = await namesOf(
    'speakers',
    'name',
    conflicts.flatMap((conflict) => (conflict.kind === 'speaker' ? [conflict.speaker] : [])),
    req,
  )
  const rooms = await namesOf(
    'rooms',
    'name',
    conflicts.flatMap((conflict) => (conflict.kind === 'room' ? [conflict.room] : [])),
    req,
  )
  return describeConflicts(conflicts, names, rooms)
}

async function namesOf(
  collection: 'speakers' | 'rooms',
  field: 'name',
  ids: Array<number | string>,
  req: Parameters<FieldHook>[0]['req'],
): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map()
  const { docs } = await req.payload.find({
    collection,
    where: { id: { in: [...new Set(ids.map(String))] } },
    depth: 0,
    ...(collection === 'speakers' ? { draft: true } : {}),
    pagination: false,
    overrideAccess: true,
    select: { [field]: true },
    req,
  })
  return new Map(docs.map((doc) => [String(doc.id), String((doc as Record<string, unknown>)[field] ?? doc.id)]))
}
