import crypto from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import type { Payload } from 'payload'

import { dropMongoDatabase } from '../../../src/platform/db/dropDatabase'
import { mongoUriWithDatabase } from '../../../src/platform/db/mongoUri'

/**
 * Boots Payload (Local API) on a throwaway database of the kind DATABASE_URI names:
 * a fresh SQLite file by default, or a fresh database on the given MongoDB server.
 * Each test file gets its own, and `close()` removes it.
 */
export type TestPayload = { payload: Payload; close: () => Promise<void>; databaseUri: string }

export async function startTestPayload(): Promise<TestPayload> {
  const given = process.env.DATABASE_URI ?? ''
  const id = crypto.randomBytes(6).toString('hex')
  let databaseUri: string
  let cleanup: () => void = () => {}
  if (given.startsWith('mongodb')) {
    databaseUri = mongoUriWithDatabase(given, `commons_hub_test_${id}`)
  } else {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'commons-hub-test-'))
    databaseUri = `file:${path.join(dir, `test-${id}.db`)}`
    cleanup = () => fs.rmSync(dir, { recursive: true, force: true })
  }
  process.env.DATABASE_URI = databaseUri
  const { getPayload } = await import('payload')
  const { default: config } = await import('@payload-config')
  const payload = await getPayload({ config })
  return {
    payload,
    databaseUri,
    close: async () => {
      await dropMongoDatabase(payload)
      await payload.destroy()
      process.env.DATABASE_URI = given
      cleanup()
    },
  }
}

/**
 * Registers, in the calling file or `describe`, a throwaway database started before its tests (then
 * `prepare`, e.g. `seed`) and removed after them; `use` receives its Payload.
 */
export function withTestPayload(use: (payload: Payload) => void, prepare?: (payload: Payload) => Promise<unknown>): void {
  let ctx: TestPayload | undefined
  beforeAll(async () => {
    ctx = await startTestPayload()
    use(ctx.payload)
    await prepare?.(ctx.payload)
  })
  afterAll(async () => {
    await ctx?.close()
  })
}
