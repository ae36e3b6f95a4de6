/**
 * Backup and restore: the seeded database plus a user, a proposal, a review and a pending draft is
 * backed up, restored into a fresh database, and every document of every collection, every version
 * and every global is compared (same ids, same fields, all locales). Then the refusals: a newer
 * schema version, a file for another id type, a non-empty target, and a file that breaks in the
 * middle of the writes, which must leave the target exactly as it was.
 */
import type { CollectionSlug, GlobalSlug, Payload } from 'payload'

import { createBackup } from '../../../src/backup/backup'
import { BACKUP_SCHEMA_FINGERPRINT, BACKUP_SCHEMA_VERSION, BackupFormatError, type BackupFile } from '../../../src/backup/format'
import { restoreBackup, RestoreRefusedError } from '../../../src/backup/restore'
import { restoreTarget, schemaFingerprint } from '../../../src/backup/schema'
import { createProgress, type Progress } from '../../../src/platform/progress/progress'
import { seed } from '../../../src/seed/seed'
import { progressSink } from '../helpers/progressSink'
import { startExtraPayload } from '../helpers/extraPayload'
import { factories, TEST_PASSWORD as PASSWORD } from '../helpers/factories'
import { startTestPayload, type TestPayload } from '../helpers/testPayload'

let ctx: TestPayload
let source: Payload
const extras: Array<{ payload: Payload; close: () => Promise<void> }> = []
let backup: BackupFile
let sessionId: number | string

async function fresh(): Promise<Payload> {
  const extra = await startExtraPayload()
  extras.push(extra)
  return extra.payload
}

const READ = { locale: 'all', depth: 0, overrideAccess: true, showHiddenFields: true, pagination: false } as const

/** Everything a database holds, in a comparable form (version rows without their own ids). */
async function snapshot(payload: Payload) {
  const target = restoreTarget(payload)
  const out: Record<string, unknown> = {}
  for (const slug of target.collections) {
    const collection = slug as CollectionSlug
    out[slug] = (await payload.find({ ...READ, collection, draft: false, sort: 'id' })).docs
    if (target.versionedCollections.includes(slug)) {
      const rows = (await payload.findVersions({ ...READ, collection, sort: 'updatedAt' })).docs
      out[`${slug} versions`] = rows.map(({ id: _id, ...row }) => row)
      // What the admin shows: the latest draft of each document.
      out[`${slug} drafts`] = (await payload.find({ ...READ, collection, draft: true, sort: 'id' })).docs
    }
  }
  for (const slug of target.globals) out[`global ${slug}`] = await payload.findGlobal({ ...READ, slug: slug as GlobalSlug })
  return out
}

beforeAll(async () => {
  ctx = await startTestPayload()
  source = ctx.payload
  await seed(source)
  const { docs } = await source.find({ collection: 'editions', where: { year: { equals: 2026 } }, depth: 0 })
  const edition = docs[0]!
  const make = factories(source)
  const admin = await make.user('admin', { email: 'admin@example.org', name: 'Sample admin' })
  const reviewer = await make.user('reviewer', { email: 'reviewer@example.org', reviewerEditions: [edition.id] })
  const proposal = await make.proposal(edition.id, {
    status: 'submitted',
    submitter: { name: 'Sample Submitter', email: 'Submitter@Example.org' },
    title: 'Sample proposal for the backup test',
  })
  await source.create({
    collection: 'reviews',
    // The factories' ids are typed for SQLite and MongoDB alike; Payload's generated types say one of them.
    data: { proposal: proposal.id, reviewer: reviewer.id, score: 4, comment: 'Sample review' } as never,
    user: admin,
  })
  // A published theme with a newer pending draft: both states must survive.
  const theme = (await source.find({ collection: 'themes', limit: 1, depth: 0 })).docs[0]!
  await source.update({ collection: 'themes', id: theme.id, data: { summary: 'Pending draft summary' }, draft: true, locale: 'en' })
  const room = await source.create({ collection: 'rooms', data: { name: 'Sample room (backup test)', edition: edition.id } })
  sessionId = (
    await source.create({
      collection: 'sessions',
      data: { title: 'Sample session (backup test)', edition: edition.id, kind: 'talk', room: room.id, _status: 'draft' } as never,
      draft: true,
    })
  ).id
  backup = JSON.parse(JSON.stringify(await createBackup(source)))
})

afterAll(async () => {
  for (const extra of extras) await extra.close()
  await ctx?.close()
})

describe('backup file', () => {
  it('is versioned and holds every content collection and global, users with their password hash', () => {
    expect(backup.format).toBe('commons-hub-backup')
    expect(backup.schemaVersion).toBe(BACKUP_SCHEMA_VERSION)
    expect(backup.adapter.idType).toBe(source.db.defaultIDType)
    expect(Object.keys(backup.collections).sort()).toEqual([...restoreTarget(source).collections].sort())
    expect(Object.keys(backup.globals)).toEqual(['site-settings'])
    expect(backup.collections.editions!.length).toBe(2)
    expect(backup.collections.proposals!.length).toBe(1)
    expect(backup.collections.reviews!.length).toBe(1)
    const user = backup.collections.users!.find((doc) => doc.email === 'admin@example.org')!
    expect(typeof user.hash).toBe('string')
    expect(typeof user.salt).toBe('string')
    // All locales: French titles are there beside English ones.
    expect(backup.collections.editions![0]!.title).toEqual(expect.objectContaining({ en: expect.any(String), fr: expect.any(String) }))
  })

  it('matches the schema fingerprint of its version (bump BACKUP_SCHEMA_VERSION when documents change shape)', () => {
    const now = schemaFingerprint(source)
    if (now !== BACKUP_SCHEMA_FINGERPRINT) {
      throw new Error(
        `The stored document shapes changed (fingerprint ${now}). Old backups may not fit them: bump BACKUP_SCHEMA_VERSION in src/backup/format.ts (and teach restore to read the old version if needed), then set BACKUP_SCHEMA_FINGERPRINT to this value.`,
      )
    }
  })
})

describe('restore into a fresh database', () => {
  let target: Payload
  beforeAll(async () => {
    target = await fresh()
  })

  it('restores every document, version and global identically', async () => {
    const report = await restoreBackup(target, backup)
    expect(report.transaction).toBe(true)
    expect(report.documents.users).toBe(2)
    expect(await snapshot(target)).toEqual(await snapshot(source))
  })

  it('keeps the published state and the pending draft apart', async () => {
    const [published] = (await target.find({ collection: 'themes', where: { summary: { equals: 'Pending draft summary' } }, draft: true }))
      .docs
    expect(published).toBeDefined()
    const live = await target.findByID({ collection: 'themes', id: published!.id, draft: false })
    expect(live.summary).not.toBe('Pending draft summary')
  })

  it('logins survive (password hash and salt restored)', async () => {
    const result = await target.login({ collection: 'users', data: { email: 'admin@example.org', password: PASSWORD } })
    expect(result.user?.email).toBe('admin@example.org')
  })

  it('refuses a database that is not empty', async () => {
    await expect(restoreBackup(target, backup)).rejects.toThrow(/not empty.*--replace/)
  })

  it('a file that breaks half-way leaves a non-empty target as it was, even with replace', async () => {
    const before = await snapshot(target)
    const broken = structuredClone(backup)
    // Valid as a file, but the second user takes the first one's address: the unique index refuses it
    // after every other collection has been written.
    broken.collections.users![1]!.email = broken.collections.users![0]!.email
    await expect(restoreBackup(target, broken, { replace: true })).rejects.toThrow(RestoreRefusedError)
    expect(await snapshot(target)).toEqual(before)
  })

  it('without a transaction (as on a database that has none) the failure is undone by hand, with the same result', async () => {
    const before = await snapshot(target)
    const broken = structuredClone(backup)
    broken.collections.users![1]!.email = broken.collections.users![0]!.email
    await expect(restoreBackup(target, broken, { replace: true, transaction: false })).rejects.toThrow(/undone, the database is as it was/)
    expect(await snapshot(target)).toEqual(before)
  })

  it('a version-1 file with free-text session rooms restores with the rooms as documents', async () => {
    // The file as version 1 wrote it: no rooms collection, each session's room as its text.
    const old = structuredClone(backup)
    old.schemaVersion = 1
    const roomName = (id: unknown) => (old.collections.rooms ?? []).find((room) => room.id === id)?.name as { en: string }
    for (const session of old.collections.sessions ?? []) session.room = roomName(session.room).en
    for (const row of old.versions.sessions ?? []) if (row.version.room != null) row.version.room = roomName(row.version.room).en
    delete old.collections.rooms
    const restored = await fresh()
    await restoreBackup(restored, old)
    const session = await restored.findByID({ collection: 'sessions', id: sessionId, depth: 0, draft: true })
    const room = await restored.findByID({ collection: 'rooms', id: session.room as number, depth: 0 })
    expect(room.name).toBe('Sample room (backup test)')
    expect(room.edition).toBe(session.edition)
  })

  it('in batches, each its own transaction (as on MongoDB), restores the same content', async () => {
    const batched = await fresh()
    const report = await restoreBackup(batched, backup, { batchSize: 7 })
    expect(report).toMatchObject({ transaction: false, batches: true })
    expect(await snapshot(batched)).toEqual(await snapshot(source))
  })

  it('in batches, a failure after several committed batches is undone, the target as it was', async () => {
    const before = await snapshot(target)
    const broken = structuredClone(backup)
    broken.collections.users![1]!.email = broken.collections.users![0]!.email
    await expect(restoreBackup(target, broken, { replace: true, batchSize: 7 })).rejects.toThrow(/undone, the database is as it was/)
    expect(await snapshot(target)).toEqual(before)
  })
})

describe('progress of npm run backup and npm run restore (not on a terminal)', () => {
  /** Documents, versions and globals: what both commands count. */
  const work = () =>
    Object.values(backup.collections).reduce((n, docs) => n + docs.length, 0) +
    Object.values(backup.versions).reduce((n, rows) => n + rows.length, 0) +
    Object.keys(backup.globals).length
  /** A progress that prints a plain line at every step (a clock that moves 10 ms per reading). */
  const plain = (label: string) => {
    const out = progressSink(false)
    let now = 0
    let bar: Progress | undefined
    const start = (total: number) => (bar = createProgress({ label, total, stream: out.stream, lineIntervalMs: 0, now: () => (now += 10) }))
    return { out, start, bar: () => bar! }
  }

  it('backup: plain lines with counts and time left, then one summary line', async () => {
    const progress = plain('backup')
    await createBackup(source, new Date(), progress.start)
    const summary = progress.bar().done()
    const total = work()
    const lines = progress.out.text().trim().split('\n')
    expect(lines.length).toBeGreaterThan(2)
    for (const line of lines.slice(0, -1)) expect(line).toMatch(new RegExp(`^backup: \\d+/${total}, .+ left$`))
    expect(lines.at(-2)).toMatch(new RegExp(`^backup: ${total}/${total}, 0 ms left$`))
    expect(lines.at(-1)).toBe(summary)
    expect(summary).toMatch(new RegExp(`^backup: ${total} of ${total} in \\d+ ms$`))
    expect(progress.out.text()).not.toContain('\r')
  })

  it('restore: a line per write counted against every document, version and global, then one summary line', async () => {
    const progress = plain('restore')
    await restoreBackup(await fresh(), backup, { progress: progress.start })
    const summary = progress.bar().done()
    const total = work()
    const lines = progress.out.text().trim().split('\n')
    expect(lines).toHaveLength(total + 1)
    expect(lines[0]).toMatch(new RegExp(`^restore: 1/${total}, .+ left$`))
    expect(lines.at(-2)).toBe(`restore: ${total}/${total}, 0 ms left`)
    expect(lines.at(-1)).toBe(summary)
    expect(summary).toMatch(new RegExp(`^restore: ${total} of ${total} in `))
  })
})

describe('refusals', () => {
  let empty: Payload
  beforeAll(async () => {
    empty = await fresh()
  })
  const counts = async () =>
    Promise.all(restoreTarget(empty).collections.map(async (slug) => (await empty.count({ collection: slug as CollectionSlug })).totalDocs))

  it('refuses a file from a newer schema version, saying so', async () => {
    const newer = { ...backup, schemaVersion: BACKUP_SCHEMA_VERSION + 1 }
    await expect(restoreBackup(empty, newer)).rejects.toThrow(
      `schema version ${BACKUP_SCHEMA_VERSION + 1}, newer than this code's ${BACKUP_SCHEMA_VERSION}`,
    )
  })

  it('refuses what is not a backup, unknown collections and documents without a valid id, listing each', async () => {
    await expect(restoreBackup(empty, { hello: 'world' })).rejects.toThrow(/not a Commons Hub backup/)
    const bad = structuredClone(backup) as unknown as { collections: Record<string, unknown[]> }
    bad.collections.unknowns = []
    bad.collections.themes![2] = { title: 'no id' }
    const error = await restoreBackup(empty, bad).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(BackupFormatError)
    expect((error as BackupFormatError).problems).toEqual(
      expect.arrayContaining(['unknown collection "unknowns"', 'themes[2] has no valid id (undefined)']),
    )
  })

  it('refuses ids of the other database kind (ids are kept, so SQLite and MongoDB backups do not mix)', async () => {
    const other = { ...backup, adapter: { name: 'x', idType: backup.adapter.idType === 'number' ? 'text' : 'number' } }
    await expect(restoreBackup(empty, other)).rejects.toThrow(/ids are kept on restore/)
  })

  it('a file that breaks half-way leaves an empty target empty', async () => {
    const broken = structuredClone(backup)
    broken.collections.users![1]!.email = broken.collections.users![0]!.email
    await expect(restoreBackup(empty, broken)).rejects.toThrow(/undone, the database is as it was/)
    expect(await counts()).toEqual(restoreTarget(empty).collections.map(() => 0))
    expect((await empty.findGlobal({ slug: 'site-settings', depth: 0 })).currentEdition ?? null).toBeNull()
  })

  it('an empty target stays empty after a failure without a transaction too', async () => {
    const broken = structuredClone(backup)
    broken.collections.users![1]!.email = broken.collections.users![0]!.email
    await expect(restoreBackup(empty, broken, { transaction: false })).rejects.toThrow(/undone/)
    expect(await counts()).toEqual(restoreTarget(empty).collections.map(() => 0))
    for (const slug of restoreTarget(empty).versionedCollections) {
      expect((await empty.countVersions({ collection: slug as CollectionSlug })).totalDocs).toBe(0)
    }
  })
})
