/**
 * Citable archives: the manifest lists the SHA-256 of every file and the external links, is byte-identical
 * for the same content, and `archive:verify` fails on one changed byte, a missing or an unlisted file.
 */
import { spawnSync } from 'node:child_process'
import crypto from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { citationCff, metadataJson, type ArchiveMetadata } from '../../../src/archive/export/citation'
import { newestChange } from '../../../src/archive/export/exporter'
import { MANIFEST_FILE, verifyArchive, writeManifest } from '../../../src/archive/export/manifest'

const dirs: string[] = []
function archive(files: Record<string, string>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'commons-hub-manifest-'))
  dirs.push(dir)
  for (const [file, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true })
    fs.writeFileSync(path.join(dir, file), text)
  }
  return dir
}
afterAll(() => dirs.forEach((dir) => fs.rmSync(dir, { recursive: true, force: true })))

const FILES = {
  'index.html': '<!doctype html><title>Sample archive</title>',
  'editions/2026/index.html': '<p>Sample page</p>',
  'fr/editions/2026/index.html': '<p>Page exemple</p>',
  '_assets/site.css': 'body{color:#000}',
}

const verify = (dir: string) =>
  spawnSync(process.execPath, [path.resolve('node_modules/tsx/dist/cli.mjs'), 'scripts/archive-verify.ts', dir], { encoding: 'utf8' })

describe('the manifest', () => {
  it('lists every file with its SHA-256 and size, sorted, and the external links; the same content gives the same bytes', () => {
    const first = archive(FILES)
    const second = archive(Object.fromEntries(Object.entries(FILES).reverse()))
    const manifest = writeManifest(first, ['https://example.org/b', 'https://example.org/a', 'https://example.org/a'])
    writeManifest(second, ['https://example.org/a', 'https://example.org/b'])
    expect(manifest.files.map((file) => file.path)).toEqual([
      '_assets/site.css',
      'editions/2026/index.html',
      'fr/editions/2026/index.html',
      'index.html',
    ])
    const index = FILES['index.html']
    expect(manifest.files[3]).toEqual({
      path: 'index.html',
      bytes: Buffer.byteLength(index),
      sha256: crypto.createHash('sha256').update(index).digest('hex'),
    })
    expect(manifest.externalLinks).toEqual(['https://example.org/a', 'https://example.org/b'])
    expect(fs.readFileSync(path.join(first, MANIFEST_FILE))).toEqual(fs.readFileSync(path.join(second, MANIFEST_FILE)))
    expect(verifyArchive(first)).toEqual({ ok: true, checked: 4, differences: [] })
  })

  it('archive:verify exits 0 on a matching folder and 1 when one byte changed, a file is missing or unlisted', () => {
    const dir = archive(FILES)
    writeManifest(dir, [])
    const ok = verify(dir)
    expect(ok.stdout).toContain('4 files match manifest.json')
    expect(ok.status).toBe(0)

    const page = path.join(dir, 'editions/2026/index.html')
    const bytes = fs.readFileSync(page)
    bytes[3] = bytes[3]! ^ 1
    fs.writeFileSync(page, bytes)
    fs.rmSync(path.join(dir, '_assets/site.css'))
    fs.writeFileSync(path.join(dir, 'extra.html'), 'not in the manifest')
    const tampered = verify(dir)
    expect(tampered.status).toBe(1)
    expect(tampered.stderr).toContain('changed: editions/2026/index.html')
    expect(tampered.stderr).toContain('missing: _assets/site.css')
    expect(tampered.stderr).toContain('unlisted: extra.html')
    expect(verify(path.join(dir, 'nowhere')).status).toBe(1)
  })
})

describe('archive:verify, closer', () => {
  it('counts a symbolic link as a file: one the manifest does not list is a difference', () => {
    const dir = archive(FILES)
    writeManifest(dir, [])
    fs.symlinkSync(path.join(dir, 'index.html'), path.join(dir, 'copy.html'))
    fs.symlinkSync(os.tmpdir(), path.join(dir, 'outside'))
    expect(verifyArchive(dir)).toMatchObject({
      ok: false,
      differences: [
        { path: 'copy.html', problem: 'unlisted' },
        { path: 'outside', problem: 'unlisted' },
      ],
    })
  })

  it('fails when a byte of manifest.json itself changed (it must be exactly as archive:export wrote it)', () => {
    const dir = archive(FILES)
    writeManifest(dir, ['https://example.org/a', 'https://example.org/b'])
    const file = path.join(dir, MANIFEST_FILE)
    const original = fs.readFileSync(file, 'utf8')
    // Indentation, and the order of the external links: the same JSON, other bytes.
    for (const tampered of [original.replace('\n  "files"', '\n\t"files"'), original.replace('example.org/a', 'example.org/c')]) {
      fs.writeFileSync(file, tampered)
      expect(verifyArchive(dir)).toMatchObject({ ok: false, differences: [{ path: MANIFEST_FILE, problem: 'changed' }] })
    }
    fs.writeFileSync(file, original)
    expect(verifyArchive(dir).ok).toBe(true)
  })
})

describe('citation files', () => {
  const meta: ArchiveMetadata = {
    title: 'Sample conference 2026',
    edition: { year: 2026, ordinal: 2 },
    dates: { start: '2026-12-01T00:00:00.000Z', end: '2026-12-03T00:00:00.000Z' },
    place: { venue: 'Sample venue', city: 'Sample city' },
    publisher: 'Sample publisher',
    languages: ['en', 'fr'],
    licence: 'CC-BY-4.0',
    url: 'https://example.org/editions/2026',
  }

  it('writes CITATION.cff and metadata.json from the edition only, with the licence editors chose', () => {
    const cff = citationCff(meta)
    expect(cff).toContain('cff-version: 1.2.0')
    expect(cff).toContain('title: "Sample conference 2026"')
    expect(cff).toContain('license: CC-BY-4.0')
    expect(cff).toContain('date-released: 2026-12-03')
    expect(citationCff({ ...meta, licence: null })).not.toContain('license:')
    expect(JSON.parse(metadataJson(meta))).toEqual({ format: 'commons-hub-archive-metadata/1', ...meta })
    expect(citationCff({ ...meta, title: 'A "quoted" title' })).toContain('title: "A \\"quoted\\" title"')
  })

  it('dates the archive by its newest content change, never by the export', () => {
    expect(
      newestChange({
        edition: { updatedAt: '2026-01-02T00:00:00.000Z' },
        themes: [{ updatedAt: '2026-03-04T00:00:00.000Z' }, { updatedAt: '2025-01-01T00:00:00.000Z' }],
      }),
    ).toBe('2026-03-04T00:00:00.000Z')
    expect(newestChange({})).toBeNull()
  })
})
