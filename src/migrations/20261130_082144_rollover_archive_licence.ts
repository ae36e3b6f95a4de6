import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`editions\` ADD \`archive_licence\` text;`)
  await db.run(sql`ALTER TABLE \`_editions_v\` ADD \`version_archive_licence\` text;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`editions\` DROP COLUMN \`archive_licence\`;`)
  await db.run(sql`ALTER TABLE \`_editions_v\` DROP COLUMN \`version_archive_licence\`;`)
}
