import type { CollectionBeforeOperationHook, CollectionSlug, PayloadRequest, Where } from 'payload'

import { hasRole } from '../platform/access/roles'
import { relationId } from '../platform/relations'
import { EditionArchivedError } from './errors'

/**
 * Archived editions are frozen. The access rules in src/access keep that promise (and make the admin
 * read-only); these hooks run *before* access on every create, update and delete by an editor or a
 * reviewer, so a refusal says why ("This edition is archived…; an admin can unarchive it") instead
 * of Payload's generic "You are not allowed to perform this action." Admins and trusted server code
 * (overrideAccess) pass: an admin unfreezes.
 */

type Id = number | string
type Edition = { id: Id; year: number; status?: string | null }

/** Who belongs to which edition, per collection: the edition ids of a stored document or of incoming data. */
type Membership = {
  /** Names what is refused, as the subject of "… read-only". */
  what: string
  /** The editions a stored document belongs to. */
  ofDoc: (req: PayloadRequest, doc: Record<string, unknown>) => Promise<Id[]> | Id[]
  /** The editions incoming data would put a document in (undefined: the data does not say). */
  ofData: (req: PayloadRequest, data: Record<string, unknown>) => Promise<Id[] | undefined> | Id[] | undefined
  /**
   * Speakers belong to several editions: only those in archived editions alone are frozen, and an
   * editor may change the rest but not add them to or remove them from an archived edition.
   */
  shared?: boolean
}

const single = (value: unknown): Id[] => {
  const id = relationId(value)
  return id === undefined ? [] : [id]
}
const many = (value: unknown): Id[] => (Array.isArray(value) ? value.map(relationId).filter((id): id is Id => id !== undefined) : [])

const byEditionField: Omit<Membership, 'what'> = {
  ofDoc: (_req, doc) => single(doc.edition),
  ofData: (_req, data) => ('edition' in data ? single(data.edition) : undefined),
}

async function editionOfProposal(req: PayloadRequest, proposal: unknown): Promise<Id[]> {
  const id = relationId(proposal)
  if (id === undefined) return []
  const found = await req.payload.find({
    collection: 'proposals',
    where: { id: { equals: id } },
    depth: 0,
    limit: 1,
    select: { edition: true },
    overrideAccess: true,
    req,
  })
  return single(found.docs[0]?.edition)
}

const MEMBERSHIP: Partial<Record<CollectionSlug, Membership>> = {
  editions: { what: 'it is', ofDoc: (_req, doc) => [doc.id as Id], ofData: () => undefined },
  themes: { what: 'its themes are', ...byEditionField },
  sessions: { what: 'its programme sessions are', ...byEditionField },
  rooms: { what: 'its rooms are', ...byEditionField },
  slides: { what: 'its slides are', ...byEditionField },
  'committee-members': { what: 'its committee is', ...byEditionField },
  proposals: { what: 'its proposals are', ...byEditionField },
  reviews: {
    what: 'the reviews of its proposals are',
    ofDoc: (req, doc) => (doc.edition ? single(doc.edition) : editionOfProposal(req, doc.proposal)),
    ofData: (req, data) => ('proposal' in data ? editionOfProposal(req, data.proposal) : undefined),
  },
  speakers: {
    what: 'its speakers are',
    shared: true,
    ofDoc: (_req, doc) => many(doc.editions),
    ofData: (_req, data) => ('editions' in data ? many(data.editions) : undefined),
  },
}

async function archivedEditions(req: PayloadRequest): Promise<Edition[]> {
  const { docs } = await req.payload.find({
    collection: 'editions',
    where: { status: { equals: 'archived' } },
    depth: 0,
    joins: false,
    pagination: false,
    select: { year: true, status: true },
    overrideAccess: true,
    req,
  })
  return docs as Edition[]
}

type Verdict = { refused: false } | { refused: true; year: number | undefined }

/**
 * Whether a change by an editor is refused, given the editions the document belongs to now (`before`,
 * empty for a create) and after the change (`after`, undefined for a delete or when the data keeps them).
 */
function judgeChange(archived: Edition[], before: Id[], after: Id[] | undefined, shared: boolean): Verdict {
  const archivedOf = (ids: Id[]) => ids.filter((id) => archived.some((edition) => String(edition.id) === String(id)))
  const yearOf = (id: Id | undefined) => archived.find((edition) => String(edition.id) === String(id))?.year
  const frozenBefore = archivedOf(before)
  // A document of an archived edition (for speakers: of archived editions only) is frozen.
  const frozen = shared ? before.length > 0 && frozenBefore.length === before.length : frozenBefore.length > 0
  if (frozen) return { refused: true, year: yearOf(frozenBefore[0]) }
  if (after === undefined) return { refused: false }
  // Nothing moves into an archived edition, and (speakers) nothing leaves one.
  const frozenAfter = archivedOf(after)
  const entering = frozenAfter.find((id) => !frozenBefore.some((old) => String(old) === String(id)))
  if (entering !== undefined) return { refused: true, year: yearOf(entering) }
  const leaving = frozenBefore.find((id) => !frozenAfter.some((kept) => String(kept) === String(id)))
  if (leaving !== undefined) return { refused: true, year: yearOf(leaving) }
  return { refused: false }
}

async function storedDocs(req: PayloadRequest, collection: CollectionSlug, where: Where): Promise<Record<string, unknown>[]> {
  const { docs } = await req.payload.find({
    collection,
    where,
    depth: 0,
    pagination: false,
    draft: true,
    overrideAccess: true,
    req,
  })
  return docs as unknown as Record<string, unknown>[]
}

/** The beforeOperation hook of a collection whose documents belong to editions. */
export function refuseChangesToArchivedEditions(collection: CollectionSlug): CollectionBeforeOperationHook {
  const membership = MEMBERSHIP[collection]
  if (!membership) throw new Error(`No edition membership is known for ${collection}`)
  return async ({ args, operation, req }) => {
    if (!['create', 'update', 'delete'].includes(operation)) return args
    if ((args as { overrideAccess?: boolean }).overrideAccess) return args
    // Admins unfreeze; the public is refused by the access rules with nothing to explain.
    if (!hasRole(req.user, 'editor', 'reviewer')) return args
    const archived = await archivedEditions(req)
    if (archived.length === 0) return args

    const { id, where, data } = args as { id?: Id; where?: Where; data?: Record<string, unknown> }
    const after = data ? await membership.ofData(req, data) : undefined
    let targets: Record<string, unknown>[] = []
    if (operation === 'update' || operation === 'delete') {
      if (id !== undefined) targets = await storedDocs(req, collection, { id: { equals: id } })
      else if (where) targets = await storedDocs(req, collection, where)
    }
    // One after the other: inside a MongoDB transaction one session cannot run reads in parallel.
    const befores: Id[][] = []
    if (operation === 'create') befores.push([])
    else for (const doc of targets) befores.push(await membership.ofDoc(req, doc))
    for (const before of befores) {
      const verdict = judgeChange(archived, before, after, membership.shared ?? false)
      if (verdict.refused) throw new EditionArchivedError(verdict.year, membership.what)
    }
    return args
  }
}
