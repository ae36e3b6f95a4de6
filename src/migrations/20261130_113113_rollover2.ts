import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`backup_runs\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`at\` text NOT NULL,
  	\`file\` text NOT NULL,
  	\`bytes\` numeric NOT NULL,
  	\`documents\` numeric NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`backup_runs_at_idx\` ON \`backup_runs\` (\`at\`);`)
  await db.run(sql`ALTER TABLE \`editions\` ADD \`cfp_show_countries\` integer DEFAULT false;`)
  await db.run(sql`ALTER TABLE \`_editions_v\` ADD \`version_cfp_show_countries\` integer DEFAULT false;`)
  await db.run(sql`ALTER TABLE \`proposals\` ADD \`submitter_country\` text;`)
  await db.run(sql`CREATE INDEX \`edition_createdAt_idx\` ON \`proposals\` (\`edition_id\`,\`created_at\`);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`backup_runs_id\` integer REFERENCES backup_runs(id);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_backup_runs_id_idx\` ON \`payload_locked_documents_rels\` (\`backup_runs_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  // The locks' relation table (no table refers to it) is rebuilt without backup_runs_id first, then
  // backup_runs, which it referred to, goes.
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
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
  await db.run(sql`PRAGMA foreign_keys=ON;`)
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
  await db.run(sql`DROP TABLE \`backup_runs\`;`)
  await db.run(sql`DROP INDEX \`edition_createdAt_idx\`;`)
  await db.run(sql`ALTER TABLE \`proposals\` DROP COLUMN \`submitter_country\`;`)
  await db.run(sql`ALTER TABLE \`editions\` DROP COLUMN \`cfp_show_countries\`;`)
  await db.run(sql`ALTER TABLE \`_editions_v\` DROP COLUMN \`version_cfp_show_countries\`;`)
}
