/** Admin addresses the dashboard links to: a document, or a collection's list filtered by a `where`. */
type Id = number | string
type Condition = Record<string, unknown>

function whereQuery(where: Condition, prefix = 'where'): string[] {
  return Object.entries(where).flatMap(([key, value]) => {
    const name = `${prefix}[${key}]`
    if (Array.isArray(value)) {
      return value.flatMap((item, index) =>
        typeof item === 'object' && item !== null
          ? whereQuery(item as Condition, `${name}[${index}]`)
          : [`${encodeURIComponent(`${name}[${index}]`)}=${encodeURIComponent(String(item))}`],
      )
    }
    if (typeof value === 'object' && value !== null) return whereQuery(value as Condition, name)
    return [`${encodeURIComponent(name)}=${encodeURIComponent(String(value))}`]
  })
}

export const adminLinks = {
  document: (adminRoute: string, collection: string, id: Id) => `${adminRoute}/collections/${collection}/${String(id)}`,
  list: (adminRoute: string, collection: string, where?: Condition) =>
    `${adminRoute}/collections/${collection}${where ? `?${whereQuery(where).join('&')}` : ''}`,
}
