import type { PayloadRequest } from 'payload'

import { normaliseName } from '../cfp/decisions'
import { relationId } from '../lib/relations'

/**
 * INTERIM copy of the signature branch `proof` brings (src/speakers/findOrCreateSpeaker.ts, matching on
 * a stored normalised name key). At merge, take `proof`'s file: callers (co-speakers) need only this
 * function. Until then it matches like src/cfp/decisions.ts does: by the longest word, then the
 * normalised name.
 */
export type SpeakerCandidate = {
  name: string
  affiliation?: string
  /** Lexical rich text, as stored. */
  bio?: unknown
  links?: Array<{ label: string; url: string }>
}

export type FoundSpeaker = { id: number | string; created: boolean; matchedBy: 'name' | 'created' }

export async function findOrCreateSpeaker(req: PayloadRequest, candidate: SpeakerCandidate, edition: number | string): Promise<FoundSpeaker> {
  const name = candidate.name.trim()
  const wanted = normaliseName(name)
  if (!wanted) throw new Error('A speaker needs a name.')
  const word = wanted.split(' ').sort((a, b) => b.length - a.length)[0] ?? wanted
  const { docs } = await req.payload.find({
    collection: 'speakers',
    where: { name: { like: word } },
    depth: 0,
    draft: true,
    pagination: false,
    overrideAccess: true,
    req,
    select: { name: true, editions: true },
  })
  const match = docs.find((speaker) => normaliseName(String(speaker.name ?? '')) === wanted)
  if (match) {
    await addSpeakerEdition(req, match.id, match.editions, edition)
    return { id: match.id, created: false, matchedBy: 'name' }
  }
  const created = await req.payload.create({
    collection: 'speakers',
    data: {
      name,
      ...(candidate.affiliation ? { affiliation: candidate.affiliation } : {}),
      ...(candidate.bio ? { bio: candidate.bio as never } : {}),
      links: candidate.links ?? [],
      editions: [edition] as never,
      _status: 'draft',
    },
    draft: true,
    depth: 0,
    overrideAccess: true,
    req,
  })
  return { id: created.id, created: true, matchedBy: 'created' }
}

export async function addSpeakerEdition(req: PayloadRequest, speakerId: number | string, current: unknown, edition: number | string) {
  const editions = (Array.isArray(current) ? current : []).map(relationId).filter((id) => id !== undefined)
  if (editions.some((id) => String(id) === String(edition))) return
  await req.payload.update({ collection: 'speakers', id: speakerId, data: { editions: [...editions, edition] as never }, depth: 0, overrideAccess: true, req })
}
