import type { ClientField } from 'payload'

/**
 * Where a form path sits for an editor: its label chain and the tab that holds it, read from the
 * collection's client config. Array and block rows are matched without their row numbers.
 */
export type FieldPlace = { labels: string[]; tab?: string }

type Translatable = string | Record<string, string> | false | undefined | null | ((...args: never[]) => unknown)

function labelText(label: Translatable, language: string, name?: string): string | undefined {
  if (typeof label === 'string') return label
  if (label && typeof label === 'object') return label[language] ?? label.en ?? Object.values(label)[0]
  if (label === false) return undefined
  return name ? humanize(name) : undefined
}

/** Payload's fallback label for a field without one: "hostEvent" → "Host Event". */
function humanize(name: string): string {
  return name
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/[_-]+/g, ' ')
    .replace(/\b\w/g, (letter) => letter.toUpperCase())
}

export function fieldPlaces(fields: readonly ClientField[], language: string): Map<string, FieldPlace> {
  const places = new Map<string, FieldPlace>()
  const walk = (list: readonly ClientField[], prefix: string, labels: string[], tab: string | undefined) => {
    for (const field of list) {
      if (field.type === 'tabs') {
        for (const entry of field.tabs) {
          const tabLabel = labelText(entry.label as Translatable, language, 'name' in entry ? entry.name : undefined)
          const named = 'name' in entry && entry.name
          walk(entry.fields, named ? `${prefix}${entry.name}.` : prefix, named && tabLabel ? [...labels, tabLabel] : labels, tabLabel)
        }
        continue
      }
      const name = 'name' in field ? field.name : undefined
      if (!name) {
        if ('fields' in field && Array.isArray(field.fields)) walk(field.fields, prefix, labels, tab)
        continue
      }
      const label = labelText(('label' in field ? field.label : undefined) as Translatable, language, name) ?? humanize(name)
      const path = `${prefix}${name}`
      places.set(path, { labels: [...labels, label], tab })
      if ('fields' in field && Array.isArray(field.fields)) walk(field.fields, `${path}.`, [...labels, label], tab)
      if (field.type === 'blocks') {
        for (const block of field.blocks ?? []) {
          if (typeof block !== 'string') walk(block.fields, `${path}.`, [...labels, label], tab)
        }
      }
    }
  }
  walk(fields, '', [], undefined)
  return places
}

/** The place of a form path such as "format.2.title" (row numbers dropped to match the schema). */
export function placeOf(places: Map<string, FieldPlace>, path: string): FieldPlace | undefined {
  return (
    places.get(path) ??
    places.get(
      path
        .split('.')
        .filter((segment) => !/^\d+$/.test(segment))
        .join('.'),
    )
  )
}
