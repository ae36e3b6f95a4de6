import { baseURL } from './env'

/**
 * REST calls over JSON for tests that make their sample documents one by one, and the clean-up after
 * them. `headers` carry the admin's login (cookie and origin), read at each call since the login
 * arrives in the `before` hook.
 */
type Id = number | string
export type JsonAnswer = { status: number; json: Record<string, unknown> & { doc?: { id: Id } } }
export type Created = Array<{ collection: string; id: Id }>

export function jsonApi(headers: () => Record<string, string>) {
  return async (method: string, path: string, body?: unknown): Promise<JsonAnswer> => {
    const response = await fetch(`${baseURL()}/api${path}`, {
      method,
      headers: { ...headers(), 'content-type': 'application/json' },
      ...(body ? { body: JSON.stringify(body) } : {}),
    })
    return { status: response.status, json: (await response.json()) as JsonAnswer['json'] }
  }
}

/** Deletes the documents a test created, newest first (what points to another goes before it). */
export async function deleteCreated(created: Created, headers: Record<string, string>): Promise<void> {
  for (const { collection, id } of [...created].reverse())
    await fetch(`${baseURL()}/api/${collection}/${id}`, { method: 'DELETE', headers })
}
