import { commitTransaction, Forbidden, initTransaction, killTransaction, type PayloadRequest } from 'payload'

import { hasRole } from '../platform/access/roles'
import { badRequest, conflict, notFound } from '../platform/http/errors'
import type { Edition } from '../payload-types'
import { relationId } from '../platform/relations'
import { openTransactionId } from '../platform/db/afterCommit'
import { exactUndo } from '../platform/db/exactUndo'

/**
 * "Archive this edition" and its undo, as one consistent change each. Called by the endpoints in
 * ./endpoints.ts (the admin's button) and by tests. Writes go through `req`, so they share one database
 * transaction where the adapter has them; where it has none, every step registers its undo and a
 * failure undoes the steps already done, so nothing is left half-archived.
 *
 * Archiving: the edition's status becomes `archived`. Its call for proposals is closed by that status
 * (`isCfpOpen` and the proposal form refuse every archived edition), so the deadline — a fact shown in
 * the archive — is kept as it was. Proposals and reviews are left untouched, pending ones included, and
 * are frozen with the edition by the access rules. If the edition was the current one (Site settings),
 * the caller must say which edition becomes current, or `null` for none.
 */

type Id = number | string
export type ArchiveInput = {
  /** Required when the edition is the current one: the edition that becomes current, or null for none. */
  nextCurrentEdition?: Id | null
}
export type ArchiveResult = {
  edition: { id: Id; year: number; status: Edition['status'] }
  currentEdition: { id: Id; year: number } | null
  message: string
}

async function loadEdition(req: PayloadRequest, id: Id, role: string): Promise<Edition> {
  const { docs } = await req.payload.find({
    collection: 'editions',
    where: { id: { equals: id } },
    depth: 0,
    limit: 1,
    joins: false,
    overrideAccess: true,
    req,
  })
  const edition = docs[0]
  if (!edition) throw notFound(`There is no edition with id ${String(id)} (${role}).`)
  return edition
}

async function currentEditionId(req: PayloadRequest): Promise<Id | undefined> {
  const settings = await req.payload.findGlobal({ slug: 'site-settings', depth: 0, overrideAccess: true, req })
  return relationId(settings.currentEdition)
}

type Step = { run: () => Promise<unknown>; undo: () => Promise<unknown> }

/** Runs the steps in one transaction if the adapter has them; otherwise undoes the done ones on failure. */
async function runConsistently(req: PayloadRequest, steps: Step[]): Promise<void> {
  const owned = await initTransaction(req)
  // Where the adapter gives no transaction, initTransaction leaves a promise of null on req: only an
  // actual id means the steps share a transaction.
  const transactional = (await openTransactionId(req.transactionID)) !== null
  const done: Step[] = []
  try {
    for (const step of steps) {
      await step.run()
      done.push(step)
    }
    if (owned) await commitTransaction(req)
  } catch (error) {
    if (owned) await killTransaction(req)
    if (!transactional) {
      for (const step of done.reverse()) {
        await step.undo().catch((undoError: unknown) => req.payload.logger.error({ err: undoError, msg: 'Archive: undo failed' }))
      }
    }
    throw error
  }
}

/** The same for Site settings (no version history). */
async function exactSettingsUndo(req: PayloadRequest): Promise<() => Promise<void>> {
  const before = await req.payload.findGlobal({
    slug: 'site-settings',
    locale: 'all',
    depth: 0,
    overrideAccess: true,
    showHiddenFields: true,
    req,
  })
  return async () => {
    const { id: _id, globalType: _type, ...data } = before as typeof before & { globalType?: string }
    await req.payload.db.updateGlobal({ slug: 'site-settings', data, req })
  }
}

const setStatus = (req: PayloadRequest, id: Id, status: Edition['status']) =>
  req.payload.update({ collection: 'editions', id, data: { status }, depth: 0, overrideAccess: true, req })

const setCurrent = (req: PayloadRequest, id: Id | null) =>
  req.payload.updateGlobal({ slug: 'site-settings', data: { currentEdition: id as never }, depth: 0, overrideAccess: true, req })

export async function archiveEdition(req: PayloadRequest, id: Id, input: ArchiveInput = {}): Promise<ArchiveResult> {
  if (!hasRole(req.user, 'admin', 'editor')) {
    const error = new Forbidden(req.t)
    error.message = 'Only editors and admins can archive an edition.'
    throw error
  }
  const edition = await loadEdition(req, id, 'the edition to archive')
  if (edition.status === 'archived') throw conflict(`The ${edition.year} edition is already archived.`)

  const current = await currentEditionId(req)
  const isCurrent = current !== undefined && String(current) === String(edition.id)
  const wanted = input.nextCurrentEdition
  let next: Edition | null = null
  if (isCurrent) {
    if (wanted === undefined) {
      throw badRequest(
        `The ${edition.year} edition is the current one: say which edition becomes current (nextCurrentEdition: an edition id, or null for none).`,
      )
    }
    if (wanted !== null) {
      if (String(wanted) === String(edition.id)) {
        throw badRequest('The edition being archived cannot stay the current one: choose another edition, or none.')
      }
      next = await loadEdition(req, wanted, 'the edition to make current')
      if (next.status === 'archived') throw badRequest(`The ${next.year} edition is archived: it cannot become the current one.`)
      if (next.status === 'draft' || next._status !== 'published') {
        throw badRequest(`The ${next.year} edition is not published yet: publish it before making it the current one.`)
      }
    }
  } else if (wanted !== undefined && wanted !== null) {
    throw badRequest(
      `The ${edition.year} edition is not the current one, so the current edition does not change: leave nextCurrentEdition out.`,
    )
  }

  const steps: Step[] = []
  if (next && next.status !== 'current') {
    const nextId = next.id
    steps.push({ run: () => setStatus(req, nextId, 'current'), undo: await exactUndo(req, 'editions', nextId) })
  }
  if (isCurrent) steps.push({ run: () => setCurrent(req, next ? next.id : null), undo: await exactSettingsUndo(req) })
  // Last: once archived, the edition is frozen for the editor who archived it.
  steps.push({ run: () => setStatus(req, edition.id, 'archived'), undo: await exactUndo(req, 'editions', edition.id) })
  await runConsistently(req, steps)

  const currentEdition = isCurrent ? (next ? { id: next.id, year: next.year } : null) : await describeCurrent(req)
  return {
    edition: { id: edition.id, year: edition.year, status: 'archived' },
    currentEdition,
    message:
      `The ${edition.year} edition is archived: its pages stay online marked as a past edition, its call for proposals is closed ` +
      `and its content is read-only (an admin can unarchive it).` +
      (isCurrent ? (next ? ` The ${next.year} edition is now the current one.` : ' No edition is current now.') : ''),
  }
}

async function describeCurrent(req: PayloadRequest): Promise<{ id: Id; year: number } | null> {
  const id = await currentEditionId(req)
  if (id === undefined) return null
  const edition = await loadEdition(req, id, 'the current edition')
  return { id: edition.id, year: edition.year }
}

export type UnarchiveInput = { status?: 'upcoming' | 'current' }

/** Admins only: the edition is editable again, with status `current` if Site settings name it, else `upcoming`. */
export async function unarchiveEdition(req: PayloadRequest, id: Id, input: UnarchiveInput = {}): Promise<ArchiveResult> {
  if (!hasRole(req.user, 'admin')) {
    const error = new Forbidden(req.t)
    error.message = 'Only an admin can unarchive an edition.'
    throw error
  }
  if (input.status !== undefined && input.status !== 'upcoming' && input.status !== 'current') {
    throw badRequest('status must be "upcoming" or "current".')
  }
  const edition = await loadEdition(req, id, 'the edition to unarchive')
  if (edition.status !== 'archived') throw conflict(`The ${edition.year} edition is not archived.`)
  const current = await currentEditionId(req)
  const status = input.status ?? (current !== undefined && String(current) === String(edition.id) ? 'current' : 'upcoming')
  await setStatus(req, edition.id, status)
  return {
    edition: { id: edition.id, year: edition.year, status },
    currentEdition: await describeCurrent(req),
    message: `The ${edition.year} edition is no longer archived (status: ${status}); editors can change it again.`,
  }
}
