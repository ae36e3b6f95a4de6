import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

import { migrateFreeTextRooms } from '../programme/rooms/migrateFreeTextRooms'
import { normaliseName } from '../speakers/nameKey'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`themes_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`themes_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`themes\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`themes_id\`) REFERENCES \`themes\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`themes_rels_order_idx\` ON \`themes_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`themes_rels_parent_idx\` ON \`themes_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`themes_rels_path_idx\` ON \`themes_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`themes_rels_themes_id_idx\` ON \`themes_rels\` (\`themes_id\`);`)
  await db.run(sql`CREATE TABLE \`_themes_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`themes_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_themes_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`themes_id\`) REFERENCES \`themes\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_themes_v_rels_order_idx\` ON \`_themes_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_themes_v_rels_parent_idx\` ON \`_themes_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_themes_v_rels_path_idx\` ON \`_themes_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_themes_v_rels_themes_id_idx\` ON \`_themes_v_rels\` (\`themes_id\`);`)
  await db.run(sql`CREATE TABLE \`rooms\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`edition_id\` integer NOT NULL,
  	\`order\` numeric,
  	\`capacity\` numeric,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`edition_id\`) REFERENCES \`editions\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`rooms_edition_idx\` ON \`rooms\` (\`edition_id\`);`)
  await db.run(sql`CREATE INDEX \`rooms_updated_at_idx\` ON \`rooms\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`rooms_created_at_idx\` ON \`rooms\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`edition_order_2_idx\` ON \`rooms\` (\`edition_id\`,\`order\`);`)
  await db.run(sql`CREATE TABLE \`rooms_locales\` (
  	\`name\` text NOT NULL,
  	\`accessibility\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`rooms\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`rooms_locales_locale_parent_id_unique\` ON \`rooms_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`programme_releases_emails\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`kind\` text NOT NULL,
  	\`to\` text NOT NULL,
  	\`subject\` text,
  	\`status\` text NOT NULL,
  	\`error\` text,
  	\`at\` text NOT NULL,
  	\`job\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`programme_releases\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`programme_releases_emails_order_idx\` ON \`programme_releases_emails\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`programme_releases_emails_parent_id_idx\` ON \`programme_releases_emails\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`programme_releases\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`edition_id\` integer NOT NULL,
  	\`number\` numeric NOT NULL,
  	\`label\` text NOT NULL,
  	\`published_at\` text NOT NULL,
  	\`change_count\` numeric NOT NULL,
  	\`changes\` text NOT NULL,
  	\`snapshot\` text NOT NULL,
  	\`published_by_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`edition_id\`) REFERENCES \`editions\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`published_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`programme_releases_edition_idx\` ON \`programme_releases\` (\`edition_id\`);`)
  await db.run(sql`CREATE INDEX \`programme_releases_published_by_idx\` ON \`programme_releases\` (\`published_by_id\`);`)
  await db.run(sql`CREATE INDEX \`programme_releases_updated_at_idx\` ON \`programme_releases\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`programme_releases_created_at_idx\` ON \`programme_releases\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`edition_number_idx\` ON \`programme_releases\` (\`edition_id\`,\`number\`);`)
  await db.run(sql`CREATE TABLE \`programme_releases_locales\` (
  	\`note\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`programme_releases\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`programme_releases_locales_locale_parent_id_unique\` ON \`programme_releases_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`agendas\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`key\` text NOT NULL,
  	\`edition_id\` integer NOT NULL,
  	FOREIGN KEY (\`edition_id\`) REFERENCES \`editions\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`agendas_key_idx\` ON \`agendas\` (\`key\`);`)
  await db.run(sql`CREATE INDEX \`agendas_edition_idx\` ON \`agendas\` (\`edition_id\`);`)
  await db.run(sql`CREATE TABLE \`agendas_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`sessions_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`agendas\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`sessions_id\`) REFERENCES \`sessions\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`agendas_rels_order_idx\` ON \`agendas_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`agendas_rels_parent_idx\` ON \`agendas_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`agendas_rels_path_idx\` ON \`agendas_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`agendas_rels_sessions_id_idx\` ON \`agendas_rels\` (\`sessions_id\`);`)
  await db.run(sql`CREATE TABLE \`proposals_co_speakers\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`name\` text NOT NULL,
  	\`email\` text NOT NULL,
  	\`role\` text NOT NULL,
  	\`status\` text DEFAULT 'invited' NOT NULL,
  	\`invited_at\` text,
  	\`responded_at\` text,
  	\`expires_at\` text,
  	\`invitation_hash\` text,
  	\`speaker_id\` integer,
  	FOREIGN KEY (\`speaker_id\`) REFERENCES \`speakers\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`proposals\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`proposals_co_speakers_order_idx\` ON \`proposals_co_speakers\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`proposals_co_speakers_parent_id_idx\` ON \`proposals_co_speakers\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`proposals_co_speakers_invitation_hash_idx\` ON \`proposals_co_speakers\` (\`invitation_hash\`);`)
  await db.run(sql`CREATE INDEX \`proposals_co_speakers_speaker_idx\` ON \`proposals_co_speakers\` (\`speaker_id\`);`)
  await db.run(sql`CREATE TABLE \`proposals_texts\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`text\` text,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`proposals\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`proposals_texts_order_parent\` ON \`proposals_texts\` (\`order\`,\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`proposals_texts_text_idx\` ON \`proposals_texts\` (\`text\`);`)
  await db.run(sql`CREATE TABLE \`locks\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`key\` text NOT NULL,
  	\`expires_at\` text NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`locks_key_idx\` ON \`locks\` (\`key\`);`)
  await db.run(sql`CREATE INDEX \`locks_expires_at_idx\` ON \`locks\` (\`expires_at\`);`)
  await db.run(sql`CREATE INDEX \`locks_updated_at_idx\` ON \`locks\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`locks_created_at_idx\` ON \`locks\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`cache_invalidations\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`tags\` text NOT NULL,
  	\`origin\` text NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`cache_invalidations_origin_idx\` ON \`cache_invalidations\` (\`origin\`);`)
  await db.run(sql`CREATE INDEX \`cache_invalidations_updated_at_idx\` ON \`cache_invalidations\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`cache_invalidations_created_at_idx\` ON \`cache_invalidations\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`rate_limit_hits\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`bucket\` text NOT NULL,
  	\`key\` text NOT NULL,
  	\`at\` numeric NOT NULL,
  	\`expires_at\` numeric NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`rate_limit_hits_bucket_idx\` ON \`rate_limit_hits\` (\`bucket\`);`)
  await db.run(sql`CREATE INDEX \`rate_limit_hits_key_idx\` ON \`rate_limit_hits\` (\`key\`);`)
  await db.run(sql`CREATE INDEX \`rate_limit_hits_at_idx\` ON \`rate_limit_hits\` (\`at\`);`)
  await db.run(sql`CREATE INDEX \`rate_limit_hits_expires_at_idx\` ON \`rate_limit_hits\` (\`expires_at\`);`)
  await db.run(sql`CREATE TABLE \`speaker_tokens_emails\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`kind\` text NOT NULL,
  	\`to\` text NOT NULL,
  	\`subject\` text,
  	\`status\` text NOT NULL,
  	\`error\` text,
  	\`at\` text NOT NULL,
  	\`job\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`speaker_tokens\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`speaker_tokens_emails_order_idx\` ON \`speaker_tokens_emails\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`speaker_tokens_emails_parent_id_idx\` ON \`speaker_tokens_emails\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`speaker_tokens\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`kind\` text NOT NULL,
  	\`token_hash\` text NOT NULL,
  	\`email\` text NOT NULL,
  	\`expires_at\` text NOT NULL,
  	\`used_at\` text,
  	\`redeemed_from\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`speaker_tokens_token_hash_idx\` ON \`speaker_tokens\` (\`token_hash\`);`)
  await db.run(sql`CREATE INDEX \`speaker_tokens_email_idx\` ON \`speaker_tokens\` (\`email\`);`)
  await db.run(sql`CREATE INDEX \`speaker_tokens_expires_at_idx\` ON \`speaker_tokens\` (\`expires_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`speaker_tokens_redeemed_from_idx\` ON \`speaker_tokens\` (\`redeemed_from\`);`)
  await db.run(sql`CREATE INDEX \`speaker_tokens_updated_at_idx\` ON \`speaker_tokens\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`speaker_tokens_created_at_idx\` ON \`speaker_tokens\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`kind_email_idx\` ON \`speaker_tokens\` (\`kind\`,\`email\`);`)
  await db.run(sql`CREATE TABLE \`payload_jobs_log\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`executed_at\` text NOT NULL,
  	\`completed_at\` text NOT NULL,
  	\`task_slug\` text NOT NULL,
  	\`task_i_d\` text NOT NULL,
  	\`input\` text,
  	\`output\` text,
  	\`state\` text NOT NULL,
  	\`error\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`payload_jobs\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_jobs_log_order_idx\` ON \`payload_jobs_log\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_log_parent_id_idx\` ON \`payload_jobs_log\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`payload_jobs\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`input\` text,
  	\`completed_at\` text,
  	\`total_tried\` numeric DEFAULT 0,
  	\`has_error\` integer DEFAULT false,
  	\`error\` text,
  	\`task_slug\` text,
  	\`queue\` text DEFAULT 'default',
  	\`wait_until\` text,
  	\`processing\` integer DEFAULT false,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_jobs_completed_at_idx\` ON \`payload_jobs\` (\`completed_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_total_tried_idx\` ON \`payload_jobs\` (\`total_tried\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_has_error_idx\` ON \`payload_jobs\` (\`has_error\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_task_slug_idx\` ON \`payload_jobs\` (\`task_slug\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_queue_idx\` ON \`payload_jobs\` (\`queue\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_wait_until_idx\` ON \`payload_jobs\` (\`wait_until\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_processing_idx\` ON \`payload_jobs\` (\`processing\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_updated_at_idx\` ON \`payload_jobs\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_created_at_idx\` ON \`payload_jobs\` (\`created_at\`);`)
  // Hand-edited: the generated migration rebuilt themes, _themes_v and committee_members only to drop
  // the database default (0) of `order`. Migrations run in a transaction, where PRAGMA foreign_keys=OFF
  // has no effect, so dropping those tables would cascade-delete their translations and every relation
  // to a theme. The default stays in the database (harmless: new documents get their order from the
  // lastInEdition hook); only the new indexes are created.
  await db.run(sql`ALTER TABLE \`editions\` ADD \`archive_licence\` text;`)
  await db.run(sql`ALTER TABLE \`editions\` ADD \`startdate_tz\` text DEFAULT 'Europe/Paris';`)
  await db.run(sql`ALTER TABLE \`editions\` ADD \`enddate_tz\` text DEFAULT 'Europe/Paris';`)
  await db.run(sql`ALTER TABLE \`editions\` ADD \`cfp_opensat_tz\` text DEFAULT 'Europe/Paris';`)
  await db.run(sql`ALTER TABLE \`editions\` ADD \`cfp_deadline_tz\` text DEFAULT 'Europe/Paris';`)
  await db.run(sql`ALTER TABLE \`_editions_v\` ADD \`version_archive_licence\` text;`)
  await db.run(sql`ALTER TABLE \`_editions_v\` ADD \`version_startdate_tz\` text DEFAULT 'Europe/Paris';`)
  await db.run(sql`ALTER TABLE \`_editions_v\` ADD \`version_enddate_tz\` text DEFAULT 'Europe/Paris';`)
  await db.run(sql`ALTER TABLE \`_editions_v\` ADD \`version_cfp_opensat_tz\` text DEFAULT 'Europe/Paris';`)
  await db.run(sql`ALTER TABLE \`_editions_v\` ADD \`version_cfp_deadline_tz\` text DEFAULT 'Europe/Paris';`)
  await db.run(sql`ALTER TABLE \`speakers\` ADD \`name_key\` text;`)
  await db.run(sql`CREATE INDEX \`speakers_name_key_idx\` ON \`speakers\` (\`name_key\`);`)
  await db.run(sql`ALTER TABLE \`_speakers_v\` ADD \`version_name_key\` text;`)
  await db.run(sql`CREATE INDEX \`_speakers_v_version_version_name_key_idx\` ON \`_speakers_v\` (\`version_name_key\`);`)
  // Hand-edited: existing speakers get their name key, so accepting a proposal finds them.
  for (const row of await db.all<{ id: number; name: string | null }>(sql`SELECT id, name FROM speakers`)) {
    await db.run(sql`UPDATE speakers SET name_key = ${normaliseName(row.name ?? '')} WHERE id = ${row.id}`)
  }
  for (const row of await db.all<{ id: number; name: string | null }>(sql`SELECT id, version_name AS name FROM _speakers_v`)) {
    await db.run(sql`UPDATE _speakers_v SET version_name_key = ${normaliseName(row.name ?? '')} WHERE id = ${row.id}`)
  }
  await db.run(sql`ALTER TABLE \`sessions\` ADD \`room_id\` integer REFERENCES rooms(id);`)
  await db.run(sql`CREATE INDEX \`sessions_room_idx\` ON \`sessions\` (\`room_id\`);`)
  await db.run(sql`ALTER TABLE \`_sessions_v\` ADD \`version_room_id\` integer REFERENCES rooms(id);`)
  await db.run(sql`CREATE INDEX \`_sessions_v_version_version_room_idx\` ON \`_sessions_v\` (\`version_room_id\`);`)
  // Hand-edited: free-text rooms become rooms of their edition before the text columns go.
  const rooms = await migrateFreeTextRooms(db)
  if (rooms > 0) payload.logger.info(`Rooms: ${rooms} created from the sessions' free-text rooms`)
  await db.run(sql`ALTER TABLE \`sessions\` DROP COLUMN \`room\`;`)
  await db.run(sql`ALTER TABLE \`_sessions_v\` DROP COLUMN \`version_room\`;`)
  await db.run(sql`ALTER TABLE \`proposals_emails\` ADD \`subject\` text;`)
  await db.run(sql`ALTER TABLE \`proposals_emails\` ADD \`job\` text;`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`rooms_id\` integer REFERENCES rooms(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`programme_releases_id\` integer REFERENCES programme_releases(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`agendas_id\` integer REFERENCES agendas(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`locks_id\` integer REFERENCES locks(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`rate_limit_hits_id\` integer REFERENCES rate_limit_hits(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`speaker_tokens_id\` integer REFERENCES speaker_tokens(id);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_rooms_id_idx\` ON \`payload_locked_documents_rels\` (\`rooms_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_programme_releases_id_idx\` ON \`payload_locked_documents_rels\` (\`programme_releases_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_agendas_id_idx\` ON \`payload_locked_documents_rels\` (\`agendas_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_locks_id_idx\` ON \`payload_locked_documents_rels\` (\`locks_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_rate_limit_hits_id_idx\` ON \`payload_locked_documents_rels\` (\`rate_limit_hits_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_speaker_tokens_id_idx\` ON \`payload_locked_documents_rels\` (\`speaker_tokens_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`themes_rels\`;`)
  await db.run(sql`DROP TABLE \`_themes_v_rels\`;`)
  await db.run(sql`DROP TABLE \`rooms\`;`)
  await db.run(sql`DROP TABLE \`rooms_locales\`;`)
  await db.run(sql`DROP TABLE \`programme_releases_emails\`;`)
  await db.run(sql`DROP TABLE \`programme_releases\`;`)
  await db.run(sql`DROP TABLE \`programme_releases_locales\`;`)
  await db.run(sql`DROP TABLE \`agendas\`;`)
  await db.run(sql`DROP TABLE \`agendas_rels\`;`)
  await db.run(sql`DROP TABLE \`proposals_co_speakers\`;`)
  await db.run(sql`DROP TABLE \`proposals_texts\`;`)
  await db.run(sql`DROP TABLE \`locks\`;`)
  await db.run(sql`DROP TABLE \`cache_invalidations\`;`)
  await db.run(sql`DROP TABLE \`rate_limit_hits\`;`)
  await db.run(sql`DROP TABLE \`speaker_tokens_emails\`;`)
  await db.run(sql`DROP TABLE \`speaker_tokens\`;`)
  await db.run(sql`DROP TABLE \`payload_jobs_log\`;`)
  await db.run(sql`DROP TABLE \`payload_jobs\`;`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
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
  await db.run(sql`INSERT INTO \`__new_sessions\`("id", "slug", "edition_id", "kind", "start", "start_tz", "end", "end_tz", "room", "proposal_id", "updated_at", "created_at", "_status") SELECT "id", "slug", "edition_id", "kind", "start", "start_tz", "end", "end_tz", "room", "proposal_id", "updated_at", "created_at", "_status" FROM \`sessions\`;`)
  await db.run(sql`DROP TABLE \`sessions\`;`)
  await db.run(sql`ALTER TABLE \`__new_sessions\` RENAME TO \`sessions\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`sessions_slug_idx\` ON \`sessions\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`sessions_edition_idx\` ON \`sessions\` (\`edition_id\`);`)
  await db.run(sql`CREATE INDEX \`sessions_proposal_idx\` ON \`sessions\` (\`proposal_id\`);`)
  await db.run(sql`CREATE INDEX \`sessions_updated_at_idx\` ON \`sessions\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`sessions_created_at_idx\` ON \`sessions\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`sessions__status_idx\` ON \`sessions\` (\`_status\`);`)
  await db.run(sql`CREATE INDEX \`edition_start_idx\` ON \`sessions\` (\`edition_id\`,\`start\`);`)
  await db.run(sql`CREATE INDEX \`edition_slug_1_idx\` ON \`sessions\` (\`edition_id\`,\`slug\`);`)
  await db.run(sql`CREATE TABLE \`__new__sessions_v\` (
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
  await db.run(sql`INSERT INTO \`__new__sessions_v\`("id", "parent_id", "version_slug", "version_edition_id", "version_kind", "version_start", "version_start_tz", "version_end", "version_end_tz", "version_room", "version_proposal_id", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest") SELECT "id", "parent_id", "version_slug", "version_edition_id", "version_kind", "version_start", "version_start_tz", "version_end", "version_end_tz", "version_room", "version_proposal_id", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest" FROM \`_sessions_v\`;`)
  await db.run(sql`DROP TABLE \`_sessions_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__sessions_v\` RENAME TO \`_sessions_v\`;`)
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
  await db.run(sql`CREATE TABLE \`__new_payload_locked_documents_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`editions_id\` integer,
  	\`themes_id\` integer,
  	\`speakers_id\` integer,
  	\`committee_members_id\` integer,
  	\`sessions_id\` integer,
  	\`perspectives_id\` integer,
  	\`proposals_id\` integer,
  	\`reviews_id\` integer,
  	\`media_id\` integer,
  	\`users_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_locked_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`editions_id\`) REFERENCES \`editions\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`themes_id\`) REFERENCES \`themes\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`speakers_id\`) REFERENCES \`speakers\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`committee_members_id\`) REFERENCES \`committee_members\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`sessions_id\`) REFERENCES \`sessions\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`perspectives_id\`) REFERENCES \`perspectives\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`proposals_id\`) REFERENCES \`proposals\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`reviews_id\`) REFERENCES \`reviews\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "editions_id", "themes_id", "speakers_id", "committee_members_id", "sessions_id", "perspectives_id", "proposals_id", "reviews_id", "media_id", "users_id") SELECT "id", "order", "parent_id", "path", "editions_id", "themes_id", "speakers_id", "committee_members_id", "sessions_id", "perspectives_id", "proposals_id", "reviews_id", "media_id", "users_id" FROM \`payload_locked_documents_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_payload_locked_documents_rels\` RENAME TO \`payload_locked_documents_rels\`;`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_order_idx\` ON \`payload_locked_documents_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_parent_idx\` ON \`payload_locked_documents_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_path_idx\` ON \`payload_locked_documents_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_editions_id_idx\` ON \`payload_locked_documents_rels\` (\`editions_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_themes_id_idx\` ON \`payload_locked_documents_rels\` (\`themes_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_speakers_id_idx\` ON \`payload_locked_documents_rels\` (\`speakers_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_committee_members_id_idx\` ON \`payload_locked_documents_rels\` (\`committee_members_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_sessions_id_idx\` ON \`payload_locked_documents_rels\` (\`sessions_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_perspectives_id_idx\` ON \`payload_locked_documents_rels\` (\`perspectives_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_proposals_id_idx\` ON \`payload_locked_documents_rels\` (\`proposals_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_reviews_id_idx\` ON \`payload_locked_documents_rels\` (\`reviews_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_media_id_idx\` ON \`payload_locked_documents_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_users_id_idx\` ON \`payload_locked_documents_rels\` (\`users_id\`);`)
  await db.run(sql`DROP INDEX \`speakers_name_key_idx\`;`)
  await db.run(sql`ALTER TABLE \`speakers\` DROP COLUMN \`name_key\`;`)
  await db.run(sql`DROP INDEX \`_speakers_v_version_version_name_key_idx\`;`)
  await db.run(sql`ALTER TABLE \`_speakers_v\` DROP COLUMN \`version_name_key\`;`)
  // (themes, _themes_v and committee_members are not rebuilt: see up().)
  await db.run(sql`ALTER TABLE \`editions\` DROP COLUMN \`archive_licence\`;`)
  await db.run(sql`ALTER TABLE \`editions\` DROP COLUMN \`startdate_tz\`;`)
  await db.run(sql`ALTER TABLE \`editions\` DROP COLUMN \`enddate_tz\`;`)
  await db.run(sql`ALTER TABLE \`editions\` DROP COLUMN \`cfp_opensat_tz\`;`)
  await db.run(sql`ALTER TABLE \`editions\` DROP COLUMN \`cfp_deadline_tz\`;`)
  await db.run(sql`ALTER TABLE \`_editions_v\` DROP COLUMN \`version_archive_licence\`;`)
  await db.run(sql`ALTER TABLE \`_editions_v\` DROP COLUMN \`version_startdate_tz\`;`)
  await db.run(sql`ALTER TABLE \`_editions_v\` DROP COLUMN \`version_enddate_tz\`;`)
  await db.run(sql`ALTER TABLE \`_editions_v\` DROP COLUMN \`version_cfp_opensat_tz\`;`)
  await db.run(sql`ALTER TABLE \`_editions_v\` DROP COLUMN \`version_cfp_deadline_tz\`;`)
  await db.run(sql`ALTER TABLE \`proposals_emails\` DROP COLUMN \`subject\`;`)
  await db.run(sql`ALTER TABLE \`proposals_emails\` DROP COLUMN \`job\`;`)
}
