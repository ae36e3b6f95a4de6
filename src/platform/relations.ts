/** The id of a relationship value, whether populated (an object) or not (an id). */
export function relationId(value: unknown): number | string | undefined {
  const id = typeof value === 'object' && value !== null ? (value as { id?: unknown }).id : value
  return typeof id === 'number' || typeof id === 'string' ? id : undefined
}
