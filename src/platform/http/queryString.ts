/**
 * A value as the bracketed query parameters Payload reads back (`qs`): `{ where: { title: { like: 'x' } } }`
 * → `where[title][like]=x`. Lets an admin link carry the list's filter without another dependency.
 */
export function bracketParams(value: unknown, prefix: string): string[] {
  if (value === undefined || value === null) return []
  if (Array.isArray(value)) return value.flatMap((item, index) => bracketParams(item, `${prefix}[${index}]`))
  if (typeof value === 'object') {
    return Object.entries(value as Record<string, unknown>).flatMap(([key, item]) => bracketParams(item, `${prefix}[${key}]`))
  }
  return [`${encodeURIComponent(prefix)}=${encodeURIComponent(String(value))}`]
}
