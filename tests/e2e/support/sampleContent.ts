import { baseURL } from './env'

/**
 * Sample data for the admin's browser tests, made over REST as the first admin and named as sample
 * data: a throwaway edition in a far-future year, so no test touches the real 2025 and 2026 editions.
 */
export type SampleEdition = { id: number | string; year: number }

/** Payload honours the login cookie only from its own site, which a browser states with these headers. */
export function asEditor(cookie: string): Record<string, string> {
  return { cookie, origin: baseURL(), 'sec-fetch-site': 'same-origin' }
}

export async function createSampleEdition(
  cookie: string,
  year: number,
  fields: { en?: Record<string, unknown>; fr?: Record<string, unknown> } = {},
): Promise<SampleEdition> {
  const headers = { 'content-type': 'application/json', ...asEditor(cookie) }
  await deleteSampleEdition(cookie, year)
  const created = await fetch(`${baseURL()}/api/editions?locale=en`, {
    method: 'POST',
    headers,
    body: JSON.stringify({ year, title: `Sample edition ${year} (test data)`, _status: 'published', ...fields.en }),
  })
  if (!created.ok) throw new Error(`creating the sample edition ${year} failed: ${created.status} ${await created.text()}`)
  const { doc } = (await created.json()) as { doc: { id: number | string } }
  if (fields.fr) {
    const patched = await fetch(`${baseURL()}/api/editions/${doc.id}?locale=fr`, {
      method: 'PATCH',
      headers,
      body: JSON.stringify({ title: `Édition d’exemple ${year} (données de test)`, ...fields.fr, _status: 'published' }),
    })
    if (!patched.ok) throw new Error(`adding French to the sample edition failed: ${patched.status} ${await patched.text()}`)
  }
  return { id: doc.id, year }
}

/** Deletes the sample edition of that year and what points to it (themes, sessions, speakers). */
export async function deleteSampleEdition(cookie: string, year: number) {
  const headers = asEditor(cookie)
  const found = await fetch(`${baseURL()}/api/editions?where[year][equals]=${year}&depth=0`, { headers })
  const docs = ((await found.json()) as { docs?: Array<{ id: number | string }> }).docs ?? []
  for (const { id } of docs) {
    for (const [collection, field] of [
      ['themes', 'edition'],
      ['sessions', 'edition'],
      ['speakers', 'editions'],
    ]) {
      await fetch(`${baseURL()}/api/${collection}?where[${field}][equals]=${id}`, { method: 'DELETE', headers })
    }
    await fetch(`${baseURL()}/api/editions/${id}`, { method: 'DELETE', headers })
  }
}

/** The edition as stored, newest draft included, in one language. */
export async function readEdition(cookie: string, id: number | string, locale: 'en' | 'fr'): Promise<Record<string, unknown>> {
  const response = await fetch(`${baseURL()}/api/editions/${id}?locale=${locale}&draft=true&depth=0&fallback-locale=none`, {
    headers: asEditor(cookie),
  })
  return (await response.json()) as Record<string, unknown>
}

/** A published sample theme in a sample edition (deleted with its edition's year by the caller's cleanup). */
export async function createSampleTheme(cookie: string, edition: number | string, title: string): Promise<{ id: number | string }> {
  const response = await fetch(`${baseURL()}/api/themes?locale=en`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...asEditor(cookie) },
    body: JSON.stringify({ title, edition, _status: 'published' }),
  })
  if (!response.ok) throw new Error(`creating the sample theme failed: ${response.status} ${await response.text()}`)
  return ((await response.json()) as { doc: { id: number | string } }).doc
}

/** A sample session (draft) in a sample edition. */
export async function createSampleSession(
  cookie: string,
  edition: number | string,
  fields: { title: string; start: string; end: string; room?: string; speakers?: Array<number | string> },
): Promise<{ id: number | string }> {
  const { room, ...rest } = fields
  const data = { ...rest, ...(room ? { room: await sampleRoom(cookie, edition, room) } : {}) }
  const response = await fetch(`${baseURL()}/api/sessions?locale=en&draft=true`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...asEditor(cookie) },
    body: JSON.stringify({ ...data, edition, kind: 'talk', _status: 'draft' }),
  })
  if (!response.ok) throw new Error(`creating the sample session failed: ${response.status} ${await response.text()}`)
  return ((await response.json()) as { doc: { id: number | string } }).doc
}

/** The id of the sample edition's room with that name, created the first time it is asked for. */
async function sampleRoom(cookie: string, edition: number | string, name: string): Promise<number | string> {
  const query = `where[edition][equals]=${edition}&where[name][equals]=${encodeURIComponent(name)}&depth=0&locale=en`
  const found = await fetch(`${baseURL()}/api/rooms?${query}`, { headers: asEditor(cookie) })
  const existing = ((await found.json()) as { docs?: Array<{ id: number | string }> }).docs?.[0]
  if (existing) return existing.id
  const response = await fetch(`${baseURL()}/api/rooms?locale=en`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...asEditor(cookie) },
    body: JSON.stringify({ name, edition }),
  })
  if (!response.ok) throw new Error(`creating the sample room failed: ${response.status} ${await response.text()}`)
  return ((await response.json()) as { doc: { id: number | string } }).doc.id
}

/** A published sample speaker of a sample edition. */
export async function createSampleSpeaker(cookie: string, edition: number | string, name: string): Promise<{ id: number | string }> {
  const response = await fetch(`${baseURL()}/api/speakers?locale=en`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...asEditor(cookie) },
    body: JSON.stringify({ name, editions: [edition], _status: 'published' }),
  })
  if (!response.ok) throw new Error(`creating the sample speaker failed: ${response.status} ${await response.text()}`)
  return ((await response.json()) as { doc: { id: number | string } }).doc
}
