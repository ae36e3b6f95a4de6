import type { Payload } from 'payload'

import { editionsOf } from '../../editions/editionRelation'
import { relationId } from '../../platform/relations'
import { outboxWhere } from './release'

/** One line of the Decisions outbox: a pending decision, or a released one whose email failed. */
type OutboxItem = {
  id: number | string
  reference: string
  title: string
  status: string
  kind: string
  locale: string
  subject: string
  emailStatus: string
  error: string | null
  pending: boolean
}

type OutboxGroup = { edition: { id: number | string; year: number | null; title: string }; items: OutboxItem[] }

/** The outbox, per edition (newest first), each edition's proposals by reference. */
export async function readOutbox(payload: Payload): Promise<OutboxGroup[]> {
  const { docs } = await payload.find({
    collection: 'proposals',
    where: outboxWhere(),
    sort: 'reference',
    depth: 0,
    pagination: false,
    overrideAccess: true,
    select: { reference: true, title: true, status: true, edition: true, decisionEmail: true, decisionPending: true },
  })
  const editions = await editionsOf(payload, docs)
  const groups = new Map<string, OutboxGroup>()
  for (const edition of [...editions].sort((a, b) => (b.year ?? 0) - (a.year ?? 0))) {
    groups.set(String(edition.id), {
      edition: { id: edition.id, year: edition.year ?? null, title: String(edition.title ?? '') },
      items: [],
    })
  }
  for (const doc of docs) {
    const group = groups.get(String(relationId(doc.edition)))
    if (!group) continue
    const email = (doc.decisionEmail ?? {}) as Record<string, unknown>
    group.items.push({
      id: doc.id,
      reference: String(doc.reference ?? ''),
      title: String(doc.title ?? ''),
      status: String(doc.status ?? ''),
      kind: String(email.kind ?? ''),
      locale: String(email.locale ?? ''),
      subject: String(email.subject ?? ''),
      emailStatus: String(email.status ?? ''),
      error: typeof email.error === 'string' ? email.error : null,
      pending: doc.decisionPending === true,
    })
  }
  return [...groups.values()].filter((group) => group.items.length > 0)
}
