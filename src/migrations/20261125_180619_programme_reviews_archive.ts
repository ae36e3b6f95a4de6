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
  await db.run(sql`CREATE INDEX \`version_edition_version_slug_1_idx\` ON \`_sessions_v\` (\`version_edition_id\`,\`version_slug\`);`)
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
  await db.run(sql`CREATE TABLE \`proposals_emails\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`kind\` text NOT NULL,
  	\`to\` text NOT NULL,
  	\`status\` text NOT NULL,
  	\`error\` text,
  	\`at\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`proposals\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`proposals_emails_order_idx\` ON \`proposals_emails\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`proposals_emails_parent_id_idx\` ON \`proposals_emails\` (\`_parent_id\`);`)
  // Hand-edited: migrations run in a transaction, where PRAGMA foreign_keys=OFF has no effect, so
  // dropping the old sessions tables below would cascade-delete their translations, segments and
  // relations. Keep a copy of those rows and put them back once the tables are rebuilt.
  const kept: Record<string, string> = {
    sessions_locales: '"title", "description", "id", "_locale", "_parent_id"',
    sessions_segments: '"_order", "_parent_id", "id", "kind", "minutes"',
    sessions_segments_locales: '"title", "id", "_locale", "_parent_id"',
    sessions_rels: '"id", "order", "parent_id", "path", "speakers_id", "themes_id"',
  }
  for (const [table, columns] of Object.entries(kept)) {
    await db.run(sql.raw(`CREATE TABLE \`_keep_${table}\` AS SELECT ${columns} FROM \`${table}\`;`))
  }
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
  // Hand-edited: the old table has no start_tz, end_tz or _status (drizzle-kit selected them anyway);
  // sessions that existed before drafts were public, so they stay published.
  await db.run(sql`INSERT INTO \`__new_sessions\`("id", "slug", "edition_id", "kind", "start", "start_tz", "end", "end_tz", "room", "proposal_id", "updated_at", "created_at", "_status") SELECT "id", "slug", "edition_id", "kind", "start", 'Europe/Paris', "end", 'Europe/Paris', "room", "proposal_id", "updated_at", "created_at", 'published' FROM \`sessions\`;`)
  await db.run(sql`DROP TABLE \`sessions\`;`)
  await db.run(sql`ALTER TABLE \`__new_sessions\` RENAME TO \`sessions\`;`)
  await db.run(sql`CREATE INDEX \`sessions_slug_idx\` ON \`sessions\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`sessions_edition_idx\` ON \`sessions\` (\`edition_id\`);`)
  await db.run(sql`CREATE INDEX \`sessions_proposal_idx\` ON \`sessions\` (\`proposal_id\`);`)
  await db.run(sql`CREATE INDEX \`sessions_updated_at_idx\` ON \`sessions\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`sessions_created_at_idx\` ON \`sessions\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`sessions__status_idx\` ON \`sessions\` (\`_status\`);`)
  await db.run(sql`CREATE INDEX \`edition_start_idx\` ON \`sessions\` (\`edition_id\`,\`start\`);`)
  await db.run(sql`CREATE INDEX \`edition_slug_1_idx\` ON \`sessions\` (\`edition_id\`,\`slug\`);`)
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
  for (const [table, columns] of Object.entries(kept)) {
    await db.run(sql.raw(`INSERT OR IGNORE INTO \`${table}\` (${columns}) SELECT ${columns} FROM \`_keep_${table}\`;`))
    await db.run(sql.raw(`DROP TABLE \`_keep_${table}\`;`))
  }
  await db.run(sql`ALTER TABLE \`proposals\` ADD \`review_count\` numeric DEFAULT 0;`)
  await db.run(sql`ALTER TABLE \`proposals\` ADD \`average_score\` numeric;`)
  await db.run(sql`ALTER TABLE \`proposals\` ADD \`speaker_id\` integer REFERENCES speakers(id);`)
  await db.run(sql`ALTER TABLE \`proposals\` ADD \`submission_token\` text;`)
  await db.run(sql`ALTER TABLE \`proposals\` ADD \`language\` text;`)
  await db.run(sql`ALTER TABLE \`proposals\` ADD \`decision_email_kind\` text;`)
  await db.run(sql`ALTER TABLE \`proposals\` ADD \`decision_email_locale\` text;`)
  await db.run(sql`ALTER TABLE \`proposals\` ADD \`decision_email_status\` text;`)
  await db.run(sql`ALTER TABLE \`proposals\` ADD \`decision_email_subject\` text;`)
  await db.run(sql`ALTER TABLE \`proposals\` ADD \`decision_email_body\` text;`)
  await db.run(sql`ALTER TABLE \`proposals\` ADD \`decision_email_prepared_at\` text;`)
  await db.run(sql`ALTER TABLE \`proposals\` ADD \`decision_email_sent_at\` text;`)
  await db.run(sql`ALTER TABLE \`proposals\` ADD \`decision_email_sent_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`proposals\` ADD \`decision_email_error\` text;`)
  await db.run(sql`CREATE INDEX \`proposals_review_count_idx\` ON \`proposals\` (\`review_count\`);`)
  await db.run(sql`CREATE INDEX \`proposals_average_score_idx\` ON \`proposals\` (\`average_score\`);`)
  await db.run(sql`CREATE INDEX \`proposals_speaker_idx\` ON \`proposals\` (\`speaker_id\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`proposals_submission_token_idx\` ON \`proposals\` (\`submission_token\`);`)
  await db.run(sql`CREATE INDEX \`proposals_decision_email_decision_email_sent_by_idx\` ON \`proposals\` (\`decision_email_sent_by_id\`);`)
  await db.run(sql`CREATE INDEX \`edition_order_idx\` ON \`themes\` (\`edition_id\`,\`order\`);`)
  await db.run(sql`CREATE INDEX \`version_edition_version_order_idx\` ON \`_themes_v\` (\`version_edition_id\`,\`version_order\`);`)
  await db.run(sql`CREATE INDEX \`speakers_name_idx\` ON \`speakers\` (\`name\`);`)
  await db.run(sql`CREATE INDEX \`_speakers_v_version_version_name_idx\` ON \`_speakers_v\` (\`version_name\`);`)
  await db.run(sql`CREATE INDEX \`edition_order_1_idx\` ON \`committee_members\` (\`edition_id\`,\`order\`);`)
  await db.run(sql`CREATE INDEX \`perspectives_published_date_idx\` ON \`perspectives\` (\`published_date\`);`)
  await db.run(sql`CREATE INDEX \`_perspectives_v_version_version_published_date_idx\` ON \`_perspectives_v\` (\`version_published_date\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`_sessions_v_version_segments\`;`)
  await db.run(sql`DROP TABLE \`_sessions_v_version_segments_locales\`;`)
  await db.run(sql`DROP TABLE \`_sessions_v\`;`)
  await db.run(sql`DROP TABLE \`_sessions_v_locales\`;`)
  await db.run(sql`DROP TABLE \`_sessions_v_rels\`;`)
  await db.run(sql`DROP TABLE \`proposals_emails\`;`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_proposals\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`reference\` text,
  	\`edition_id\` integer NOT NULL,
  	\`status\` text DEFAULT 'submitted' NOT NULL,
  	\`submitter_name\` text NOT NULL,
  	\`submitter_email\` text NOT NULL,
  	\`submitter_affiliation\` text,
  	\`title\` text NOT NULL,
  	\`abstract\` text NOT NULL,
  	\`format\` text NOT NULL,
  	\`other_theme\` text,
  	\`duration_wish\` text,
  	\`bio\` text NOT NULL,
  	\`consent\` integer DEFAULT false NOT NULL,
  	\`internal_notes\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`edition_id\`) REFERENCES \`editions\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_proposals\`("id", "reference", "edition_id", "status", "submitter_name", "submitter_email", "submitter_affiliation", "title", "abstract", "format", "other_theme", "duration_wish", "bio", "consent", "internal_notes", "updated_at", "created_at") SELECT "id", "reference", "edition_id", "status", "submitter_name", "submitter_email", "submitter_affiliation", "title", "abstract", "format", "other_theme", "duration_wish", "bio", "consent", "internal_notes", "updated_at", "created_at" FROM \`proposals\`;`)
  await db.run(sql`DROP TABLE \`proposals\`;`)
  await db.run(sql`ALTER TABLE \`__new_proposals\` RENAME TO \`proposals\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE UNIQUE INDEX \`proposals_reference_idx\` ON \`proposals\` (\`reference\`);`)
  await db.run(sql`CREATE INDEX \`proposals_edition_idx\` ON \`proposals\` (\`edition_id\`);`)
  await db.run(sql`CREATE INDEX \`proposals_status_idx\` ON \`proposals\` (\`status\`);`)
  await db.run(sql`CREATE INDEX \`proposals_updated_at_idx\` ON \`proposals\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`proposals_created_at_idx\` ON \`proposals\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`edition_status_idx\` ON \`proposals\` (\`edition_id\`,\`status\`);`)
  await db.run(sql`DROP INDEX \`edition_order_idx\`;`)
  await db.run(sql`DROP INDEX \`version_edition_version_order_idx\`;`)
  await db.run(sql`DROP INDEX \`speakers_name_idx\`;`)
  await db.run(sql`DROP INDEX \`_speakers_v_version_version_name_idx\`;`)
  await db.run(sql`DROP INDEX \`edition_order_1_idx\`;`)
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
  await db.run(sql`CREATE INDEX \`sessions_slug_idx\` ON \`sessions\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`sessions_edition_idx\` ON \`sessions\` (\`edition_id\`);`)
  await db.run(sql`CREATE INDEX \`sessions_proposal_idx\` ON \`sessions\` (\`proposal_id\`);`)
  await db.run(sql`CREATE INDEX \`sessions_updated_at_idx\` ON \`sessions\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`sessions_created_at_idx\` ON \`sessions\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`edition_start_idx\` ON \`sessions\` (\`edition_id\`,\`start\`);`)
  await db.run(sql`DROP INDEX \`perspectives_published_date_idx\`;`)
  await db.run(sql`DROP INDEX \`_perspectives_v_version_version_published_date_idx\`;`)
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
