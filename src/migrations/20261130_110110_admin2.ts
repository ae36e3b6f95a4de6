import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`reviews\` ADD \`proposal_label\` text;`)
  await db.run(sql`ALTER TABLE \`reviews\` ADD \`reviewer_name\` text;`)
  await db.run(sql`CREATE INDEX \`reviews_proposal_label_idx\` ON \`reviews\` (\`proposal_label\`);`)
  // Existing reviews get the copies their hooks keep from now on (src/cfp/review/reviewLabels.ts).
  await db.run(
    sql`UPDATE \`reviews\` SET \`proposal_label\` = (SELECT CASE WHEN p.\`reference\` IS NULL THEN p.\`title\` ELSE p.\`reference\` || ' — ' || p.\`title\` END FROM \`proposals\` p WHERE p.\`id\` = \`reviews\`.\`proposal_id\`);`,
  )
  await db.run(
    sql`UPDATE \`reviews\` SET \`reviewer_name\` = (SELECT COALESCE(NULLIF(TRIM(u.\`name\`), ''), u.\`email\`) FROM \`users\` u WHERE u.\`id\` = \`reviews\`.\`reviewer_id\`);`,
  )
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP INDEX \`reviews_proposal_label_idx\`;`)
  await db.run(sql`ALTER TABLE \`reviews\` DROP COLUMN \`proposal_label\`;`)
  await db.run(sql`ALTER TABLE \`reviews\` DROP COLUMN \`reviewer_name\`;`)
}
