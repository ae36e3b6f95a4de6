import type { Payload } from 'payload'

import { keepFormState, readFormState as readKept } from '../../platform/formState'
import type { FieldErrors, FormValues } from './submission'

/**
 * Why this exists: without JavaScript the browser posts the form to the submission route, which answers
 * with a redirect (303, post/redirect/get) rather than a page. To show the errors next to their fields
 * with everything typed kept, the route keeps the errors and values for a few minutes under a random
 * key and redirects to the form page with `?form=<key>`, which renders them (a reload shows them again).
 * The key is unguessable, so what someone typed is shown to no one else. Kept in the database
 * (src/platform/formState), so the redirect may land on any app process.
 */
export type FormState = { errors: FieldErrors; values: FormValues; token: string; message?: string }

const TTL_MS = 15 * 60_000

/** Keeps the state and returns its key; `owner` binds it to a reader (the speaker space's edit form). */
export function saveFormState(payload: Payload, state: FormState, owner?: string): Promise<string> {
  return keepFormState(payload, { state, owner, ttlMs: TTL_MS })
}

/** The saved state for a key while it lasts and for the same owner, or null. */
export function readFormState(payload: Payload, key: string | undefined | null, owner?: string): Promise<FormState | null> {
  return readKept<FormState>(payload, key, owner)
}
