import type { FlattenedField, Payload } from 'payload'

function relationsOf(fields: FlattenedField[], into: Set<string>): Set<string> {
  for (const field of fields) {
    if ((field.type === 'relationship' || field.type === 'upload') && 'relationTo' in field) {
      for (const slug of [field.relationTo].flat()) into.add(slug)
    }
    if ('flattenedFields' in field && Array.isArray(field.flattenedFields)) relationsOf(field.flattenedFields, into)
    if (field.type === 'blocks') for (const block of field.blocks) relationsOf(block.flattenedFields, into)
  }
  return into
}

/**
 * Collections in an order where each one's relationship targets are written before it, so a
 * database that checks foreign keys (SQLite) accepts every row. Collections caught in a cycle
 * keep the config's order at the end.
 */
export function restoreOrder(payload: Payload, slugs: readonly string[]): string[] {
  const wanted = new Set(slugs)
  const pending = new Map<string, Set<string>>()
  for (const slug of slugs) {
    const config = payload.collections[slug as keyof typeof payload.collections]!.config
    const deps = relationsOf(config.flattenedFields, new Set())
    deps.delete(slug)
    pending.set(slug, new Set([...deps].filter((dep) => wanted.has(dep))))
  }
  const order: string[] = []
  while (pending.size > 0) {
    const ready = [...pending.keys()].filter((slug) => [...pending.get(slug)!].every((dep) => !pending.has(dep)))
    const next = ready.length > 0 ? ready : [...pending.keys()]
    for (const slug of next) {
      order.push(slug)
      pending.delete(slug)
    }
  }
  return order
}
