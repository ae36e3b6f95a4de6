import type { PayloadRequest, Where } from 'payload'

import { hasRole } from '../../platform/access'
import { relationId } from '../../platform/relations'
import { toLexical } from '../../platform/richText/lexical'
import { addSpeakerEdition, findOrCreateSpeaker } from '../../speakers/findOrCreateSpeaker'
import { normaliseName } from '../../speakers/nameKey'
import { withLock } from '../../platform/locks/lock'
import { retryTransient } from '../../platform/db/retry'
import { linkCoSpeakers } from '../coSpeakers/acceptance'
import { assertTransition, isProposalStatus } from '../statusTransitions'
import { HttpError } from '../../platform/http/errors'

/**
 * Accepting a proposal, in one editor action: the proposal becomes `accepted` (its decision email is
 * prepared by the proposal's hook), its speaker is found or created, and a draft programme session is
 * created from it. Running it again, or twice at once in any process, creates nothing more.
 */
export type AcceptResult = {
  proposal: { id: number | string; status: string; statusChanged: boolean }
  speaker: { id: number | string; created: boolean; matchedBy: 'proposal' | 'name' | 'created' }
  session: { id: number | string; created: boolean }
}

type ProposalDoc = {
  id: number | string
  status?: unknown
  title?: unknown
  abstract?: unknown
  format?: unknown
  durationWish?: unknown
  edition?: unknown
  themes?: unknown
  bio?: unknown
  links?: Array<{ label?: string; url?: string }> | null
  speaker?: unknown
  submitter?: { name?: unknown; affiliation?: unknown } | null
}

/**
 * One acceptance at a time per proposal, across every app process (a database lock): a double click
 * or two editors cannot create two speakers or sessions. The second runs after the first and finds
 * everything in place. A transient MongoDB conflict runs the acceptance again (it is idempotent).
 */
export function acceptProposal(req: PayloadRequest, id: number | string): Promise<AcceptResult> {
  return withLock(req.payload, `accept-proposal:${String(id)}`, () => retryTransient(() => runAcceptance(req, id)))
}

async function runAcceptance(req: PayloadRequest, id: number | string): Promise<AcceptResult> {
  const proposal = (await req.payload.findByID({
    collection: 'proposals',
    id,
    depth: 0,
    overrideAccess: true,
    req,
    disableErrors: true,
  })) as unknown as ProposalDoc | null
  if (!proposal) throw new HttpError('No proposal with this id.', 404)
  if (!isProposalStatus(proposal.status)) throw new HttpError('The proposal has no valid status.', 409)
  const edition = relationId(proposal.edition)
  if (edition === undefined) throw new HttpError('The proposal belongs to no edition.', 409)

  let statusChanged = false
  if (proposal.status !== 'accepted') {
    // Same graph as the status field (a clear 400 when e.g. the proposal was withdrawn).
    assertTransition(proposal.status, 'accepted', hasRole(req.user, 'admin'))
    await req.payload.update({ collection: 'proposals', id, data: { status: 'accepted' }, depth: 0, overrideAccess: true, req })
    statusChanged = true
  }

  const speaker = await ensureSpeaker(req, proposal, edition)
  if (String(relationId(proposal.speaker)) !== String(speaker.id)) {
    await req.payload.update({ collection: 'proposals', id, data: { speaker: speaker.id as never }, depth: 0, overrideAccess: true, req })
  }
  const session = await ensureSession(req, proposal, edition, speaker.id)
  await linkCoSpeakers(req, id, edition, session.id)
  return { proposal: { id, status: 'accepted', statusChanged }, speaker, session }
}

/** The same normalisation speakers are matched on (src/speakers/nameKey.ts). */

/**
 * The speaker: the one already linked to the proposal if it still exists; else the speaker of the same
 * normalised name, or a new draft speaker made from the submitter's name, affiliation, bio and links
 * (findOrCreateSpeaker). The edition is added to the speaker's editions.
 */
async function ensureSpeaker(req: PayloadRequest, proposal: ProposalDoc, edition: number | string): Promise<AcceptResult['speaker']> {
  const linkedId = relationId(proposal.speaker)
  if (linkedId !== undefined) {
    const linked = await req.payload.findByID({
      collection: 'speakers',
      id: linkedId,
      depth: 0,
      draft: true,
      overrideAccess: true,
      req,
      disableErrors: true,
    })
    if (linked) {
      await addSpeakerEdition(req, linked.id, linked.editions, edition)
      return { id: linked.id, created: false, matchedBy: 'proposal' }
    }
  }
  const name = String(proposal.submitter?.name ?? '').trim()
  if (!normaliseName(name)) throw new HttpError('The proposal has no submitter name to make a speaker from.', 409)
  const bio = typeof proposal.bio === 'string' && proposal.bio.trim() ? paragraphs(proposal.bio) : undefined
  const links = (proposal.links ?? []).filter((link) => link.label && link.url).map((link) => ({ label: link.label!, url: link.url! }))
  const affiliation = typeof proposal.submitter?.affiliation === 'string' ? proposal.submitter.affiliation : undefined
  return findOrCreateSpeaker(req, { name, affiliation, bio, links }, edition)
}

/**
 * The draft session made from the proposal, once: an existing session linked to the proposal (drafts
 * included) is returned as it is, even if an editor changed it since. The format becomes the session's
 * kind (framing talks and inspiring initiatives are talks, a reflection with the audience a workshop)
 * and its one segment, which the programme editors can merge into a workshop. No time or room yet:
 * drafts need none, and publishing asks for them.
 */
async function ensureSession(
  req: PayloadRequest,
  proposal: ProposalDoc,
  edition: number | string,
  speakerId: number | string,
): Promise<AcceptResult['session']> {
  const linked: Where = { proposal: { equals: proposal.id } }
  const existing = await req.payload.find({
    collection: 'sessions',
    where: linked,
    depth: 0,
    draft: true,
    limit: 1,
    overrideAccess: true,
    req,
  })
  if (existing.docs[0]) return { id: existing.docs[0].id, created: false }
  const format = typeof proposal.format === 'string' ? proposal.format : undefined
  const minutes =
    typeof proposal.durationWish === 'string' && /^\d+$/.test(proposal.durationWish) ? Number(proposal.durationWish) : undefined
  const themes = (Array.isArray(proposal.themes) ? proposal.themes : []).map(relationId).filter((id) => id !== undefined)
  const title = String(proposal.title ?? '')
  const created = await req.payload.create({
    collection: 'sessions',
    data: {
      title,
      edition,
      kind: format === 'audience-reflection' ? 'workshop' : 'talk',
      ...(format ? { segments: [{ kind: format as never, title, ...(minutes ? { minutes } : {}) }] } : {}),
      ...(typeof proposal.abstract === 'string' ? { description: paragraphs(proposal.abstract) as never } : {}),
      speakers: [speakerId],
      themes,
      proposal: proposal.id,
      _status: 'draft',
    } as never,
    draft: true,
    depth: 0,
    overrideAccess: true,
    req,
  })
  return { id: created.id, created: true }
}

function paragraphs(text: string) {
  return toLexical(
    text
      .split(/\n\s*\n/)
      .map((part) => part.trim())
      .filter(Boolean)
      .map((part) => ({ type: 'p' as const, text: part })),
  )
}
