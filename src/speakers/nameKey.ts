import type { Field, FieldHook } from 'payload'

/** Lower-case, no accents, no punctuation, single spaces: "Élodie  Lovelace-Byron" → "elodie lovelace byron". */
export function normaliseName(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
}

/** Keeps the key in step with the name on every write (the admin never edits it). */
const fillNameKey: FieldHook = ({ data, originalDoc }) => {
  const name = data?.name ?? originalDoc?.name
  return typeof name === 'string' ? normaliseName(name) : undefined
}

/**
 * The speaker's name as matching compares it, stored and indexed: neither SQLite's nor MongoDB's
 * `like` ignores accents, so "Elodie" can only find "Élodie" through a key normalised on both sides.
 */
export function nameKeyField(): Field {
  return {
    name: 'nameKey',
    type: 'text',
    index: true,
    admin: { hidden: true },
    hooks: { beforeChange: [fillNameKey] },
  }
}
