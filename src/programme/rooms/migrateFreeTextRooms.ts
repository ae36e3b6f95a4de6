import { sql, type MigrateUpArgs } from '@payloadcms/db-sqlite'

type Db = MigrateUpArgs['db']

/**
 * SQLite migration step: sessions had a free-text room; they now choose one of their edition's rooms.
 * Runs after `room_id` / `version_room_id` are added and before the text columns are dropped: each
 * distinct text per edition (compared trimmed and case-insensitively, as the old conflict rule did)
 * becomes a room named as first written, in alphabetical order, and every session and version points
 * at it. Returns how many rooms it created.
 * @public used by the migration src/migrations/20261130_092237_round_two.ts
 */
export async function migrateFreeTextRooms(db: Db): Promise<number> {
  const rows = (await db.all(sql`
    SELECT edition_id AS edition, trim(room) AS name FROM sessions WHERE edition_id IS NOT NULL AND trim(coalesce(room, '')) <> ''
    UNION ALL
    SELECT version_edition_id, trim(version_room) FROM _sessions_v WHERE version_edition_id IS NOT NULL AND trim(coalesce(version_room, '')) <> ''
  `)) as Array<{ edition: number; name: string }>
  const rooms = new Map<string, { edition: number; name: string }>()
  for (const row of rows) {
    const key = `${row.edition}\u0000${row.name.toLowerCase()}`
    if (!rooms.has(key)) rooms.set(key, row)
  }
  const sorted = [...rooms.values()].sort((a, b) => a.edition - b.edition || a.name.localeCompare(b.name, 'en', { numeric: true }))
  const orderIn = new Map<number, number>()
  for (const room of sorted) {
    const order = (orderIn.get(room.edition) ?? 0) + 1
    orderIn.set(room.edition, order)
    const [created] = (await db.all(
      sql`INSERT INTO rooms (edition_id, "order") VALUES (${room.edition}, ${order}) RETURNING id`,
    )) as Array<{ id: number }>
    const id = created!.id
    await db.run(sql`INSERT INTO rooms_locales (name, _locale, _parent_id) VALUES (${room.name}, 'en', ${id})`)
    await db.run(
      sql`UPDATE sessions SET room_id = ${id} WHERE edition_id = ${room.edition} AND lower(trim(room)) = ${room.name.toLowerCase()}`,
    )
    await db.run(
      sql`UPDATE _sessions_v SET version_room_id = ${id} WHERE version_edition_id = ${room.edition} AND lower(trim(version_room)) = ${room.name.toLowerCase()}`,
    )
  }
  return sorted.length
}
