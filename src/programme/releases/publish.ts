import type { Payload, PayloadRequest, Where } from 'payload'

import { conflict, notFound } from '../../platform/http/errors'
import { cacheTags } from '../../platform/cache/cacheTags'
import { relationId } from '../../platform/relations'
import { expireTagsFor } from '../../platform/cache/expire'
import { diffProgrammes, type SessionChange } from './diff'
import { localised, type ProgrammeSnapshot, type SnapshotSession } from './snapshot'

/**
 * "Publish programme version N": the edition's draft programme goes public at once. Every placed
 * session (start and end set) is published as its newest draft says; a session that was public and is
 * now deleted or unplaced is taken down (cancelled). The release records the diff with the previous
 * release (or, for the first, with what was public before) and is refused when nothing changed.
 */
type Id = number | string

export type PublishedRelease = { id: Id; number: number; edition: Id; year: number; changes: SessionChange[] }

const NOTHING_CHANGED = (previous: number | null) =>
  previous === null
    ? 'Nothing to publish: the draft programme is the same as the public one.'
    : `Nothing to publish: the draft programme is the same as version ${previous}.`

type StoredSession = {
  id: Id
  slug?: string | null
  kind?: string | null
  title?: unknown
  start?: string | null
  end?: string | null
  room?: unknown
  speakers?: unknown[] | null
  _status?: 'draft' | 'published' | null
}

async function sessionsOf(req: PayloadRequest, edition: Id, draft: boolean): Promise<StoredSession[]> {
  const where: Where = draft
    ? { edition: { equals: edition } }
    : { and: [{ edition: { equals: edition } }, { _status: { equals: 'published' } }] }
  const { docs } = await req.payload.find({
    collection: 'sessions',
    where,
    draft,
    depth: 0,
    locale: 'all',
    pagination: false,
    overrideAccess: true,
    select: { slug: true, kind: true, title: true, start: true, end: true, room: true, speakers: true, _status: true },
    req,
  })
  return docs as unknown as StoredSession[]
}

async function namesById(req: PayloadRequest, collection: 'rooms' | 'speakers', ids: Id[]): Promise<Map<string, unknown>> {
  if (ids.length === 0) return new Map()
  const { docs } = await req.payload.find({
    collection,
    where: { id: { in: [...new Set(ids.map(String))] } },
    depth: 0,
    locale: 'all',
    pagination: false,
    overrideAccess: true,
    ...(collection === 'speakers' ? { draft: true } : {}),
    select: { name: true },
    req,
  })
  return new Map(docs.map((doc) => [String(doc.id), (doc as { name?: unknown }).name]))
}

const placed = (session: StoredSession) => Boolean(session.start && session.end)

/** Sessions as a release freezes them, names of rooms and speakers included. */
async function snapshotOf(req: PayloadRequest, sessions: StoredSession[]): Promise<ProgrammeSnapshot> {
  const roomIds = sessions.map((session) => relationId(session.room)).filter((id): id is Id => id !== undefined)
  const speakerIds = sessions.flatMap((session) => (session.speakers ?? []).map(relationId)).filter((id): id is Id => id !== undefined)
  const [rooms, speakers] = await Promise.all([namesById(req, 'rooms', roomIds), namesById(req, 'speakers', speakerIds)])
  return sessions
    .filter(placed)
    .map((session): SnapshotSession => {
      const room = relationId(session.room)
      return {
        id: String(session.id),
        slug: session.slug ?? String(session.id),
        kind: (session.kind ?? 'talk') as SnapshotSession['kind'],
        title: localised(session.title),
        start: new Date(session.start!).toISOString(),
        end: new Date(session.end!).toISOString(),
        room: room === undefined ? null : { id: String(room), name: localised(rooms.get(String(room)) ?? String(room)) },
        speakers: (session.speakers ?? [])
          .map(relationId)
          .filter((id): id is Id => id !== undefined)
          .map((id) => ({ id: String(id), name: localised(speakers.get(String(id)) ?? String(id)).en })),
      }
    })
    .sort((a, b) => Date.parse(a.start) - Date.parse(b.start) || a.id.localeCompare(b.id))
}

type LatestRelease = { number: number; snapshot: ProgrammeSnapshot } | null

async function latestRelease(req: PayloadRequest, edition: Id): Promise<LatestRelease> {
  const { docs } = await req.payload.find({
    collection: 'programme-releases',
    where: { edition: { equals: edition } },
    sort: '-number',
    limit: 1,
    depth: 0,
    overrideAccess: true,
    select: { number: true, snapshot: true },
    req,
  })
  const doc = docs[0] as { number: number; snapshot: unknown } | undefined
  return doc ? { number: doc.number, snapshot: (doc.snapshot ?? []) as ProgrammeSnapshot } : null
}

export type PublishInput = { edition: Id; note?: { en?: string; fr?: string } }

/** Where each write registers how to undo it, for a database without transactions (./transaction.ts). */
export type UndoLog = { record(undo: () => Promise<unknown>): void; before(collection: 'sessions', id: Id): Promise<void> }

/** Publishes the release's writes through `req` (inside the caller's transaction, if any); see ./transaction.ts for all-or-nothing. */
export async function publishProgrammeRelease(req: PayloadRequest, input: PublishInput, undo?: UndoLog): Promise<PublishedRelease> {
  const payload: Payload = req.payload
  const edition = await payload
    .findByID({ collection: 'editions', id: input.edition, depth: 0, overrideAccess: true, req, select: { year: true, status: true } })
    .catch(() => null)
  if (!edition) throw notFound('There is no such edition.')
  if (edition.status === 'archived') throw conflict(`This edition is archived (${edition.year}): its programme is read-only.`)

  const previous = await latestRelease(req, edition.id)
  const published = await sessionsOf(req, edition.id, false)
  const publicIds = new Set(published.map((session) => String(session.id)))
  const baseline = previous ? previous.snapshot : await snapshotOf(req, published)
  const drafts = await sessionsOf(req, edition.id, true)
  const next = await snapshotOf(req, drafts)
  const changes = diffProgrammes(baseline, next)
  if (changes.length === 0) throw conflict(NOTHING_CHANGED(previous?.number ?? null))

  // One revalidation at the end, not one per session.
  const wasDisabled = req.context.disableRevalidate
  req.context.disableRevalidate = true
  const placedIds = new Set(next.map((session) => session.id))
  try {
    for (const session of drafts) {
      const publish = placedIds.has(String(session.id))
      // The newest version's status says whether a draft is pending; the public one whether it is out.
      if (publish && session._status === 'published') continue
      if (!publish && !publicIds.has(String(session.id))) continue
      await undo?.before('sessions', session.id)
      // Publishing applies the newest draft; an unplaced (or cancelled) session goes back to draft.
      await payload.update({
        collection: 'sessions',
        id: session.id,
        data: { _status: publish ? 'published' : 'draft' },
        draft: false,
        // Taking a session down checks only the status (an unplaced session has no time to validate).
        ...(publish ? {} : { unpublishAllLocales: true }),
        depth: 0,
        overrideAccess: true,
        req,
      })
    }
  } finally {
    req.context.disableRevalidate = wasDisabled
  }

  const number = (previous?.number ?? 0) + 1
  const note = { en: input.note?.en?.trim() ?? '', fr: input.note?.fr?.trim() ?? '' }
  const release = await payload.create({
    collection: 'programme-releases',
    data: {
      edition: edition.id,
      number,
      label: `Version ${number}`,
      publishedAt: new Date().toISOString(),
      note: note.en,
      changeCount: changes.length,
      changes: changes as never,
      snapshot: next as never,
      ...(req.user?.collection === 'users' ? { publishedBy: req.user.id } : {}),
    },
    locale: 'en',
    overrideAccess: true,
    depth: 0,
    req,
  })
  undo?.record(() => payload.delete({ collection: 'programme-releases', id: release.id, overrideAccess: true, req }))
  if (note.fr) {
    await payload.update({
      collection: 'programme-releases',
      id: release.id,
      data: { note: note.fr },
      locale: 'fr',
      overrideAccess: true,
      depth: 0,
      req,
    })
  }
  await expireTagsFor(req, [cacheTags.programme(edition.year)])
  return { id: release.id, number, edition: edition.id, year: edition.year, changes }
}
