import type { BackupDoc, BackupFile } from './format'

type Id = number | string

/**
 * 1 → 2: sessions had a free-text room; they now point at a document of `rooms`. The same rule as the
 * database migration (src/programme/rooms/migrateFreeTextRooms.ts): each distinct text per edition,
 * compared trimmed and case-insensitively, becomes a room named as first written (English), numbered
 * in alphabetical order, and every session and session version points at it.
 */
export function upgradeFreeTextRooms(file: BackupFile): void {
  const sessions = file.collections.sessions ?? []
  const versions = file.versions.sessions ?? []
  const texts: Array<{ edition: Id; name: string }> = []
  const textOf = (value: unknown) => (typeof value === 'string' ? value.trim() : '')
  for (const doc of sessions)
    if (doc.edition != null && textOf(doc.room)) texts.push({ edition: doc.edition as Id, name: textOf(doc.room) })
  for (const row of versions) {
    const version = row.version
    if (version.edition != null && textOf(version.room)) texts.push({ edition: version.edition as Id, name: textOf(version.room) })
  }

  const keyOf = (edition: Id, name: string) => `${String(edition)}\u0000${name.toLowerCase()}`
  const distinct = new Map<string, { edition: Id; name: string }>()
  for (const text of texts) if (!distinct.has(keyOf(text.edition, text.name))) distinct.set(keyOf(text.edition, text.name), text)
  const sorted = [...distinct.values()].sort(
    (a, b) =>
      String(a.edition).localeCompare(String(b.edition), 'en', { numeric: true }) || a.name.localeCompare(b.name, 'en', { numeric: true }),
  )

  const existing = file.collections.rooms ?? []
  const newId = roomIds(file, existing)
  const orderIn = new Map<string, number>()
  const idOf = new Map<string, Id>()
  const rooms: BackupDoc[] = [...existing]
  for (const room of sorted) {
    const order = (orderIn.get(String(room.edition)) ?? 0) + 1
    orderIn.set(String(room.edition), order)
    const id = newId()
    idOf.set(keyOf(room.edition, room.name), id)
    rooms.push({ id, name: { en: room.name }, edition: room.edition, order, createdAt: file.createdAt, updatedAt: file.createdAt })
  }
  if (rooms.length > 0) file.collections.rooms = rooms

  const pointAt = (target: Record<string, unknown>) => {
    if (!('room' in target) || (target.room !== null && typeof target.room !== 'string')) return
    const name = textOf(target.room)
    target.room = name && target.edition != null ? (idOf.get(keyOf(target.edition as Id, name)) ?? null) : null
  }
  for (const doc of sessions) pointAt(doc)
  for (const row of versions) pointAt(row.version)
}

/** Ids for new rooms: after the highest number, or ObjectId-shaped hex for text ids (MongoDB). */
function roomIds(file: BackupFile, existing: BackupDoc[]): () => Id {
  let next = 0
  if (file.adapter.idType === 'number') {
    next = existing.reduce((max, doc) => Math.max(max, Number(doc.id) || 0), 0)
    return () => ++next
  }
  // 4 bytes of the backup's time, then a counter: the shape MongoDB's ObjectIds have, stable per file.
  const seconds = Math.floor(Date.parse(file.createdAt) / 1000) || 0
  const prefix = (seconds >>> 0).toString(16).padStart(8, '0')
  return () => `${prefix}${(++next).toString(16).padStart(16, '0')}`
}
