import type { PayloadRequest } from 'payload'

import { relationId } from '../../platform/relations'
import { findOrCreateSpeaker } from '../../speakers/findOrCreateSpeaker'

/**
 * On acceptance, every accepted co-speaker becomes (or is matched to) a speaker of the edition and is
 * added to the session next to the submitter. Running it again adds nobody twice.
 */
type Row = { id?: string; name?: string; status?: string; speaker?: unknown }

export async function linkCoSpeakers(
  req: PayloadRequest,
  proposalId: number | string,
  edition: number | string,
  sessionId: number | string,
): Promise<Array<number | string>> {
  const proposal = await req.payload.findByID({ collection: 'proposals', id: proposalId, depth: 0, overrideAccess: true, req })
  const rows = ((proposal as unknown as { coSpeakers?: Row[] }).coSpeakers ?? []).map((row) => ({ ...row }))
  const linked: Array<number | string> = []
  let changed = false
  for (const row of rows) {
    if (row.status !== 'accepted' || !row.name) continue
    const speaker = await findOrCreateSpeaker(req, { name: row.name }, edition)
    linked.push(speaker.id)
    if (String(relationId(row.speaker)) !== String(speaker.id)) {
      row.speaker = speaker.id
      changed = true
    }
  }
  if (changed) {
    await req.payload.update({
      collection: 'proposals',
      id: proposalId,
      data: { coSpeakers: rows } as never,
      depth: 0,
      overrideAccess: true,
      req,
    })
  }
  if (linked.length === 0) return linked
  const session = await req.payload.findByID({ collection: 'sessions', id: sessionId, depth: 0, draft: true, overrideAccess: true, req })
  const current = ((session as unknown as { speakers?: unknown[] }).speakers ?? []).map(relationId).filter((id) => id !== undefined)
  const missing = linked.filter((id) => !current.some((present) => String(present) === String(id)))
  if (missing.length > 0) {
    await req.payload.update({
      collection: 'sessions',
      id: sessionId,
      data: { speakers: [...current, ...missing] as never },
      depth: 0,
      draft: true,
      overrideAccess: true,
      req,
    })
  }
  return linked
}
