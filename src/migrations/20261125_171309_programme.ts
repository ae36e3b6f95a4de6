import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`_sessions_v_version_segments\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`kind\` text,
  	\`minutes\` numeric,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_sessions_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_sessions_v_version_segments_order_idx\` ON \`_sessions_v_version_segments\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_sessions_v_version_segments_parent_id_idx\` ON \`_sessions_v_version_segments\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_sessions_v_version_segments_locales\` (
  	\`title\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_sessions_v_version_segments\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_sessions_v_version_segments_locales_locale_parent_id_unique\` ON \`_sessions_v_version_segments_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_sessions_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_slug\` text,
  	\`version_edition_id\` integer,
  	\`version_kind\` text DEFAULT 'workshop',
  	\`version_start\` text,
  	\`version_start_tz\` text DEFAULT 'Europe/Paris',
  	\`version_end\` text,
  	\`version_end_tz\` text DEFAULT 'Europe/Paris',
  	\`version_room\` text,
  	\`version_proposal_id\` integer,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`sessions\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_edition_id\`) REFERENCES \`editions\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_proposal_id\`) REFERENCES \`proposals\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_sessions_v_parent_idx\` ON \`_sessions_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_sessions_v_version_version_slug_idx\` ON \`_sessions_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_sessions_v_version_version_edition_idx\` ON \`_sessions_v\` (\`version_edition_id\`);`)
  await db.run(sql`CREATE INDEX \`_sessions_v_version_version_proposal_idx\` ON \`_sessions_v\` (\`version_proposal_id\`);`)
  await db.run(sql`CREATE INDEX \`_sessions_v_version_version_updated_at_idx\` ON \`_sessions_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_sessions_v_version_version_created_at_idx\` ON \`_sessions_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_sessions_v_version_version__status_idx\` ON \`_sessions_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_sessions_v_created_at_idx\` ON \`_sessions_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_sessions_v_updated_at_idx\` ON \`_sessions_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_sessions_v_snapshot_idx\` ON \`_sessions_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_sessions_v_published_locale_idx\` ON \`_sessions_v\` (\`published_locale\`);`)
  await db.run(sql`CREATE INDEX \`_sessions_v_latest_idx\` ON \`_sessions_v\` (\`latest\`);`)
  await db.run(sql`CREATE INDEX \`version_edition_version_start_idx\` ON \`_sessions_v\` (\`version_edition_id\`,\`version_start\`);`)
  await db.run(sql`CREATE TABLE \`_sessions_v_locales\` (
  	\`version_title\` text,
  	\`version_description\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_sessions_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_sessions_v_locales_locale_parent_id_unique\` ON \`_sessions_v_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_sessions_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`speakers_id\` integer,
  	\`themes_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_sessions_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`speakers_id\`) REFERENCES \`speakers\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`themes_id\`) REFERENCES \`themes\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_sessions_v_rels_order_idx\` ON \`_sessions_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_sessions_v_rels_parent_idx\` ON \`_sessions_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_sessions_v_rels_path_idx\` ON \`_sessions_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_sessions_v_rels_speakers_id_idx\` ON \`_sessions_v_rels\` (\`speakers_id\`);`)
  await db.run(sql`CREATE INDEX \`_sessions_v_rels_themes_id_idx\` ON \`_sessions_v_rels\` (\`themes_id\`);`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_sessions_segments\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`kind\` text,
  	\`minutes\` numeric,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`sessions\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_sessions_segments\`("_order", "_parent_id", "id", "kind", "minutes") SELECT "_order", "_parent_id", "id", "kind", "minutes" FROM \`sessions_segments\`;`)
  await db.run(sql`DROP TABLE \`sessions_segments\`;`)
  await db.run(sql`ALTER TABLE \`__new_sessions_segments\` RENAME TO \`sessions_segments\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`sessions_segments_order_idx\` ON \`sessions_segments\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`sessions_segments_parent_id_idx\` ON \`sessions_segments\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`__new_sessions\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`slug\` text,
  	\`edition_id\` integer,
  	\`kind\` text DEFAULT 'workshop',
  	\`start\` text,
  	\`start_tz\` text DEFAULT 'Europe/Paris',
  	\`end\` text,
  	\`end_tz\` text DEFAULT 'Europe/Paris',
  	\`room\` text,
  	\`proposal_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`edition_id\`) REFERENCES \`editions\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`proposal_id\`) REFERENCES \`proposals\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  // Hand-fixed: the generated copy selected the new columns from the old table. Sessions that existed
  // before drafts were public: they stay published.
  await db.run(sql`INSERT INTO \`__new_sessions\`("id", "slug", "edition_id", "kind", "start", "end", "room", "proposal_id", "updated_at", "created_at", "_status") SELECT "id", "slug", "edition_id", "kind", "start", "end", "room", "proposal_id", "updated_at", "created_at", 'published' FROM \`sessions\`;`)
  await db.run(sql`DROP TABLE \`sessions\`;`)
  await db.run(sql`ALTER TABLE \`__new_sessions\` RENAME TO \`sessions\`;`)
  await db.run(sql`CREATE INDEX \`sessions_slug_idx\` ON \`sessions\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`sessions_edition_idx\` ON \`sessions\` (\`edition_id\`);`)
  await db.run(sql`CREATE INDEX \`sessions_proposal_idx\` ON \`sessions\` (\`proposal_id\`);`)
  await db.run(sql`CREATE INDEX \`sessions_updated_at_idx\` ON \`sessions\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`sessions_created_at_idx\` ON \`sessions\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`sessions__status_idx\` ON \`sessions\` (\`_status\`);`)
  await db.run(sql`CREATE INDEX \`edition_start_idx\` ON \`sessions\` (\`edition_id\`,\`start\`);`)
  await db.run(sql`CREATE TABLE \`__new_sessions_locales\` (
  	\`title\` text,
  	\`description\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`sessions\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_sessions_locales\`("title", "description", "id", "_locale", "_parent_id") SELECT "title", "description", "id", "_locale", "_parent_id" FROM \`sessions_locales\`;`)
  await db.run(sql`DROP TABLE \`sessions_locales\`;`)
  await db.run(sql`ALTER TABLE \`__new_sessions_locales\` RENAME TO \`sessions_locales\`;`)
  await db.run(sql`CREATE UNIQUE INDEX \`sessions_locales_locale_parent_id_unique\` ON \`sessions_locales\` (\`_locale\`,\`_parent_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`_sessions_v_version_segments\`;`)
  await db.run(sql`DROP TABLE \`_sessions_v_version_segments_locales\`;`)
  await db.run(sql`DROP TABLE \`_sessions_v\`;`)
  await db.run(sql`DROP TABLE \`_sessions_v_locales\`;`)
  await db.run(sql`DROP TABLE \`_sessions_v_rels\`;`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_sessions\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`slug\` text NOT NULL,
  	\`edition_id\` integer NOT NULL,
  	\`kind\` text DEFAULT 'workshop' NOT NULL,
  	\`start\` text NOT NULL,
  	\`end\` text NOT NULL,
  	\`room\` text,
  	\`proposal_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`edition_id\`) REFERENCES \`editions\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`proposal_id\`) REFERENCES \`proposals\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_sessions\`("id", "slug", "edition_id", "kind", "start", "end", "room", "proposal_id", "updated_at", "created_at") SELECT "id", "slug", "edition_id", "kind", "start", "end", "room", "proposal_id", "updated_at", "created_at" FROM \`sessions\`;`)
  await db.run(sql`DROP TABLE \`sessions\`;`)
  await db.run(sql`ALTER TABLE \`__new_sessions\` RENAME TO \`sessions\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`sessions_slug_idx\` ON \`sessions\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`sessions_edition_idx\` ON \`sessions\` (\`edition_id\`);`)
  await db.run(sql`CREATE INDEX \`sessions_proposal_idx\` ON \`sessions\` (\`proposal_id\`);`)
  await db.run(sql`CREATE INDEX \`sessions_updated_at_idx\` ON \`sessions\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`sessions_created_at_idx\` ON \`sessions\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`edition_start_idx\` ON \`sessions\` (\`edition_id\`,\`start\`);`)
  await db.run(sql`CREATE TABLE \`__new_sessions_segments\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`kind\` text NOT NULL,
  	\`minutes\` numeric,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`sessions\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_sessions_segments\`("_order", "_parent_id", "id", "kind", "minutes") SELECT "_order", "_parent_id", "id", "kind", "minutes" FROM \`sessions_segments\`;`)
  await db.run(sql`DROP TABLE \`sessions_segments\`;`)
  await db.run(sql`ALTER TABLE \`__new_sessions_segments\` RENAME TO \`sessions_segments\`;`)
  await db.run(sql`CREATE INDEX \`sessions_segments_order_idx\` ON \`sessions_segments\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`sessions_segments_parent_id_idx\` ON \`sessions_segments\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`__new_sessions_locales\` (
  	\`title\` text NOT NULL,
  	\`description\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`sessions\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_sessions_locales\`("title", "description", "id", "_locale", "_parent_id") SELECT "title", "description", "id", "_locale", "_parent_id" FROM \`sessions_locales\`;`)
  await db.run(sql`DROP TABLE \`sessions_locales\`;`)
  await db.run(sql`ALTER TABLE \`__new_sessions_locales\` RENAME TO \`sessions_locales\`;`)
  await db.run(sql`CREATE UNIQUE INDEX \`sessions_locales_locale_parent_id_unique\` ON \`sessions_locales\` (\`_locale\`,\`_parent_id\`);`)
}
