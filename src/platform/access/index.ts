/**
 * Every access rule of the app, each a small named function, composed by the collections.
 * The matrix they implement is in ../shared/DESIGN.md ("Access") and tested in tests/int/security/access.test.ts.
 */
import type { Access, FieldAccess, PayloadRequest, Where } from 'payload'

import { relationId } from '../relations'
import { hasRole, roleOf } from './roles'

export { hasRole, roleOf, ROLES, type Role } from './roles'

/** The usual shape: one rule for reading, one for every write (create, update, delete). */
export function readWrite(read: Access, write: Access): { read: Access; create: Access; update: Access; delete: Access } {
  return { read, create: write, update: write, delete: write }
}

export const anyone: Access = () => true

export const isAdmin: Access = ({ req }) => hasRole(req.user, 'admin')
export const isEditorOrAdmin: Access = ({ req }) => hasRole(req.user, 'admin', 'editor')

export const isAdminField: FieldAccess = ({ req }) => hasRole(req.user, 'admin')
export const isEditorOrAdminField: FieldAccess = ({ req }) => hasRole(req.user, 'admin', 'editor')
/** A field only the server's own code touches (overrideAccess), e.g. the proposal form's idempotency token. */
export const nobodyField: FieldAccess = () => false

/** Editors and admins may send a proposal's confirmation email again (POST /api/proposals/:id/resend-confirmation). */
export function canResendProposalEmails(req: Pick<PayloadRequest, 'user'>): boolean {
  return hasRole(req.user, 'admin', 'editor')
}

/** Published documents for everyone; drafts only for editors and admins (the database filters them). */
export const editorsOrPublished: Access = ({ req }) => {
  if (hasRole(req.user, 'admin', 'editor')) return true
  return { _status: { equals: 'published' } }
}

/** Editions: as above, and an edition still in its `draft` lifecycle stage is not public either. */
const publicEditionsWhere: Where = { and: [{ _status: { equals: 'published' } }, { status: { not_equals: 'draft' } }] }

export const editorsOrPublishedEdition: Access = ({ req }) => {
  if (hasRole(req.user, 'admin', 'editor')) return true
  return publicEditionsWhere
}

/**
 * Saved versions hold every draft ever saved: editors and admins only. (Payload's default for
 * readVersions is "anyone logged in", which let reviewers read drafts through /api/<collection>/versions.)
 */
export const editorsOnlyVersions: Access = isEditorOrAdmin

/** Archived editions are frozen: editors may change any other edition, only an admin unfreezes. */
export const editorsUnlessArchived: Access = ({ req }) => {
  if (hasRole(req.user, 'admin')) return true
  if (hasRole(req.user, 'editor')) return { status: { not_equals: 'archived' } }
  return false
}

/**
 * The content of an archived edition (themes, sessions, committee) is frozen with it: editors may change
 * the content of any other edition but not create, change or delete content of an archived one, nor move
 * content into it; only an admin unfreezes.
 */
export const editorsUnlessEditionArchived: Access = async ({ req, data }) => {
  if (hasRole(req.user, 'admin')) return true
  if (!hasRole(req.user, 'editor')) return false
  const archived = await archivedEditionIds(req)
  if (archived.length === 0) return true
  const target = relationId((data as { edition?: unknown } | undefined)?.edition)
  if (target !== undefined && archived.some((id) => String(id) === String(target))) return false
  return { edition: { not_in: archived } }
}

/**
 * Speakers belong to several editions. One who speaks only at archived editions is frozen with them;
 * one also at a live edition stays editable (the hook in src/archive/freeze.ts keeps them from being
 * added to or removed from an archived edition). Nobody but an admin adds a speaker to an archived edition.
 */
export const editorsUnlessOnlyInArchivedEditions: Access = async ({ req, data, id }) => {
  if (hasRole(req.user, 'admin')) return true
  if (!hasRole(req.user, 'editor')) return false
  const archived = await archivedEditionIds(req)
  if (archived.length === 0) return true
  const isArchived = (value: unknown) => archived.some((edition) => String(edition) === String(relationId(value)))
  // A new speaker: not into an archived edition. (An update re-sends the editions it keeps; the hook
  // compares them with the stored ones.)
  const incoming = (data as { editions?: unknown } | undefined)?.editions
  if (id === undefined && Array.isArray(incoming) && incoming.some(isArchived)) return false
  const frozen = await speakersOnlyIn(req, archived)
  return frozen.length === 0 ? true : { id: { not_in: frozen } }
}

/**
 * Reviews of the proposals of an archived edition are frozen with it: the usual review rule, and the
 * edition of the review (copied from its proposal) is not archived.
 */
export const ownReviewOrEditorUnlessArchived: Access = async (args) => {
  if (hasRole(args.req.user, 'admin')) return true
  return notInArchivedEdition(args, await ownReviewOrEditor(args))
}

export const editorsOnReviewsUnlessArchived: Access = async (args) => {
  if (hasRole(args.req.user, 'admin')) return true
  return notInArchivedEdition(args, await isEditorOrAdmin(args))
}

async function notInArchivedEdition({ req }: Parameters<Access>[0], base: boolean | Where): Promise<boolean | Where> {
  if (base === false) return false
  const archived = await archivedEditionIds(req)
  if (archived.length === 0) return base
  const live: Where = { edition: { not_in: archived } }
  return base === true ? live : { and: [base, live] }
}

/** Speakers whose editions are all in `archived` (and who have at least one). */
async function speakersOnlyIn(req: PayloadRequest, archived: Array<number | string>): Promise<Array<number | string>> {
  const isArchived = (value: unknown) => archived.some((edition) => String(edition) === String(relationId(value)))
  const { docs } = await req.payload.find({
    collection: 'speakers',
    where: { editions: { in: archived } },
    depth: 0,
    pagination: false,
    select: { editions: true },
    draft: true,
    overrideAccess: true,
    req,
  })
  return docs
    .filter((speaker) => (speaker.editions ?? []).every(isArchived))
    .map((speaker) => speaker.id)
}

/**
 * Content that belongs to an edition (committee, sessions) is public only once its edition is:
 * published and past the `draft` lifecycle stage. Editors and admins see all of it.
 */
export const contentOfPublicEditions: Access = async ({ req }) => {
  if (hasRole(req.user, 'admin', 'editor')) return true
  const editions = await editionIds(req, publicEditionsWhere)
  return editions.length > 0 ? { edition: { in: editions } } : false
}

/** Themes and sessions: as above, and the document itself must be published (both have drafts). */
export const publishedContentOfPublicEditions: Access = async ({ req }) => {
  if (hasRole(req.user, 'admin', 'editor')) return true
  const editions = await editionIds(req, publicEditionsWhere)
  if (editions.length === 0) return false
  const published: Where = { and: [{ _status: { equals: 'published' } }, { edition: { in: editions } }] }
  return published
}

function archivedEditionIds(req: PayloadRequest): Promise<Array<number | string>> {
  return editionIds(req, { status: { equals: 'archived' } })
}

async function editionIds(req: PayloadRequest, where: Where): Promise<Array<number | string>> {
  const { docs } = await req.payload.find({
    collection: 'editions',
    where,
    depth: 0,
    joins: false,
    select: { status: true },
    pagination: false,
    overrideAccess: true,
    req,
  })
  return docs.map((edition) => edition.id)
}

/** Users: admins see everyone, everyone else who is logged in sees only themself. */
export const adminOrSelf: Access = ({ req }) => {
  if (hasRole(req.user, 'admin')) return true
  if (req.user && roleOf(req.user)) return { id: { equals: req.user.id } }
  return false
}

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
export const reviewAggregatesReadable: FieldAccess = async ({ req, doc }) => {
  if (hasRole(req.user, 'admin', 'editor')) return true
  if (!hasRole(req.user, 'reviewer') || !doc) return false
  const id = (doc as { id?: unknown }).id
  if (typeof id !== 'number' && typeof id !== 'string') return false
  return (await reviewedProposalIds(req)).map(String).includes(String(id))
}

/**
 * The submitter's identity (name, affiliation, bio, links) is hidden from reviewers of an edition that
 * anonymises its reviews (`cfp.anonymiseReviews`). Other roles are not restricted by this rule (the
 * collection's read rule already keeps the public out). Without a document (a filter or a sort), a
 * reviewer is refused as soon as one of their editions anonymises, so names cannot be probed by query.
 */
export const submitterIdentityReadable: FieldAccess = async ({ req, doc }) => {
  if (!hasRole(req.user, 'reviewer')) return true
  const anonymised = (await anonymisedEditionIds(req)).map(String)
  if (!doc) {
    return !assignedEditionIds(req.user).some((edition) => anonymised.includes(String(edition)))
  }
  const edition = relationId((doc as { edition?: unknown }).edition)
  return edition === undefined || !anonymised.includes(String(edition))
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
