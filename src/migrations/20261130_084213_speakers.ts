import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
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
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`speaker_tokens_id\` integer REFERENCES speaker_tokens(id);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_speaker_tokens_id_idx\` ON \`payload_locked_documents_rels\` (\`speaker_tokens_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`proposals_co_speakers\`;`)
  await db.run(sql`DROP TABLE \`proposals_texts\`;`)
  await db.run(sql`DROP TABLE \`speaker_tokens_emails\`;`)
  await db.run(sql`DROP TABLE \`speaker_tokens\`;`)
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
  	\`sessions_id\` integer,
  	\`perspectives_id\` integer,
  	\`proposals_id\` integer,
  	\`reviews_id\` integer,
  	\`media_id\` integer,
  	\`users_id\` integer,
  	\`rate_limit_hits_id\` integer,
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
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`rate_limit_hits_id\`) REFERENCES \`rate_limit_hits\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "editions_id", "themes_id", "speakers_id", "committee_members_id", "sessions_id", "perspectives_id", "proposals_id", "reviews_id", "media_id", "users_id", "rate_limit_hits_id") SELECT "id", "order", "parent_id", "path", "editions_id", "themes_id", "speakers_id", "committee_members_id", "sessions_id", "perspectives_id", "proposals_id", "reviews_id", "media_id", "users_id", "rate_limit_hits_id" FROM \`payload_locked_documents_rels\`;`)
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
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_sessions_id_idx\` ON \`payload_locked_documents_rels\` (\`sessions_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_perspectives_id_idx\` ON \`payload_locked_documents_rels\` (\`perspectives_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_proposals_id_idx\` ON \`payload_locked_documents_rels\` (\`proposals_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_reviews_id_idx\` ON \`payload_locked_documents_rels\` (\`reviews_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_media_id_idx\` ON \`payload_locked_documents_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_users_id_idx\` ON \`payload_locked_documents_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_rate_limit_hits_id_idx\` ON \`payload_locked_documents_rels\` (\`rate_limit_hits_id\`);`)
}
