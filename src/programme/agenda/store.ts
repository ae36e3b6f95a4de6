import type { Payload } from 'payload'

import { relationId } from '../../platform/relations'
import { isAgendaKey, newAgendaKey } from './key'

export type StoredAgenda = { key: string; edition: string; sessions: string[] }

type AgendaDoc = { id: number | string; key: string; edition: unknown; sessions?: unknown[] | null }

function toStored(doc: AgendaDoc): StoredAgenda {
  return {
    key: doc.key,
    edition: String(relationId(doc.edition)),
    sessions: (doc.sessions ?? [])
      .map(relationId)
      .filter((id) => id !== undefined)
      .map(String),
  }
}

async function findDoc(payload: Payload, key: string): Promise<AgendaDoc | null> {
  if (!isAgendaKey(key)) return null
  const { docs } = await payload.find({ collection: 'agendas', where: { key: { equals: key } }, limit: 1, depth: 0, overrideAccess: true })
  return (docs[0] as AgendaDoc | undefined) ?? null
}

export async function findAgenda(payload: Payload, key: string): Promise<StoredAgenda | null> {
  const doc = await findDoc(payload, key)
  return doc ? toStored(doc) : null
}

/**
 * Creates an agenda (no key given, or an unknown one) or replaces the sessions of the agenda with that
 * key, in that edition. The caller has checked the session ids against the public programme.
 */
export async function saveAgenda(
  payload: Payload,
  input: { key?: string | null; edition: number | string; sessions: string[] },
): Promise<StoredAgenda> {
  const existing = input.key ? await findDoc(payload, input.key) : null
  // Relationship ids as the database has them (numbers on SQLite, strings on MongoDB).
  const dbId = (id: number | string) => (payload.db.defaultIDType === 'number' ? Number(id) : String(id))
  const sessions = input.sessions.map(dbId) as never
  if (existing && String(relationId(existing.edition)) === String(input.edition)) {
    const doc = await payload.update({ collection: 'agendas', id: existing.id, data: { sessions }, depth: 0, overrideAccess: true })
    return toStored(doc as unknown as AgendaDoc)
  }
  const doc = await payload.create({
    collection: 'agendas',
    data: { key: newAgendaKey(), edition: dbId(input.edition), sessions } as never,
    depth: 0,
    overrideAccess: true,
  })
  return toStored(doc as unknown as AgendaDoc)
}
