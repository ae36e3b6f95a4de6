import type { CollectionBeforeValidateHook, CollectionConfig, GlobalBeforeValidateHook, GlobalConfig } from 'payload'

// C0 controls except tab and newline, DEL, and C1 controls: never meant to be in a text, and a NUL
// byte would be sent raw in the HTML of public pages.
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g
// Secrets are compared byte for byte: never rewritten.
const UNTOUCHED = new Set(['password', 'confirm-password', 'salt', 'hash'])

function stripControlCharacters<T>(value: T): T {
  if (typeof value === 'string') return value.replace(CONTROL, '') as T
  if (Array.isArray(value)) return value.map(stripControlCharacters) as T
  if (value && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    const out: Record<string, unknown> = {}
    for (const [key, item] of Object.entries(value)) out[key] = UNTOUCHED.has(key) ? item : stripControlCharacters(item)
    return out as T
  }
  return value
}

/** Every text a document holds (plain fields and rich-text JSON alike) is cleaned on save. */
const stripControlsOnSave: CollectionBeforeValidateHook & GlobalBeforeValidateHook = ({ data }) =>
  data ? stripControlCharacters(data) : data

export function withTextHygiene(collections: CollectionConfig[]): CollectionConfig[] {
  return collections.map((collection) => ({
    ...collection,
    hooks: { ...collection.hooks, beforeValidate: [stripControlsOnSave, ...(collection.hooks?.beforeValidate ?? [])] },
  }))
}

export function globalsWithTextHygiene(globals: GlobalConfig[]): GlobalConfig[] {
  return globals.map((global) => ({
    ...global,
    hooks: { ...global.hooks, beforeValidate: [stripControlsOnSave, ...(global.hooks?.beforeValidate ?? [])] },
  }))
}
