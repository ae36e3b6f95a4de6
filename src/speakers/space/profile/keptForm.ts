import type { Payload } from 'payload'

import { keepFormState, readFormState } from '../../../platform/formState'
import type { ProfileErrors, ProfileValues } from './validate'

/**
 * Without JavaScript the browser posts the profile to the save route, which redirects (303) back to the
 * page. To show the errors next to their fields with what was typed kept, the route keeps them for a
 * few minutes under a random key bound to the speaker and the document (`?form=<key>`), in the database
 * (src/platform/formState) like the call's form, so the redirect may land on any app process.
 */
export type KeptProfileForm = { errors: ProfileErrors; values: ProfileValues }

const TTL_MS = 15 * 60_000

/** Binds a kept form to its speaker document and address, so a key seen by someone else shows nothing. */
export const keptFormOwner = (id: number | string, email: string) => `${id}:${email.toLowerCase()}`

export function keepProfileForm(payload: Payload, owner: string, form: KeptProfileForm): Promise<string> {
  return keepFormState(payload, { owner, state: form, ttlMs: TTL_MS })
}

export function readKeptProfileForm(payload: Payload, key: unknown, owner: string): Promise<KeptProfileForm | null> {
  return readFormState<KeptProfileForm>(payload, key, owner)
}
