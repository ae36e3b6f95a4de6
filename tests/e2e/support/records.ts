import { baseURL } from './env'

/** A seeded edition as the REST API returns it (depth 0): the fields the browser tests read. */
export type EditionRecord = { id: number | string; year: number; tagline: string }

/**
 * The seeded edition of `year` (every database the tests start from is seeded on its first start, so
 * each file can rely on it without another file creating it). `headers` carry a login when the test
 * needs the draft-aware answer.
 */
export async function editionOf(year: number, headers: Record<string, string> = {}, base = baseURL()): Promise<EditionRecord> {
  const response = await fetch(`${base}/api/editions?where[year][equals]=${year}&depth=0`, { headers })
  if (!response.ok) throw new Error(`GET /api/editions (year ${year}) answered ${response.status}`)
  const edition = ((await response.json()) as { docs: EditionRecord[] }).docs[0]
  if (!edition) throw new Error(`no edition ${year}: the test database should be seeded`)
  return edition
}
