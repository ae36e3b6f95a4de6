import type { ServerProps } from 'payload'
import React from 'react'

import { relationId } from '../../platform/relations'
import { findConflicts, type SchedulableSession } from '../conflicts'
import Link from 'next/link'

/**
 * "Sessions with conflicts" above the Programme list. Conflicts are computed, never stored (so they
 * cannot go stale), which means the database cannot filter on them: this finds the sessions that clash
 * with the shared rules (src/programme/conflicts.ts) and links to the list filtered to their ids.
 */
type Session = SchedulableSession & { id: number | string; edition?: unknown }

export async function conflictingSessionIds(payload: ServerProps['payload']): Promise<Array<number | string>> {
  const { docs } = await payload.find({
    collection: 'sessions',
    depth: 0,
    draft: true,
    pagination: false,
    overrideAccess: true,
    select: { title: true, start: true, end: true, room: true, speakers: true, edition: true },
  })
  const byEdition = new Map<string, Session[]>()
  for (const session of docs as Session[]) {
    const key = String(relationId(session.edition))
    byEdition.set(key, [...(byEdition.get(key) ?? []), session])
  }
  const ids: Array<number | string> = []
  for (const sessions of byEdition.values()) {
    for (const session of sessions) {
      if (findConflicts(session, sessions).length > 0) ids.push(session.id)
    }
  }
  return ids
}

export async function ConflictFilter({ payload, user }: ServerProps) {
  const role = (user as { role?: string } | undefined)?.role
  if (role !== 'admin' && role !== 'editor') return null
  const ids = await conflictingSessionIds(payload)
  const filtered = `?${ids.map((id, index) => `where[id][in][${index}]=${encodeURIComponent(String(id))}`).join('&')}`
  return (
    <p style={{ margin: '0 0 1rem', display: 'flex', gap: '1.5rem', alignItems: 'baseline' }}>
      {ids.length === 0 ? (
        <span>No scheduling conflicts.</span>
      ) : (
        <>
          <a href={`/admin/collections/sessions${filtered}`} style={{ fontWeight: 600 }}>
            Show the {ids.length} sessions with conflicts
          </a>
          <Link href="/admin/collections/sessions">Show all sessions</Link>
        </>
      )}
    </p>
  )
}
