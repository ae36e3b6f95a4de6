import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`slides\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`edition_id\` integer NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`url\` text,
  	\`thumbnail_u_r_l\` text,
  	\`filename\` text,
  	\`mime_type\` text,
  	\`filesize\` numeric,
  	\`width\` numeric,
  	\`height\` numeric,
  	\`focal_x\` numeric,
  	\`focal_y\` numeric,
  	FOREIGN KEY (\`edition_id\`) REFERENCES \`editions\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`slides_edition_idx\` ON \`slides\` (\`edition_id\`);`)
  await db.run(sql`CREATE INDEX \`slides_updated_at_idx\` ON \`slides\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`slides_created_at_idx\` ON \`slides\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`slides_filename_idx\` ON \`slides\` (\`filename\`);`)
  await db.run(sql`ALTER TABLE \`sessions\` ADD \`slides_file_id\` integer REFERENCES slides(id);`)
  await db.run(sql`ALTER TABLE \`sessions\` ADD \`slides_url\` text;`)
  await db.run(sql`ALTER TABLE \`sessions\` ADD \`recording_url\` text;`)
  await db.run(sql`ALTER TABLE \`sessions\` ADD \`perspective_id\` integer REFERENCES perspectives(id);`)
  await db.run(sql`CREATE INDEX \`sessions_slides_file_idx\` ON \`sessions\` (\`slides_file_id\`);`)
  await db.run(sql`CREATE INDEX \`sessions_perspective_idx\` ON \`sessions\` (\`perspective_id\`);`)
  await db.run(sql`ALTER TABLE \`sessions_locales\` ADD \`summary\` text;`)
  await db.run(sql`ALTER TABLE \`_sessions_v\` ADD \`version_slides_file_id\` integer REFERENCES slides(id);`)
  await db.run(sql`ALTER TABLE \`_sessions_v\` ADD \`version_slides_url\` text;`)
  await db.run(sql`ALTER TABLE \`_sessions_v\` ADD \`version_recording_url\` text;`)
  await db.run(sql`ALTER TABLE \`_sessions_v\` ADD \`version_perspective_id\` integer REFERENCES perspectives(id);`)
  await db.run(sql`CREATE INDEX \`_sessions_v_version_version_slides_file_idx\` ON \`_sessions_v\` (\`version_slides_file_id\`);`)
  await db.run(sql`CREATE INDEX \`_sessions_v_version_version_perspective_idx\` ON \`_sessions_v\` (\`version_perspective_id\`);`)
  await db.run(sql`ALTER TABLE \`_sessions_v_locales\` ADD \`version_summary\` text;`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`slides_id\` integer REFERENCES slides(id);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_slides_id_idx\` ON \`payload_locked_documents_rels\` (\`slides_id\`);`)
  await db.run(sql`ALTER TABLE \`site_settings\` ADD \`peertube_hosts\` text;`)
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  // Hand-written: the generated down rebuilt sessions and _sessions_v (drop + recreate), which cascades to
  // their child tables inside a transaction. Dropping the added columns leaves the children alone.
  await db.run(sql`DROP INDEX IF EXISTS \`payload_locked_documents_rels_slides_id_idx\`;`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` DROP COLUMN \`slides_id\`;`)
  await db.run(sql`ALTER TABLE \`site_settings\` DROP COLUMN \`peertube_hosts\`;`)
  await db.run(sql`ALTER TABLE \`_sessions_v_locales\` DROP COLUMN \`version_summary\`;`)
  await db.run(sql`DROP INDEX IF EXISTS \`_sessions_v_version_version_slides_file_idx\`;`)
  await db.run(sql`DROP INDEX IF EXISTS \`_sessions_v_version_version_perspective_idx\`;`)
  for (const column of ['version_slides_file_id', 'version_slides_url', 'version_recording_url', 'version_perspective_id']) {
    await db.run(sql.raw(`ALTER TABLE \`_sessions_v\` DROP COLUMN \`${column}\`;`))
  }
  await db.run(sql`ALTER TABLE \`sessions_locales\` DROP COLUMN \`summary\`;`)
  await db.run(sql`DROP INDEX IF EXISTS \`sessions_slides_file_idx\`;`)
  await db.run(sql`DROP INDEX IF EXISTS \`sessions_perspective_idx\`;`)
  for (const column of ['slides_file_id', 'slides_url', 'recording_url', 'perspective_id']) {
    await db.run(sql.raw(`ALTER TABLE \`sessions\` DROP COLUMN \`${column}\`;`))
  }
  await db.run(sql`DROP TABLE \`slides\`;`)
}
