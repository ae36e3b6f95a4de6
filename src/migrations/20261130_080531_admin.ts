import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_themes\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`slug\` text,
  	\`edition_id\` integer,
  	\`order\` numeric,
  	\`seo_image_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`edition_id\`) REFERENCES \`editions\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`seo_image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_themes\`("id", "slug", "edition_id", "order", "seo_image_id", "updated_at", "created_at", "_status") SELECT "id", "slug", "edition_id", "order", "seo_image_id", "updated_at", "created_at", "_status" FROM \`themes\`;`)
  await db.run(sql`DROP TABLE \`themes\`;`)
  await db.run(sql`ALTER TABLE \`__new_themes\` RENAME TO \`themes\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`themes_slug_idx\` ON \`themes\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`themes_edition_idx\` ON \`themes\` (\`edition_id\`);`)
  await db.run(sql`CREATE INDEX \`themes_seo_seo_image_idx\` ON \`themes\` (\`seo_image_id\`);`)
  await db.run(sql`CREATE INDEX \`themes_updated_at_idx\` ON \`themes\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`themes_created_at_idx\` ON \`themes\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`themes__status_idx\` ON \`themes\` (\`_status\`);`)
  await db.run(sql`CREATE INDEX \`edition_slug_idx\` ON \`themes\` (\`edition_id\`,\`slug\`);`)
  await db.run(sql`CREATE INDEX \`edition_order_idx\` ON \`themes\` (\`edition_id\`,\`order\`);`)
  await db.run(sql`CREATE TABLE \`__new__themes_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_slug\` text,
  	\`version_edition_id\` integer,
  	\`version_order\` numeric,
  	\`version_seo_image_id\` integer,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`themes\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_edition_id\`) REFERENCES \`editions\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_seo_image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new__themes_v\`("id", "parent_id", "version_slug", "version_edition_id", "version_order", "version_seo_image_id", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest") SELECT "id", "parent_id", "version_slug", "version_edition_id", "version_order", "version_seo_image_id", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest" FROM \`_themes_v\`;`)
  await db.run(sql`DROP TABLE \`_themes_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__themes_v\` RENAME TO \`_themes_v\`;`)
  await db.run(sql`CREATE INDEX \`_themes_v_parent_idx\` ON \`_themes_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_themes_v_version_version_slug_idx\` ON \`_themes_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_themes_v_version_version_edition_idx\` ON \`_themes_v\` (\`version_edition_id\`);`)
  await db.run(sql`CREATE INDEX \`_themes_v_version_seo_version_seo_image_idx\` ON \`_themes_v\` (\`version_seo_image_id\`);`)
  await db.run(sql`CREATE INDEX \`_themes_v_version_version_updated_at_idx\` ON \`_themes_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_themes_v_version_version_created_at_idx\` ON \`_themes_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_themes_v_version_version__status_idx\` ON \`_themes_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_themes_v_created_at_idx\` ON \`_themes_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_themes_v_updated_at_idx\` ON \`_themes_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_themes_v_snapshot_idx\` ON \`_themes_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_themes_v_published_locale_idx\` ON \`_themes_v\` (\`published_locale\`);`)
  await db.run(sql`CREATE INDEX \`_themes_v_latest_idx\` ON \`_themes_v\` (\`latest\`);`)
  await db.run(sql`CREATE INDEX \`version_edition_version_slug_idx\` ON \`_themes_v\` (\`version_edition_id\`,\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`version_edition_version_order_idx\` ON \`_themes_v\` (\`version_edition_id\`,\`version_order\`);`)
  await db.run(sql`CREATE TABLE \`__new_committee_members\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text NOT NULL,
  	\`role\` text DEFAULT 'member' NOT NULL,
  	\`speaker_id\` integer,
  	\`edition_id\` integer NOT NULL,
  	\`order\` numeric,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`speaker_id\`) REFERENCES \`speakers\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`edition_id\`) REFERENCES \`editions\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_committee_members\`("id", "name", "role", "speaker_id", "edition_id", "order", "updated_at", "created_at") SELECT "id", "name", "role", "speaker_id", "edition_id", "order", "updated_at", "created_at" FROM \`committee_members\`;`)
  await db.run(sql`DROP TABLE \`committee_members\`;`)
  await db.run(sql`ALTER TABLE \`__new_committee_members\` RENAME TO \`committee_members\`;`)
  await db.run(sql`CREATE INDEX \`committee_members_speaker_idx\` ON \`committee_members\` (\`speaker_id\`);`)
  await db.run(sql`CREATE INDEX \`committee_members_edition_idx\` ON \`committee_members\` (\`edition_id\`);`)
  await db.run(sql`CREATE INDEX \`committee_members_updated_at_idx\` ON \`committee_members\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`committee_members_created_at_idx\` ON \`committee_members\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`edition_order_1_idx\` ON \`committee_members\` (\`edition_id\`,\`order\`);`)
  await db.run(sql`ALTER TABLE \`editions\` ADD \`startdate_tz\` text DEFAULT 'Europe/Paris';`)
  await db.run(sql`ALTER TABLE \`editions\` ADD \`enddate_tz\` text DEFAULT 'Europe/Paris';`)
  await db.run(sql`ALTER TABLE \`editions\` ADD \`cfp_opensat_tz\` text DEFAULT 'Europe/Paris';`)
  await db.run(sql`ALTER TABLE \`editions\` ADD \`cfp_deadline_tz\` text DEFAULT 'Europe/Paris';`)
  await db.run(sql`ALTER TABLE \`_editions_v\` ADD \`version_startdate_tz\` text DEFAULT 'Europe/Paris';`)
  await db.run(sql`ALTER TABLE \`_editions_v\` ADD \`version_enddate_tz\` text DEFAULT 'Europe/Paris';`)
  await db.run(sql`ALTER TABLE \`_editions_v\` ADD \`version_cfp_opensat_tz\` text DEFAULT 'Europe/Paris';`)
  await db.run(sql`ALTER TABLE \`_editions_v\` ADD \`version_cfp_deadline_tz\` text DEFAULT 'Europe/Paris';`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_themes\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`slug\` text,
  	\`edition_id\` integer,
  	\`order\` numeric DEFAULT 0,
  	\`seo_image_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`edition_id\`) REFERENCES \`editions\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`seo_image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_themes\`("id", "slug", "edition_id", "order", "seo_image_id", "updated_at", "created_at", "_status") SELECT "id", "slug", "edition_id", "order", "seo_image_id", "updated_at", "created_at", "_status" FROM \`themes\`;`)
  await db.run(sql`DROP TABLE \`themes\`;`)
  await db.run(sql`ALTER TABLE \`__new_themes\` RENAME TO \`themes\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`themes_slug_idx\` ON \`themes\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`themes_edition_idx\` ON \`themes\` (\`edition_id\`);`)
  await db.run(sql`CREATE INDEX \`themes_seo_seo_image_idx\` ON \`themes\` (\`seo_image_id\`);`)
  await db.run(sql`CREATE INDEX \`themes_updated_at_idx\` ON \`themes\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`themes_created_at_idx\` ON \`themes\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`themes__status_idx\` ON \`themes\` (\`_status\`);`)
  await db.run(sql`CREATE INDEX \`edition_slug_idx\` ON \`themes\` (\`edition_id\`,\`slug\`);`)
  await db.run(sql`CREATE INDEX \`edition_order_idx\` ON \`themes\` (\`edition_id\`,\`order\`);`)
  await db.run(sql`CREATE TABLE \`__new__themes_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_slug\` text,
  	\`version_edition_id\` integer,
  	\`version_order\` numeric DEFAULT 0,
  	\`version_seo_image_id\` integer,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`themes\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_edition_id\`) REFERENCES \`editions\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_seo_image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new__themes_v\`("id", "parent_id", "version_slug", "version_edition_id", "version_order", "version_seo_image_id", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest") SELECT "id", "parent_id", "version_slug", "version_edition_id", "version_order", "version_seo_image_id", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest" FROM \`_themes_v\`;`)
  await db.run(sql`DROP TABLE \`_themes_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__themes_v\` RENAME TO \`_themes_v\`;`)
  await db.run(sql`CREATE INDEX \`_themes_v_parent_idx\` ON \`_themes_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_themes_v_version_version_slug_idx\` ON \`_themes_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_themes_v_version_version_edition_idx\` ON \`_themes_v\` (\`version_edition_id\`);`)
  await db.run(sql`CREATE INDEX \`_themes_v_version_seo_version_seo_image_idx\` ON \`_themes_v\` (\`version_seo_image_id\`);`)
  await db.run(sql`CREATE INDEX \`_themes_v_version_version_updated_at_idx\` ON \`_themes_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_themes_v_version_version_created_at_idx\` ON \`_themes_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_themes_v_version_version__status_idx\` ON \`_themes_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_themes_v_created_at_idx\` ON \`_themes_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_themes_v_updated_at_idx\` ON \`_themes_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_themes_v_snapshot_idx\` ON \`_themes_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_themes_v_published_locale_idx\` ON \`_themes_v\` (\`published_locale\`);`)
  await db.run(sql`CREATE INDEX \`_themes_v_latest_idx\` ON \`_themes_v\` (\`latest\`);`)
  await db.run(sql`CREATE INDEX \`version_edition_version_slug_idx\` ON \`_themes_v\` (\`version_edition_id\`,\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`version_edition_version_order_idx\` ON \`_themes_v\` (\`version_edition_id\`,\`version_order\`);`)
  await db.run(sql`CREATE TABLE \`__new_committee_members\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text NOT NULL,
  	\`role\` text DEFAULT 'member' NOT NULL,
  	\`speaker_id\` integer,
  	\`edition_id\` integer NOT NULL,
  	\`order\` numeric DEFAULT 0,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`speaker_id\`) REFERENCES \`speakers\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`edition_id\`) REFERENCES \`editions\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_committee_members\`("id", "name", "role", "speaker_id", "edition_id", "order", "updated_at", "created_at") SELECT "id", "name", "role", "speaker_id", "edition_id", "order", "updated_at", "created_at" FROM \`committee_members\`;`)
  await db.run(sql`DROP TABLE \`committee_members\`;`)
  await db.run(sql`ALTER TABLE \`__new_committee_members\` RENAME TO \`committee_members\`;`)
  await db.run(sql`CREATE INDEX \`committee_members_speaker_idx\` ON \`committee_members\` (\`speaker_id\`);`)
  await db.run(sql`CREATE INDEX \`committee_members_edition_idx\` ON \`committee_members\` (\`edition_id\`);`)
  await db.run(sql`CREATE INDEX \`committee_members_updated_at_idx\` ON \`committee_members\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`committee_members_created_at_idx\` ON \`committee_members\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`edition_order_1_idx\` ON \`committee_members\` (\`edition_id\`,\`order\`);`)
  await db.run(sql`ALTER TABLE \`editions\` DROP COLUMN \`startdate_tz\`;`)
  await db.run(sql`ALTER TABLE \`editions\` DROP COLUMN \`enddate_tz\`;`)
  await db.run(sql`ALTER TABLE \`editions\` DROP COLUMN \`cfp_opensat_tz\`;`)
  await db.run(sql`ALTER TABLE \`editions\` DROP COLUMN \`cfp_deadline_tz\`;`)
  await db.run(sql`ALTER TABLE \`_editions_v\` DROP COLUMN \`version_startdate_tz\`;`)
  await db.run(sql`ALTER TABLE \`_editions_v\` DROP COLUMN \`version_enddate_tz\`;`)
  await db.run(sql`ALTER TABLE \`_editions_v\` DROP COLUMN \`version_cfp_opensat_tz\`;`)
  await db.run(sql`ALTER TABLE \`_editions_v\` DROP COLUMN \`version_cfp_deadline_tz\`;`)
}
