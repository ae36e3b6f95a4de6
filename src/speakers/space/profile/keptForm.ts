import crypto from 'node:crypto'

import type { ProfileErrors, ProfileValues } from './validate'

/**
 * Without JavaScript the browser posts the profile to the save route, which redirects (303) back to the
 * page. To show the errors next to their fields with what was typed kept, the route keeps them here
 * for a few minutes under a random id bound to the speaker and the document (`?form=<id>`). In memory,
 * like the call's form (src/cfp/submit/formState.ts): right for the one app process we run; with
 * several, a redirect landing on another process shows the form as stored, with the error summary.
 */
export type KeptProfileForm = { owner: string; errors: ProfileErrors; values: ProfileValues }

const TTL_MS = 15 * 60_000
const MAX_ENTRIES = 1_000
const GLOBAL_KEY = Symbol.for('commons-hub.speaker-profile.kept-form')

function store(): Map<string, { form: KeptProfileForm; expires: number }> {
  const holder = globalThis as unknown as Record<symbol, Map<string, { form: KeptProfileForm; expires: number }> | undefined>
  holder[GLOBAL_KEY] ??= new Map()
  return holder[GLOBAL_KEY]
}

/** Binds a kept form to its speaker document and address, so an id seen by someone else shows nothing. */
export const keptFormOwner = (id: number | string, email: string) => `${id}:${email.toLowerCase()}`

export function keepProfileForm(form: KeptProfileForm, now = Date.now()): string {
  const entries = store()
  for (const [key, entry] of entries) if (entry.expires <= now) entries.delete(key)
  while (entries.size >= MAX_ENTRIES) entries.delete(entries.keys().next().value!)
  const key = crypto.randomBytes(18).toString('base64url')
  entries.set(key, { form, expires: now + TTL_MS })
  return key
}

export function readKeptProfileForm(key: unknown, owner: string, now = Date.now()): KeptProfileForm | null {
  if (typeof key !== 'string' || !/^[A-Za-z0-9_-]{10,64}$/.test(key)) return null
  const entry = store().get(key)
  return entry && entry.expires > now && entry.form.owner === owner ? entry.form : null
}
