/** Who reads and writes proposals and reviews, and what a reviewer may see of them. */
import type { Access, FieldAccess, PayloadRequest, Where } from 'payload'

import { editionIds } from '../editions/access'
import { hasRole } from '../platform/access'
import { relationId } from '../platform/relations'

/** Proposals: editors and admins all; a reviewer those of the editions they are assigned to. */
export const proposalsReadable: Access = ({ req }) => {
  if (hasRole(req.user, 'admin', 'editor')) return true
  if (!hasRole(req.user, 'reviewer')) return false
  const editions = assignedEditionIds(req.user)
  return editions.length > 0 ? { edition: { in: editions } } : false
}

/**
 * Reviews: editors and admins all. A reviewer their own reviews, and their peers' reviews only on the
 * proposals they have reviewed themselves (within the editions they review): nobody's judgement is
 * swayed by reading the others first.
 */
export const reviewsReadable: Access = async ({ req }) => {
  if (hasRole(req.user, 'admin', 'editor')) return true
  if (!hasRole(req.user, 'reviewer') || !req.user) return false
  const own: Where = { reviewer: { equals: req.user.id } }
  const reviewed = await reviewedProposalIds(req)
  return reviewed.length > 0 ? { or: [own, { proposal: { in: reviewed } }] } : own
}

/** Writing a review: editors and admins any; a reviewer only their own (never a peer's). */
export const ownReviewOrEditor: Access = ({ req }) => {
  if (hasRole(req.user, 'admin', 'editor')) return true
  if (hasRole(req.user, 'reviewer') && req.user) return { reviewer: { equals: req.user.id } }
  return false
}

export const canWriteReviews: Access = ({ req }) => hasRole(req.user, 'admin', 'editor', 'reviewer')

/**
 * A proposal's review aggregates (average score, number of reviews): editors and admins; a reviewer
 * only on a proposal they have reviewed. Without a document (a filter or a sort) a reviewer is refused,
 * so the ranking cannot be probed either (Payload checks sort and where paths against this rule).
 */
export const reviewAggregatesReadable: FieldAccess = ({ req, doc }) => {
  // Not async: field rules run for every field of every document listed (a list of 1,000), and the
  // answer for editors and admins needs no lookup.
  if (hasRole(req.user, 'admin', 'editor')) return true
  if (!hasRole(req.user, 'reviewer') || !doc) return false
  const id = (doc as { id?: unknown }).id
  if (typeof id !== 'number' && typeof id !== 'string') return false
  return reviewedProposalIds(req).then((ids) => ids.map(String).includes(String(id)))
}

/**
 * The submitter's identity (name, affiliation, bio, links) is hidden from reviewers of an edition that
 * anonymises its reviews (`cfp.anonymiseReviews`). Other roles are not restricted by this rule (the
 * collection's read rule already keeps the public out). Without a document (a filter or a sort), a
 * reviewer is refused as soon as one of their editions anonymises, so names cannot be probed by query.
 */
export const submitterIdentityReadable: FieldAccess = ({ req, doc }) => {
  if (!hasRole(req.user, 'reviewer')) return true
  return anonymisedEditionIds(req).then((ids) => {
    const anonymised = ids.map(String)
    if (!doc) {
      return !assignedEditionIds(req.user).some((edition) => anonymised.includes(String(edition)))
    }
    const edition = relationId((doc as { edition?: unknown }).edition)
    return edition === undefined || !anonymised.includes(String(edition))
  })
}

// Lookups used by the rules above, made once per request (field rules run once per document).
const REVIEWED_KEY = 'accessReviewedProposalIds'

const ANONYMISED_KEY = 'accessAnonymisedEditionIds'

/** The proposals the logged-in reviewer has reviewed, in the editions they are assigned to. */
function reviewedProposalIds(req: PayloadRequest): Promise<Array<number | string>> {
  const user = req.user
  if (!user) return Promise.resolve([])
  const key = `${REVIEWED_KEY}:${String(user.id)}`
  const memo = req.context[key] as Promise<Array<number | string>> | undefined
  if (memo) return memo
  const editions = assignedEditionIds(user)
  const lookup =
    editions.length === 0
      ? Promise.resolve([])
      : req.payload
          .find({
            collection: 'reviews',
            where: { and: [{ reviewer: { equals: user.id } }, { edition: { in: editions } }] },
            depth: 0,
            select: { proposal: true },
            pagination: false,
            overrideAccess: true,
            req,
          })
          .then(({ docs }) => docs.map((review) => relationId(review.proposal)).filter((id) => id !== undefined))
  req.context[key] = lookup
  return lookup
}

/** Forget the per-request lookups: a review was just written or deleted in this request. */
export function forgetReviewAccessLookups(req: PayloadRequest): void {
  for (const key of Object.keys(req.context)) if (key.startsWith(REVIEWED_KEY)) delete req.context[key]
}

function anonymisedEditionIds(req: PayloadRequest): Promise<Array<number | string>> {
  const memo = req.context[ANONYMISED_KEY] as Promise<Array<number | string>> | undefined
  if (memo) return memo
  const lookup = editionIds(req, { 'cfp.anonymiseReviews': { equals: true } })
  req.context[ANONYMISED_KEY] = lookup
  return lookup
}

export function assignedEditionIds(user: unknown): Array<number | string> {
  const assigned = (user as { reviewerEditions?: unknown } | null)?.reviewerEditions
  if (!Array.isArray(assigned)) return []
  return assigned
    .map((entry) => (typeof entry === 'object' && entry !== null ? (entry as { id?: unknown }).id : entry))
    .filter((id): id is number | string => typeof id === 'number' || typeof id === 'string')
}
