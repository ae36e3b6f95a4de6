import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
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
  await db.run(sql`ALTER TABLE \`proposals\` ADD \`submission_token\` text;`)
  await db.run(sql`ALTER TABLE \`proposals\` ADD \`language\` text;`)
  await db.run(sql`CREATE UNIQUE INDEX \`proposals_submission_token_idx\` ON \`proposals\` (\`submission_token\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`proposals_emails\`;`)
  await db.run(sql`DROP INDEX \`proposals_submission_token_idx\`;`)
  await db.run(sql`ALTER TABLE \`proposals\` DROP COLUMN \`submission_token\`;`)
  await db.run(sql`ALTER TABLE \`proposals\` DROP COLUMN \`language\`;`)
}
