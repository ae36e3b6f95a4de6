import type { PayloadRequest } from 'payload'

import { relationId } from '../platform/relations'
import { normaliseName } from './nameKey'

export type SpeakerCandidate = {
  name: string
  affiliation?: string
  /** Lexical rich text, as stored. */
  bio?: unknown
  links?: Array<{ label: string; url: string }>
}

export type FoundSpeaker = { id: number | string; created: boolean; matchedBy: 'name' | 'created' }

/**
 * The speaker of this name for this edition: an existing speaker whose normalised name is the same
 * (the same person speaking again; case, accents, punctuation and spacing aside) gets the edition
 * added; otherwise a new draft speaker is made from the candidate. Matching by name alone may join
 * two namesakes: the editor sees the link and can change it before the programme is published.
 * The one place speakers are matched (accepting a proposal, its co-speakers).
 */
export async function findOrCreateSpeaker(
  req: PayloadRequest,
  candidate: SpeakerCandidate,
  edition: number | string,
): Promise<FoundSpeaker> {
  const name = candidate.name.trim()
  const key = normaliseName(name)
  if (!key) throw new Error('A speaker needs a name.')
  const found = await req.payload.find({
    collection: 'speakers',
    where: { nameKey: { equals: key } },
    depth: 0,
    draft: true,
    limit: 1,
    sort: 'createdAt',
    overrideAccess: true,
    req,
    select: { editions: true },
  })
  const match = found.docs[0]
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

/** Adds the edition to the speaker's editions unless it is there already. */
export async function addSpeakerEdition(req: PayloadRequest, speakerId: number | string, current: unknown, edition: number | string) {
  const editions = (Array.isArray(current) ? current : []).map(relationId).filter((id) => id !== undefined)
  if (editions.some((id) => String(id) === String(edition))) return
  await req.payload.update({
    collection: 'speakers',
    id: speakerId,
    data: { editions: [...editions, edition] as never },
    depth: 0,
    overrideAccess: true,
    req,
  })
}
