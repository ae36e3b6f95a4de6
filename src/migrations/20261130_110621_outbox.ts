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
  await db.run(sql`ALTER TABLE \`editions\` ADD \`cfp_confirm_by\` text;`)
  await db.run(sql`ALTER TABLE \`editions\` ADD \`cfp_confirmby_tz\` text DEFAULT 'Europe/Paris';`)
  await db.run(sql`ALTER TABLE \`_editions_v\` ADD \`version_cfp_confirm_by\` text;`)
  await db.run(sql`ALTER TABLE \`_editions_v\` ADD \`version_cfp_confirmby_tz\` text DEFAULT 'Europe/Paris';`)
  await db.run(sql`ALTER TABLE \`proposals\` ADD \`decision_pending\` integer DEFAULT false;`)
  await db.run(sql`ALTER TABLE \`proposals\` ADD \`released_decision\` text;`)
  await db.run(sql`ALTER TABLE \`proposals\` ADD \`released_at\` text;`)
  await db.run(sql`ALTER TABLE \`proposals\` ADD \`decision_email_job\` text;`)
  await db.run(sql`CREATE INDEX \`proposals_decision_pending_idx\` ON \`proposals\` (\`decision_pending\`);`)
  // Decisions whose email already went out (the old one-by-one send) count as released; every other
  // decision taken waits in the Decisions outbox.
  await db.run(sql`UPDATE \`proposals\` SET \`released_decision\` = \`decision_email_kind\`, \`released_at\` = \`decision_email_sent_at\`
    WHERE \`decision_email_status\` IN ('sent', 'captured');`)
  await db.run(sql`UPDATE \`proposals\` SET \`decision_pending\` = 1
    WHERE (\`status\` = 'accepted' AND \`released_decision\` IS NOT 'accept')
       OR (\`status\` = 'rejected' AND \`released_decision\` IS NOT 'decline')
       OR (\`status\` = 'waitlisted' AND \`released_decision\` IS NOT 'waitlist');`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`proposals_participation\`;`)
  await db.run(sql`DROP INDEX \`proposals_decision_pending_idx\`;`)
  await db.run(sql`ALTER TABLE \`proposals\` DROP COLUMN \`decision_pending\`;`)
  await db.run(sql`ALTER TABLE \`proposals\` DROP COLUMN \`released_decision\`;`)
  await db.run(sql`ALTER TABLE \`proposals\` DROP COLUMN \`released_at\`;`)
  await db.run(sql`ALTER TABLE \`proposals\` DROP COLUMN \`decision_email_job\`;`)
  await db.run(sql`ALTER TABLE \`editions\` DROP COLUMN \`cfp_confirm_by\`;`)
  await db.run(sql`ALTER TABLE \`editions\` DROP COLUMN \`cfp_confirmby_tz\`;`)
  await db.run(sql`ALTER TABLE \`_editions_v\` DROP COLUMN \`version_cfp_confirm_by\`;`)
  await db.run(sql`ALTER TABLE \`_editions_v\` DROP COLUMN \`version_cfp_confirmby_tz\`;`)
}
