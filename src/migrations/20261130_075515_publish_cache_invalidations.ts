import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
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
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`cache_invalidations\`;`)
}
