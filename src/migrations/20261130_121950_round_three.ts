import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`proposals_participation\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`name\` text NOT NULL,
  	\`email\` text NOT NULL,
  	\`role\` text NOT NULL,
  	\`response\` text DEFAULT 'waiting' NOT NULL,
  	\`responded_at\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`proposals\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`proposals_participation_order_idx\` ON \`proposals_participation\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`proposals_participation_parent_id_idx\` ON \`proposals_participation\` (\`_parent_id\`);`)
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
  await db.run(sql`CREATE TABLE \`backup_runs\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`at\` text NOT NULL,
  	\`file\` text NOT NULL,
  	\`bytes\` numeric NOT NULL,
  	\`documents\` numeric NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`backup_runs_at_idx\` ON \`backup_runs\` (\`at\`);`)
  await db.run(sql`ALTER TABLE \`editions\` ADD \`cfp_confirm_by\` text;`)
  await db.run(sql`ALTER TABLE \`editions\` ADD \`cfp_confirmby_tz\` text DEFAULT 'Europe/Paris';`)
  await db.run(sql`ALTER TABLE \`editions\` ADD \`cfp_show_countries\` integer DEFAULT false;`)
  await db.run(sql`ALTER TABLE \`_editions_v\` ADD \`version_cfp_confirm_by\` text;`)
  await db.run(sql`ALTER TABLE \`_editions_v\` ADD \`version_cfp_confirmby_tz\` text DEFAULT 'Europe/Paris';`)
  await db.run(sql`ALTER TABLE \`_editions_v\` ADD \`version_cfp_show_countries\` integer DEFAULT false;`)
  await db.run(sql`ALTER TABLE \`speakers\` ADD \`changed_by\` text;`)
  await db.run(sql`ALTER TABLE \`_speakers_v\` ADD \`version_changed_by\` text;`)
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
  await db.run(sql`ALTER TABLE \`proposals\` ADD \`decision_pending\` integer DEFAULT false;`)
  await db.run(sql`ALTER TABLE \`proposals\` ADD \`released_decision\` text;`)
  await db.run(sql`ALTER TABLE \`proposals\` ADD \`released_at\` text;`)
  await db.run(sql`ALTER TABLE \`proposals\` ADD \`decision_email_job\` text;`)
  await db.run(sql`ALTER TABLE \`proposals\` ADD \`submitter_country\` text;`)
  await db.run(sql`CREATE INDEX \`proposals_decision_pending_idx\` ON \`proposals\` (\`decision_pending\`);`)
  await db.run(sql`CREATE INDEX \`edition_createdAt_idx\` ON \`proposals\` (\`edition_id\`,\`created_at\`);`)
  await db.run(sql`ALTER TABLE \`reviews\` ADD \`proposal_label\` text;`)
  await db.run(sql`ALTER TABLE \`reviews\` ADD \`reviewer_name\` text;`)
  await db.run(sql`CREATE INDEX \`reviews_proposal_label_idx\` ON \`reviews\` (\`proposal_label\`);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`slides_id\` integer REFERENCES slides(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`backup_runs_id\` integer REFERENCES backup_runs(id);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_slides_id_idx\` ON \`payload_locked_documents_rels\` (\`slides_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_backup_runs_id_idx\` ON \`payload_locked_documents_rels\` (\`backup_runs_id\`);`)
  await db.run(sql`ALTER TABLE \`site_settings\` ADD \`peertube_hosts\` text;`)
  // Decisions whose email already went out (the old one-by-one send) count as released; every other
  // decision taken waits in the Decisions outbox (src/cfp/decisions/pending.ts).
  await db.run(sql`UPDATE \`proposals\` SET \`released_decision\` = \`decision_email_kind\`, \`released_at\` = \`decision_email_sent_at\`
    WHERE \`decision_email_status\` IN ('sent', 'captured');`)
  await db.run(sql`UPDATE \`proposals\` SET \`decision_pending\` = 1
    WHERE (\`status\` = 'accepted' AND \`released_decision\` IS NOT 'accept')
       OR (\`status\` = 'rejected' AND \`released_decision\` IS NOT 'decline')
       OR (\`status\` = 'waitlisted' AND \`released_decision\` IS NOT 'waitlist');`)
  // Existing reviews get the copies their hooks keep from now on (src/cfp/review/reviewLabels.ts).
  await db.run(
    sql`UPDATE \`reviews\` SET \`proposal_label\` = (SELECT CASE WHEN p.\`reference\` IS NULL THEN p.\`title\` ELSE p.\`reference\` || ' — ' || p.\`title\` END FROM \`proposals\` p WHERE p.\`id\` = \`reviews\`.\`proposal_id\`);`,
  )
  await db.run(
    sql`UPDATE \`reviews\` SET \`reviewer_name\` = (SELECT COALESCE(NULLIF(TRIM(u.\`name\`), ''), 'Reviewer #' || u.\`id\`) FROM \`users\` u WHERE u.\`id\` = \`reviews\`.\`reviewer_id\`);`,
  )
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`proposals_participation\`;`)
  await db.run(sql`DROP TABLE \`slides\`;`)
  await db.run(sql`DROP TABLE \`backup_runs\`;`)
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
  	\`room_id\` integer,
  	\`proposal_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`edition_id\`) REFERENCES \`editions\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`room_id\`) REFERENCES \`rooms\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`proposal_id\`) REFERENCES \`proposals\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_sessions\`("id", "slug", "edition_id", "kind", "start", "start_tz", "end", "end_tz", "room_id", "proposal_id", "updated_at", "created_at", "_status") SELECT "id", "slug", "edition_id", "kind", "start", "start_tz", "end", "end_tz", "room_id", "proposal_id", "updated_at", "created_at", "_status" FROM \`sessions\`;`)
  await db.run(sql`DROP TABLE \`sessions\`;`)
  await db.run(sql`ALTER TABLE \`__new_sessions\` RENAME TO \`sessions\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`sessions_slug_idx\` ON \`sessions\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`sessions_edition_idx\` ON \`sessions\` (\`edition_id\`);`)
  await db.run(sql`CREATE INDEX \`sessions_room_idx\` ON \`sessions\` (\`room_id\`);`)
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
  	\`version_room_id\` integer,
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
  	FOREIGN KEY (\`version_room_id\`) REFERENCES \`rooms\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_proposal_id\`) REFERENCES \`proposals\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new__sessions_v\`("id", "parent_id", "version_slug", "version_edition_id", "version_kind", "version_start", "version_start_tz", "version_end", "version_end_tz", "version_room_id", "version_proposal_id", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest") SELECT "id", "parent_id", "version_slug", "version_edition_id", "version_kind", "version_start", "version_start_tz", "version_end", "version_end_tz", "version_room_id", "version_proposal_id", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest" FROM \`_sessions_v\`;`)
  await db.run(sql`DROP TABLE \`_sessions_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__sessions_v\` RENAME TO \`_sessions_v\`;`)
  await db.run(sql`CREATE INDEX \`_sessions_v_parent_idx\` ON \`_sessions_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_sessions_v_version_version_slug_idx\` ON \`_sessions_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_sessions_v_version_version_edition_idx\` ON \`_sessions_v\` (\`version_edition_id\`);`)
  await db.run(sql`CREATE INDEX \`_sessions_v_version_version_room_idx\` ON \`_sessions_v\` (\`version_room_id\`);`)
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
  	\`rooms_id\` integer,
  	\`sessions_id\` integer,
  	\`programme_releases_id\` integer,
  	\`agendas_id\` integer,
  	\`perspectives_id\` integer,
  	\`proposals_id\` integer,
  	\`reviews_id\` integer,
  	\`media_id\` integer,
  	\`users_id\` integer,
  	\`locks_id\` integer,
  	\`rate_limit_hits_id\` integer,
  	\`speaker_tokens_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_locked_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`editions_id\`) REFERENCES \`editions\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`themes_id\`) REFERENCES \`themes\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`speakers_id\`) REFERENCES \`speakers\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`committee_members_id\`) REFERENCES \`committee_members\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`rooms_id\`) REFERENCES \`rooms\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`sessions_id\`) REFERENCES \`sessions\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`programme_releases_id\`) REFERENCES \`programme_releases\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`agendas_id\`) REFERENCES \`agendas\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`perspectives_id\`) REFERENCES \`perspectives\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`proposals_id\`) REFERENCES \`proposals\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`reviews_id\`) REFERENCES \`reviews\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`locks_id\`) REFERENCES \`locks\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`rate_limit_hits_id\`) REFERENCES \`rate_limit_hits\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`speaker_tokens_id\`) REFERENCES \`speaker_tokens\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "editions_id", "themes_id", "speakers_id", "committee_members_id", "rooms_id", "sessions_id", "programme_releases_id", "agendas_id", "perspectives_id", "proposals_id", "reviews_id", "media_id", "users_id", "locks_id", "rate_limit_hits_id", "speaker_tokens_id") SELECT "id", "order", "parent_id", "path", "editions_id", "themes_id", "speakers_id", "committee_members_id", "rooms_id", "sessions_id", "programme_releases_id", "agendas_id", "perspectives_id", "proposals_id", "reviews_id", "media_id", "users_id", "locks_id", "rate_limit_hits_id", "speaker_tokens_id" FROM \`payload_locked_documents_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_payload_locked_documents_rels\` RENAME TO \`payload_locked_documents_rels\`;`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_order_idx\` ON \`payload_locked_documents_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_parent_idx\` ON \`payload_locked_documents_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_path_idx\` ON \`payload_locked_documents_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_editions_id_idx\` ON \`payload_locked_documents_rels\` (\`editions_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_themes_id_idx\` ON \`payload_locked_documents_rels\` (\`themes_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_speakers_id_idx\` ON \`payload_locked_documents_rels\` (\`speakers_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_committee_members_id_idx\` ON \`payload_locked_documents_rels\` (\`committee_members_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_rooms_id_idx\` ON \`payload_locked_documents_rels\` (\`rooms_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_sessions_id_idx\` ON \`payload_locked_documents_rels\` (\`sessions_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_programme_releases_id_idx\` ON \`payload_locked_documents_rels\` (\`programme_releases_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_agendas_id_idx\` ON \`payload_locked_documents_rels\` (\`agendas_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_perspectives_id_idx\` ON \`payload_locked_documents_rels\` (\`perspectives_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_proposals_id_idx\` ON \`payload_locked_documents_rels\` (\`proposals_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_reviews_id_idx\` ON \`payload_locked_documents_rels\` (\`reviews_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_media_id_idx\` ON \`payload_locked_documents_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_users_id_idx\` ON \`payload_locked_documents_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_locks_id_idx\` ON \`payload_locked_documents_rels\` (\`locks_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_rate_limit_hits_id_idx\` ON \`payload_locked_documents_rels\` (\`rate_limit_hits_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_speaker_tokens_id_idx\` ON \`payload_locked_documents_rels\` (\`speaker_tokens_id\`);`)
  await db.run(sql`DROP INDEX \`proposals_decision_pending_idx\`;`)
  await db.run(sql`DROP INDEX \`edition_createdAt_idx\`;`)
  await db.run(sql`ALTER TABLE \`proposals\` DROP COLUMN \`decision_pending\`;`)
  await db.run(sql`ALTER TABLE \`proposals\` DROP COLUMN \`released_decision\`;`)
  await db.run(sql`ALTER TABLE \`proposals\` DROP COLUMN \`released_at\`;`)
  await db.run(sql`ALTER TABLE \`proposals\` DROP COLUMN \`decision_email_job\`;`)
  await db.run(sql`ALTER TABLE \`proposals\` DROP COLUMN \`submitter_country\`;`)
  await db.run(sql`DROP INDEX \`reviews_proposal_label_idx\`;`)
  await db.run(sql`ALTER TABLE \`reviews\` DROP COLUMN \`proposal_label\`;`)
  await db.run(sql`ALTER TABLE \`reviews\` DROP COLUMN \`reviewer_name\`;`)
  await db.run(sql`ALTER TABLE \`editions\` DROP COLUMN \`cfp_confirm_by\`;`)
  await db.run(sql`ALTER TABLE \`editions\` DROP COLUMN \`cfp_confirmby_tz\`;`)
  await db.run(sql`ALTER TABLE \`editions\` DROP COLUMN \`cfp_show_countries\`;`)
  await db.run(sql`ALTER TABLE \`_editions_v\` DROP COLUMN \`version_cfp_confirm_by\`;`)
  await db.run(sql`ALTER TABLE \`_editions_v\` DROP COLUMN \`version_cfp_confirmby_tz\`;`)
  await db.run(sql`ALTER TABLE \`_editions_v\` DROP COLUMN \`version_cfp_show_countries\`;`)
  await db.run(sql`ALTER TABLE \`speakers\` DROP COLUMN \`changed_by\`;`)
  await db.run(sql`ALTER TABLE \`_speakers_v\` DROP COLUMN \`version_changed_by\`;`)
  await db.run(sql`ALTER TABLE \`sessions_locales\` DROP COLUMN \`summary\`;`)
  await db.run(sql`ALTER TABLE \`_sessions_v_locales\` DROP COLUMN \`version_summary\`;`)
  await db.run(sql`ALTER TABLE \`site_settings\` DROP COLUMN \`peertube_hosts\`;`)
}
