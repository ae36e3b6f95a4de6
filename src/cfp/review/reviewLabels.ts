import type { CollectionAfterChangeHook, PayloadRequest } from 'payload'

import { relationId } from '../../platform/relations'

/**
 * A review carries copies of what the reviews list shows and searches: the proposal's reference and
 * title, and the reviewer's name. Editors may read only their own user (so a relationship cell would
 * show other reviewers as bare ids), and a list can search only stored fields of its own collection.
 * The copies are read-only, set when a review is saved and refreshed when the proposal or user changes.
 */
type ProposalLike = { reference?: string | null; title?: string | null }
type UserLike = { id?: number | string; name?: string | null; email?: string | null }

export function proposalLabel(proposal: ProposalLike): string {
  return [proposal.reference, proposal.title].filter(Boolean).join(' — ')
}

/**
 * The name people know the reviewer by, or "Reviewer #id" when no name was given: never the address,
 * which editors and reviewers may not read on another user (the access matrix checks it).
 */
export function reviewerLabel(user: UserLike | null | undefined): string | null {
  if (!user) return null
  return user.name?.trim() || (user.id !== undefined ? `Reviewer #${String(user.id)}` : null)
}

export async function reviewerNameOf(req: PayloadRequest, reviewer: unknown): Promise<string | null> {
  const id = relationId(reviewer)
  if (id === undefined) return null
  if (req.user && String(req.user.id) === String(id)) return reviewerLabel(req.user as UserLike)
  const user = await req.payload.findByID({ collection: 'users', id, depth: 0, overrideAccess: true, req, disableErrors: true })
  return reviewerLabel(user as UserLike | null)
}

/** Proposals: a new reference or title reaches the copies on its reviews (without running their hooks). */
export const relabelReviewsOfProposal: CollectionAfterChangeHook = async ({ doc, previousDoc, operation, req }) => {
  if (operation !== 'update') return doc
  const label = proposalLabel(doc as ProposalLike)
  if (label === proposalLabel((previousDoc ?? {}) as ProposalLike)) return doc
  await req.payload.db.updateMany({ collection: 'reviews', where: { proposal: { equals: doc.id } }, data: { proposalLabel: label }, req })
  return doc
}

/** Users: a new name reaches the copies on the reviews they wrote. */
export const renameReviewer: CollectionAfterChangeHook = async ({ doc, previousDoc, operation, req }) => {
  if (operation !== 'update') return doc
  const name = reviewerLabel(doc as UserLike)
  if (name === reviewerLabel(previousDoc as UserLike)) return doc
  await req.payload.db.updateMany({ collection: 'reviews', where: { reviewer: { equals: doc.id } }, data: { reviewerName: name }, req })
  return doc
}
