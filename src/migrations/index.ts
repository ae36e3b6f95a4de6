import type { MigrateDownArgs, MigrateUpArgs } from '@payloadcms/db-sqlite'

// Replaced by `payload migrate:create`, which lists the migrations it writes here.
export const migrations: Array<{
  name: string
  up: (args: MigrateUpArgs) => Promise<void>
  down: (args: MigrateDownArgs) => Promise<void>
}> = []
