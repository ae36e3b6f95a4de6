import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

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
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`themes_rels\`;`)
  await db.run(sql`DROP TABLE \`_themes_v_rels\`;`)
}
