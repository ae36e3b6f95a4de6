import type { CollectionSlug, PayloadRequest } from 'payload'

type Id = number | string

/**
 * Undoes changes to a versioned document exactly, for databases without transactions: the document as
 * stored before (updatedAt included, every locale) is written back without hooks, the version rows made
 * since are removed and the former latest version is marked latest again. Read it before the change.
 */
export async function exactUndo(req: PayloadRequest, collection: CollectionSlug, id: Id): Promise<() => Promise<void>> {
  const { payload } = req
  // Joins off: only the document's own fields are written back. (Typed loosely: any collection.)
  const before = (await payload.findByID({
    collection,
    id,
    locale: 'all',
    depth: 0,
    draft: false,
    joins: false as never,
    overrideAccess: true,
    showHiddenFields: true,
    req,
  })) as unknown as Record<string, unknown>
  const { docs: versions } = await payload.findVersions({
    collection,
    where: { parent: { equals: id } },
    depth: 0,
    pagination: false,
    overrideAccess: true,
    req,
  })
  const kept = versions.map((version) => version.id)
  const latest = versions.find((version) => version.latest)
  return async () => {
    const { id: _id, ...data } = before
    await payload.db.updateOne({ collection, id, data, req })
    await payload.db.deleteVersions({ collection, where: { and: [{ parent: { equals: id } }, { id: { not_in: kept } }] }, req })
    if (latest)
      await payload.db.updateVersion({
        collection,
        id: latest.id,
        versionData: { latest: true, updatedAt: latest.updatedAt } as never,
        req,
      })
  }
}
