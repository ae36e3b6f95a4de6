import assert from 'node:assert/strict'

import { baseURL } from './env'

/**
 * A sample edition whose call for proposals is open, made over REST as the first admin, for the tests of
 * the public form and the speaker space (the seeded 2026 call closed on 15 September 2026).
 */
type Id = number | string

/** A REST call as the admin whose login cookie this is (JSON body, same-site origin). */
export type AdminApi = (pathname: string, init?: RequestInit) => Promise<Response>

export function adminApi(cookie: string): AdminApi {
  return (pathname, init = {}) =>
    fetch(`${baseURL()}${pathname}`, {
      ...init,
      headers: { 'content-type': 'application/json', cookie, origin: baseURL(), ...(init.headers ?? {}) },
    })
}

/** Creates "Sample edition YEAR (test data)" with its call open from yesterday for 30 days; `fields` add to it (formats, more of `cfp`). */
export async function createOpenCallEdition(
  api: AdminApi,
  year: number,
  fields: Record<string, unknown> & { cfp?: Record<string, unknown> } = {},
): Promise<Id> {
  const day = 24 * 3600_000
  const created = await api('/api/editions', {
    method: 'POST',
    body: JSON.stringify({
      year,
      title: `Sample edition ${year} (test data)`,
      status: 'upcoming',
      _status: 'published',
      ...fields,
      cfp: { opensAt: new Date(Date.now() - day).toISOString(), deadline: new Date(Date.now() + 30 * day).toISOString(), ...fields.cfp },
    }),
  })
  assert.equal(created.status, 201, await created.clone().text())
  return ((await created.json()) as { doc: { id: Id } }).doc.id
}

/**
 * Deletes the documents of these collections that belong to the edition (by their `edition` field, or the
 * field named with the collection), then the edition, leaving the seeded site as the other browser tests
 * expect it. A bulk DELETE removes one page (10) of matches at a time: repeated until none is left.
 * Answers the edition's DELETE.
 */
export async function removeEdition(
  api: AdminApi,
  editionId: Id,
  collections: Array<string | [collection: string, field: string]>,
): Promise<Response> {
  for (const entry of collections) {
    const [collection, field] = typeof entry === 'string' ? [entry, 'edition'] : entry
    const byEdition = `where[${field}][equals]=${editionId}`
    for (let round = 0; round < 20; round++) {
      const left = await api(`/api/${collection}?${byEdition}&limit=1&depth=0`)
      if (((await left.json()) as { totalDocs: number }).totalDocs === 0) break
      await api(`/api/${collection}?${byEdition}`, { method: 'DELETE' })
    }
  }
  return api(`/api/editions/${editionId}`, { method: 'DELETE' })
}
