import type { CollectionConfig, Field, TextField } from 'payload'
import { baseIDField } from 'payload'

/**
 * What the admin's list filter menu offers: the fields an editor asks questions about, not the
 * machinery (row ids of arrays, email logs, the text of a prepared email).
 */
const NOT_IN_LISTS = { disableListFilter: true, disableListColumn: true } as const

type WithAdmin = { admin?: Record<string, unknown> }
type WithChildren = { fields?: Field[]; tabs?: Array<{ fields: Field[] }> }

/** The field and every field inside it: no list filter, no list column. */
export function internalToLists<T extends Field>(field: T): T {
  const children = field as WithChildren
  return {
    ...field,
    admin: { ...(field as WithAdmin).admin, ...NOT_IN_LISTS },
    ...(children.fields ? { fields: children.fields.map(internalToLists) } : {}),
    ...(children.tabs ? { tabs: children.tabs.map((tab) => ({ ...tab, fields: tab.fields.map(internalToLists) })) } : {}),
  } as T
}

/**
 * Payload gives every array row an `id` field and lists it as a filter ("Links > ID"). Declaring the
 * same field ourselves (Payload keeps a declared one) lets us keep it out of filters and columns.
 */
const rowIdField: TextField = { ...(baseIDField as TextField), admin: { ...baseIDField.admin, ...NOT_IN_LISTS } }

function withRowIds(fields: Field[]): Field[] {
  return fields.map((field) => {
    if (field.type === 'array') {
      const declared = field.fields.some((child) => 'name' in child && child.name === 'id')
      return { ...field, fields: declared ? withRowIds(field.fields) : [...withRowIds(field.fields), rowIdField] }
    }
    if (field.type === 'tabs') return { ...field, tabs: field.tabs.map((tab) => ({ ...tab, fields: withRowIds(tab.fields) })) }
    if ('fields' in field && Array.isArray(field.fields)) return { ...field, fields: withRowIds(field.fields) } as Field
    return field
  })
}

export function withoutRowIdFilters(collection: CollectionConfig): CollectionConfig {
  return { ...collection, fields: withRowIds(collection.fields) }
}
