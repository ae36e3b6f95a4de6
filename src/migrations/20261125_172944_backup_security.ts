import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE INDEX \`edition_order_idx\` ON \`themes\` (\`edition_id\`,\`order\`);`)
  await db.run(sql`CREATE INDEX \`version_edition_version_order_idx\` ON \`_themes_v\` (\`version_edition_id\`,\`version_order\`);`)
  await db.run(sql`CREATE INDEX \`speakers_name_idx\` ON \`speakers\` (\`name\`);`)
  await db.run(sql`CREATE INDEX \`_speakers_v_version_version_name_idx\` ON \`_speakers_v\` (\`version_name\`);`)
  await db.run(sql`CREATE INDEX \`edition_order_1_idx\` ON \`committee_members\` (\`edition_id\`,\`order\`);`)
  await db.run(sql`CREATE INDEX \`edition_slug_1_idx\` ON \`sessions\` (\`edition_id\`,\`slug\`);`)
  await db.run(sql`CREATE INDEX \`perspectives_published_date_idx\` ON \`perspectives\` (\`published_date\`);`)
  await db.run(sql`CREATE INDEX \`_perspectives_v_version_version_published_date_idx\` ON \`_perspectives_v\` (\`version_published_date\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP INDEX \`edition_order_idx\`;`)
  await db.run(sql`DROP INDEX \`version_edition_version_order_idx\`;`)
  await db.run(sql`DROP INDEX \`speakers_name_idx\`;`)
  await db.run(sql`DROP INDEX \`_speakers_v_version_version_name_idx\`;`)
  await db.run(sql`DROP INDEX \`edition_order_1_idx\`;`)
  await db.run(sql`DROP INDEX \`edition_slug_1_idx\`;`)
  await db.run(sql`DROP INDEX \`perspectives_published_date_idx\`;`)
  await db.run(sql`DROP INDEX \`_perspectives_v_version_version_published_date_idx\`;`)
}
