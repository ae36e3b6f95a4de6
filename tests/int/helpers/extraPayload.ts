import crypto from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { BasePayload, type DatabaseAdapterObj, type Payload, type SanitizedConfig } from 'payload'

import { currentDatabase, databaseAdapter } from '../../../src/platform/db/databaseAdapter'
import { dropMongoDatabase } from '../../../src/platform/db/dropDatabase'
import { mongoUriWithDatabase } from '../../../src/platform/db/mongoUri'

/**
 * A second, independent Payload on its own fresh database of the same kind as the test's
 * (SQLite file, or a new database on the same MongoDB server): for tests that move data between
 * two databases (backup → restore). getPayload() keeps one instance per process, so this one is
 * built directly from the same sanitized config with its own adapter.
 */
export async function startExtraPayload(): Promise<{ payload: Payload; close: () => Promise<void> }> {
  const { default: configPromise } = await import('@payload-config')
  const config = await configPromise
  const id = crypto.randomBytes(6).toString('hex')
  const given = process.env.DATABASE_URI ?? ''
  let cleanup = () => {}
  let db: DatabaseAdapterObj
  if (given.startsWith('mongodb')) {
    const url = mongoUriWithDatabase(given, `commons_hub_extra_${id}`)
    db = databaseAdapter({ kind: 'mongodb', url, hosts: 'test' })
  } else {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'commons-hub-extra-'))
    const file = path.join(dir, `extra-${id}.db`)
    db = databaseAdapter({ kind: 'sqlite', url: `file:${file}`, file })
    cleanup = () => fs.rmSync(dir, { recursive: true, force: true })
  }
  // The SQLite adapter skips its dev schema push when the schema equals the last one it pushed in
  // this process (the first instance's): force it for this new, empty file.
  const forced = process.env.PAYLOAD_FORCE_DRIZZLE_PUSH
  process.env.PAYLOAD_FORCE_DRIZZLE_PUSH = 'true'
  let payload: Payload
  try {
    payload = await new BasePayload().init({ config: Promise.resolve({ ...config, db } as SanitizedConfig) })
  } finally {
    if (forced === undefined) delete process.env.PAYLOAD_FORCE_DRIZZLE_PUSH
    else process.env.PAYLOAD_FORCE_DRIZZLE_PUSH = forced
  }
  return {
    payload,
    close: async () => {
      await dropMongoDatabase(payload)
      await payload.db.destroy?.()
      cleanup()
    },
  }
}

/**
 * A second "process" on the test's own database (the one startTestPayload opened): its own adapter and
 * connection, no module state shared with the first, for what several app processes must share.
 * Destroy its adapter (`db.destroy`) before the first one closes.
 */
export async function startSecondProcess(): Promise<Payload> {
  const { default: configPromise } = await import('@payload-config')
  const config = await configPromise
  return new BasePayload().init({
    config: Promise.resolve({ ...config, db: databaseAdapter(currentDatabase()) } as SanitizedConfig),
  })
}
