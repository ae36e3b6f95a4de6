import type { Access, CollectionBeforeOperationHook, CollectionConfig, CollectionSlug, Field, PayloadRequest, Where } from 'payload'

import { conflict } from '../http/errors'

/**
 * Issue 12 finding 2. Payload applies an update on top of the newest version, drafts included: a plain
 * `PATCH /api/themes/5` (no `draft`, no `_status`) after an editor saved a draft took the published theme
 * offline, and the same with `_status: "published"` published the other editor's unreviewed draft.
 *
 * On every collection with drafts, for the REST and GraphQL APIs and the Local API with
 * `overrideAccess: false` (the server's own code, overrideAccess, is trusted):
 * - a write that names no status keeps the published document published;
 * - while a newer draft waits over the published document, a write is refused (409) unless it saves a
 *   draft (`draft=true`, or `_status: "draft"`: Payload writes a version and leaves the published
 *   document alone, or unpublishes on purpose), publishes *that* draft (it sends back the draft's
 *   `baseVersion`, which the admin's form carries since it loaded the draft), or discards it (the
 *   admin's "Revert to published": the published document sent back unchanged with its own
 *   `baseVersion`).
 */
const DRAFT_CONFLICT = 'A newer draft exists: publish or discard it first.'

/** The field the admin's form carries back: the `updatedAt` of the version the form was loaded from. */
const BASE_VERSION = 'baseVersion'

type Data = Record<string, unknown>
type Id = number | string

const stamp = (value: unknown): string | undefined => {
  if (typeof value !== 'string' && !(value instanceof Date)) return undefined
  const date = new Date(value)
  return Number.isNaN(date.getTime()) ? undefined : date.toISOString()
}

/**
 * Virtual (nothing stored): read as the document's `updatedAt`. Its condition hides it in the admin, and
 * a field hidden by condition stays in the form's state, so the admin sends it back on every save.
 */
const baseVersionField: Field = {
  name: BASE_VERSION,
  type: 'text',
  virtual: true,
  admin: { condition: () => false, disableBulkEdit: true, disableListColumn: true, disableListFilter: true },
  hooks: { afterRead: [({ data }) => stamp(data?.updatedAt) ?? null] },
}

type Versions = { newestDraft?: Data; published?: Data }

/** The newest version when it is a draft saved over a published document, and that published document. */
async function pendingDraft(req: PayloadRequest, collection: CollectionSlug, id: Id): Promise<Versions> {
  const { docs } = await req.payload.db.findVersions({
    collection,
    limit: 1,
    pagination: false,
    req,
    sort: '-updatedAt',
    where: { and: [{ parent: { equals: id } }, { latest: { equals: true } }] },
  })
  const newest = docs[0]?.version as Data | undefined
  if (newest?._status !== 'draft') return {}
  const main = (await req.payload.db.findOne({ collection, req, where: { id: { equals: id } } })) as Data | null
  if (main?._status !== 'published') return {}
  return { newestDraft: newest, published: main }
}

/** JSON equality with object keys in any order (the admin's form and the database order them differently). */
function sameValue(a: unknown, b: unknown): boolean {
  const normal = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(normal)
    if (value && typeof value === 'object' && !(value instanceof Date)) {
      return Object.fromEntries(
        Object.keys(value)
          .sort()
          .map((key) => [key, normal((value as Data)[key])]),
      )
    }
    if (value instanceof Date) return value.toISOString()
    return value ?? null
  }
  return JSON.stringify(normal(a)) === JSON.stringify(normal(b))
}

const NOT_CONTENT = new Set(['id', 'createdAt', 'updatedAt', '_status', BASE_VERSION])

/**
 * The admin's "Revert to published": the published document, as the API reads it in this locale, sent
 * back unchanged with `_status: "published"`. Missing fields are filled from it, so Payload's merge on top
 * of the newest draft carries none of the draft's text into this locale.
 */
async function discardOf(req: PayloadRequest, collection: CollectionSlug, id: Id, data: Data): Promise<Data | null> {
  const published = (await req.payload.findByID({
    collection,
    id,
    depth: 0,
    draft: false,
    fallbackLocale: false as never,
    overrideAccess: true,
    req,
  })) as unknown as Data
  for (const [key, value] of Object.entries(data)) {
    if (NOT_CONTENT.has(key)) continue
    if (!sameValue(value, published[key])) return null
  }
  const filled: Data = {}
  for (const [key, value] of Object.entries(published)) if (!NOT_CONTENT.has(key)) filled[key] = value
  return { ...filled, ...data }
}

/**
 * Payload applies an update on top of the newest version in every language, not only the one written:
 * an English "Revert to published" over a French draft published that unreviewed French text. So a
 * discard first makes the published document (all languages) the newest version again; the update is
 * then applied on top of it. The draft stays in the document's history.
 */
async function publishedAsNewest(req: PayloadRequest, collection: CollectionSlug, id: Id): Promise<void> {
  const main = (await req.payload.db.findOne({ collection, locale: 'all', req, where: { id: { equals: id } } })) as Data | null
  if (!main) return
  const now = new Date().toISOString()
  await req.payload.db.createVersion({
    collectionSlug: collection,
    parent: id,
    versionData: { ...main, _status: 'published' } as never,
    autosave: false,
    createdAt: now,
    updatedAt: now,
    req,
    returning: false,
  })
}

/** What a write without `draft=true` may do to one document; the data to write on, or a 409. */
async function checkWrite(req: PayloadRequest, collection: CollectionSlug, id: Id, data: Data): Promise<Data> {
  const status = data._status
  // Saving a draft (Payload sets the status) or unpublishing on purpose: no published text changes.
  if (status === 'draft') return data
  const { newestDraft, published } = await pendingDraft(req, collection, id)
  // No draft waits: Payload's merge keeps the stored status when the write names none.
  if (!newestDraft || !published) return data
  const base = stamp(data[BASE_VERSION])
  if (status === 'published' && base !== undefined) {
    if (base === stamp(newestDraft.updatedAt)) return data
    if (base === stamp(published.updatedAt)) {
      const discard = await discardOf(req, collection, id, data)
      if (discard) {
        await publishedAsNewest(req, collection, id)
        return discard
      }
    }
  }
  throw conflict(DRAFT_CONFLICT)
}

/** May this user update at all? If not, Payload's own access check answers (403), and we reveal nothing. */
async function mayUpdate(access: Access | undefined, req: PayloadRequest, id: Id | undefined, data: Data): Promise<boolean> {
  if (!access) return Boolean(req.user)
  const result = await access({ req, id, data } as never)
  return result !== false
}

const guard =
  (collection: CollectionConfig): CollectionBeforeOperationHook =>
  async ({ args, operation, req }) => {
    if (operation !== 'update') return args
    const { id, data, draft, overrideAccess, where } = args as {
      id?: Id
      data?: Data
      draft?: boolean
      overrideAccess?: boolean
      where?: Where
    }
    // Trusted server code (REST and GraphQL leave overrideAccess unset: false), and draft saves (Payload writes a version, the published document stays).
    if (overrideAccess === true || draft === true || !data || typeof data !== 'object') return args
    if (!(await mayUpdate(collection.access?.update, req, id, data))) return args
    const slug = collection.slug as CollectionSlug
    if (id !== undefined && id !== null) {
      const checked = await checkWrite(req, slug, id, data)
      return checked === data ? args : { ...args, data: checked }
    }
    // A bulk update: every matched document, and a publish cannot name each one's draft.
    const { docs } = await req.payload.find({
      collection: slug,
      where,
      depth: 0,
      limit: 0,
      pagination: false,
      select: { updatedAt: true },
      overrideAccess: true,
      req,
    })
    for (const doc of docs) {
      const { newestDraft } = await pendingDraft(req, slug, doc.id as Id)
      if (newestDraft && data._status !== 'draft') throw conflict(DRAFT_CONFLICT)
    }
    return args
  }

const hasDrafts = (collection: CollectionConfig): boolean =>
  Boolean(collection.versions && typeof collection.versions === 'object' && collection.versions.drafts)

/** The guard and its field, composed into every collection with drafts. */
export function withDraftGuard(collections: CollectionConfig[]): CollectionConfig[] {
  return collections.map((collection) =>
    hasDrafts(collection)
      ? {
          ...collection,
          fields: [...collection.fields, baseVersionField],
          hooks: { ...collection.hooks, beforeOperation: [...(collection.hooks?.beforeOperation ?? []), guard(collection)] },
        }
      : collection,
  )
}
