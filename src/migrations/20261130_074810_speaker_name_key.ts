import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

import { normaliseName } from '../speakers/nameKey'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`speakers\` ADD \`name_key\` text;`)
  await db.run(sql`CREATE INDEX \`speakers_name_key_idx\` ON \`speakers\` (\`name_key\`);`)
  await db.run(sql`ALTER TABLE \`_speakers_v\` ADD \`version_name_key\` text;`)
  await db.run(sql`CREATE INDEX \`_speakers_v_version_version_name_key_idx\` ON \`_speakers_v\` (\`version_name_key\`);`)
  // Existing speakers get their key, so accepting a proposal finds them.
  for (const row of await db.all<{ id: number; name: string | null }>(sql`SELECT id, name FROM speakers`)) {
    await db.run(sql`UPDATE speakers SET name_key = ${normaliseName(row.name ?? '')} WHERE id = ${row.id}`)
  }
  for (const row of await db.all<{ id: number; name: string | null }>(sql`SELECT id, version_name AS name FROM _speakers_v`)) {
    await db.run(sql`UPDATE _speakers_v SET version_name_key = ${normaliseName(row.name ?? '')} WHERE id = ${row.id}`)
  }
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP INDEX \`speakers_name_key_idx\`;`)
  await db.run(sql`ALTER TABLE \`speakers\` DROP COLUMN \`name_key\`;`)
  await db.run(sql`DROP INDEX \`_speakers_v_version_version_name_key_idx\`;`)
  await db.run(sql`ALTER TABLE \`_speakers_v\` DROP COLUMN \`version_name_key\`;`)
}
