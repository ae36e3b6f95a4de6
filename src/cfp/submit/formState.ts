import crypto from 'node:crypto'

import type { FieldErrors, FormValues } from './submission'

/**
 * Why this exists: without JavaScript the browser posts the form to the submission route, which answers
 * with a redirect (303, post/redirect/get) rather than a page. To show the errors next to their fields
 * with everything typed kept, the route keeps the errors and values here for a few minutes under a random
 * id and redirects to the form page with `?form=<id>`, which renders them (a reload shows them again).
 * The id is unguessable, so what someone typed is shown to no one else; kept in memory, which is right
 * for the one app instance we run (a second instance would need a shared store).
 */
export type FormState = { errors: FieldErrors; values: FormValues; token: string; message?: string }

const TTL_MS = 15 * 60_000
const MAX_ENTRIES = 2_000

type Entry = { state: FormState; expires: number }
const GLOBAL_KEY = Symbol.for('commons-hub.cfp.form-state')

function store(): Map<string, Entry> {
  const holder = globalThis as unknown as Record<symbol, Map<string, Entry> | undefined>
  holder[GLOBAL_KEY] ??= new Map()
  return holder[GLOBAL_KEY]
}

export function saveFormState(state: FormState, now = Date.now()): string {
  const entries = store()
  for (const [id, entry] of entries) if (entry.expires <= now) entries.delete(id)
  // Oldest first (insertion order): a flood cannot grow the map without bound.
  while (entries.size >= MAX_ENTRIES) entries.delete(entries.keys().next().value!)
  const id = crypto.randomBytes(18).toString('base64url')
  entries.set(id, { state, expires: now + TTL_MS })
  return id
}

/** The saved state for an id while it lasts, or null. */
export function readFormState(id: string | undefined | null, now = Date.now()): FormState | null {
  if (!id || !/^[A-Za-z0-9_-]{10,64}$/.test(id)) return null
  const entry = store().get(id)
  return entry && entry.expires > now ? entry.state : null
}
