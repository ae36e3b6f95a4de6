/**
 * Backup and restore with real uploaded images (src/backup/media.ts): two generated sample images
 * are uploaded (Payload writes the original and its sizes with sharp), the backup lists every file
 * with its sha256, and a restore compares the media folder with that list by hash. Then the
 * command-line scripts run once, through `npm run backup` / `npm run restore`, on database files.
 */
import { execFile } from 'node:child_process'
import crypto from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'

import type { Payload } from 'payload'
import sharp from 'sharp'

import { createBackup } from '../../../src/backup/backup'
import type { BackupFile } from '../../../src/backup/format'
import { filenamesOf, uploadDirs } from '../../../src/backup/media'
import { restoreBackup } from '../../../src/backup/restore'
import { mongoUriWithDatabase } from '../../../src/platform/db/mongoUri'
import { startExtraPayload } from '../helpers/extraPayload'
import { factories, type Factories } from '../helpers/factories'
import { startTestPayload, type TestPayload } from '../helpers/testPayload'

const run = promisify(execFile)
const PREFIX = `backup-media-test-${process.pid}-${Date.now()}`
let ctx: TestPayload
let source: Payload
let make: Factories
let mediaDir: string
let backup: BackupFile
const extras: Array<{ payload: Payload; close: () => Promise<void> }> = []
let workDir: string

const sha256 = (bytes: Buffer) => crypto.createHash('sha256').update(bytes).digest('hex')
const hashOnDisk = (filename: string) => sha256(fs.readFileSync(path.join(mediaDir, filename)))

/** A sample image of random pixels: every run and every image has its own bytes. */
async function sampleImage(format: 'png' | 'jpeg', width: number, height: number): Promise<Buffer> {
  const raw = crypto.randomBytes(width * height * 3)
  return sharp(raw, { raw: { width, height, channels: 3 } })
    [format]()
    .toBuffer()
}

const upload = (name: string, data: Buffer, mimetype: string) =>
  make.media({ data, mimetype, name: `${PREFIX}-${name}` }, { alt: `Sample image ${name}` })

let uploaded: Array<{ filename: string; original: Buffer }> = []

beforeAll(async () => {
  ctx = await startTestPayload()
  source = ctx.payload
  make = factories(source)
  mediaDir = uploadDirs(source).get('media')!
  workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'commons-hub-backup-media-'))
  const png = await sampleImage('png', 1800, 900)
  const jpeg = await sampleImage('jpeg', 900, 1200)
  const first = await upload('wide.png', png, 'image/png')
  const second = await upload('tall.jpg', jpeg, 'image/jpeg')
  await make.create('speakers', { name: 'Sample Speaker With Photo', photo: first.id, _status: 'published' })
  uploaded = [
    { filename: first.filename!, original: png },
    { filename: second.filename!, original: jpeg },
  ]
  backup = JSON.parse(JSON.stringify(await createBackup(source)))
}, 120_000)

afterAll(async () => {
  for (const extra of extras) await extra.close()
  await ctx?.close()
  for (const name of fs.readdirSync(mediaDir)) if (name.startsWith(PREFIX)) fs.rmSync(path.join(mediaDir, name), { force: true })
  fs.rmSync(workDir, { recursive: true, force: true })
})

describe('backup of uploaded images', () => {
  it('lists every file of every image (original and each size) with the hash of its bytes on disk', () => {
    const docs = backup.collections.media!
    expect(docs).toHaveLength(2)
    const expected = docs.flatMap((doc) => filenamesOf(doc)).sort()
    // The original plus the three sizes (thumbnail, card, hero; the tall image is narrower than hero, so sharp keeps what it can).
    expect(expected.length).toBeGreaterThanOrEqual(7)
    expect(backup.media.map((entry) => entry.filename).sort()).toEqual(expected)
    for (const entry of backup.media) {
      expect(entry.missing).toBeUndefined()
      expect(entry.sha256).toBe(hashOnDisk(entry.filename))
      expect(entry.bytes).toBe(fs.statSync(path.join(mediaDir, entry.filename)).size)
    }
  })

  it('the original upload is kept byte for byte', () => {
    for (const { filename, original } of uploaded) {
      expect(backup.media.find((entry) => entry.filename === filename)?.sha256).toBe(sha256(original))
    }
  })
})

describe('restore compares the media folder with the backup by hash', () => {
  let target: Payload
  beforeAll(async () => {
    const extra = await startExtraPayload()
    extras.push(extra)
    target = extra.payload
  })

  it('restores the media documents and finds every file the same', async () => {
    const report = await restoreBackup(target, backup)
    expect(report.documents.media).toBe(2)
    expect(report.media).toEqual({ missing: [], different: [] })
    const restored = (await target.find({ collection: 'media', depth: 0, sort: 'id', pagination: false })).docs
    expect(restored.map((doc) => doc.filename)).toEqual(backup.collections.media!.map((doc) => doc.filename))
    const speaker = (await target.find({ collection: 'speakers', where: { name: { equals: 'Sample Speaker With Photo' } }, depth: 1 }))
      .docs[0]
    expect((speaker?.photo as { filename?: string } | undefined)?.filename).toBe(uploaded[0]!.filename)
  })

  it('names the files that are missing or whose bytes differ', async () => {
    const [changed, removed] = backup.media.filter((entry) => entry.filename !== uploaded[0]!.filename)
    const changedPath = path.join(mediaDir, changed!.filename)
    const removedPath = path.join(mediaDir, removed!.filename)
    const changedBytes = fs.readFileSync(changedPath)
    const removedBytes = fs.readFileSync(removedPath)
    try {
      const altered = Buffer.from(changedBytes)
      altered[altered.length - 1] = altered[altered.length - 1]! ^ 0xff
      fs.writeFileSync(changedPath, altered)
      fs.rmSync(removedPath)
      const report = await restoreBackup(target, backup, { replace: true })
      expect(report.media).toEqual({ missing: [removed!.filename], different: [changed!.filename] })
    } finally {
      fs.writeFileSync(changedPath, changedBytes)
      fs.writeFileSync(removedPath, removedBytes)
    }
  })
})

describe('npm run backup / npm run restore', () => {
  const npm = (args: string[], databaseUri: string) =>
    run('npm', ['run', '--silent', ...args], {
      cwd: process.cwd(),
      env: { ...process.env, DATABASE_URI: databaseUri, NODE_OPTIONS: '', PAYLOAD_LOG_LEVEL: 'warn' },
      timeout: 240_000,
      maxBuffer: 10 * 1024 * 1024,
    })

  it('backs up the test database to a file and restores it into an empty one, files checked by hash', async () => {
    const file = path.join(workDir, 'backup.json')
    const made = await npm(['backup', '--', '--out', file], ctx.databaseUri)
    expect(made.stdout).toContain(`Backup written to ${file}`)
    const written = JSON.parse(fs.readFileSync(file, 'utf8')) as BackupFile
    expect(written.collections.media!.map((doc) => doc.filename)).toEqual(backup.collections.media!.map((doc) => doc.filename))
    expect(written.media.map((entry) => [entry.filename, entry.sha256])).toEqual(
      backup.media.map((entry) => [entry.filename, entry.sha256]),
    )

    const targetUri = ctx.databaseUri.startsWith('mongodb')
      ? mongoUriWithDatabase(ctx.databaseUri, `commons_hub_cli_${process.pid}`)
      : `file:${path.join(workDir, 'restored.db')}`
    const restored = await npm(['restore', '--', file], targetUri)
    expect(restored.stdout).toContain(`Restored ${file}`)
    expect(restored.stdout).toMatch(/documents: .*media 2/)
    expect(restored.stderr).not.toContain('media files to copy')
  }, 600_000)
})
