/** Archived editions are frozen with their content: editors may not change it, only an admin unfreezes. */
import type { Access, PayloadRequest, Where } from 'payload'

import { ownReviewOrEditor } from '../cfp/access'
import { editionIds } from '../editions/access'
import { hasRole, isEditorOrAdmin } from '../platform/access'
import { relationId } from '../platform/relations'

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
  return docs.filter((speaker) => (speaker.editions ?? []).every(isArchived)).map((speaker) => speaker.id)
}

function archivedEditionIds(req: PayloadRequest): Promise<Array<number | string>> {
  return editionIds(req, { status: { equals: 'archived' } })
}
