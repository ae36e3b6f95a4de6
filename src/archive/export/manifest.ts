import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'

/**
 * The archive's manifest (manifest.json): the SHA-256 and size of every file in the folder, sorted by
 * path, and the external links its pages keep. It holds no timestamp, so exporting the same content twice
 * gives the same bytes. `npm run archive:verify -- <dir>` checks a folder against it.
 */

export const MANIFEST_FILE = 'manifest.json'
const MANIFEST_FORMAT = 'commons-hub-archive-manifest/1'

type ManifestEntry = { path: string; sha256: string; bytes: number }
export type Manifest = { format: typeof MANIFEST_FORMAT; files: ManifestEntry[]; externalLinks: string[] }

/** Every file under `dir` (forward slashes, sorted byte-wise so the order never depends on the locale). */
export function listFiles(dir: string, prefix = ''): string[] {
  const out: string[] = []
  for (const entry of fs.readdirSync(path.join(dir, prefix), { withFileTypes: true })) {
    const relative = prefix ? `${prefix}/${entry.name}` : entry.name
    if (entry.isDirectory()) out.push(...listFiles(dir, relative))
    else if (entry.isFile()) out.push(relative)
  }
  return out.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
}

function hashFile(file: string): { sha256: string; bytes: number } {
  const data = fs.readFileSync(file)
  return { sha256: crypto.createHash('sha256').update(data).digest('hex'), bytes: data.length }
}

function buildManifest(dir: string, externalLinks: Iterable<string>): Manifest {
  const files = listFiles(dir)
    .filter((file) => file !== MANIFEST_FILE)
    .map((file) => ({ path: file, ...hashFile(path.join(dir, file)) }))
  return { format: MANIFEST_FORMAT, files, externalLinks: [...new Set(externalLinks)].sort() }
}

export function writeManifest(dir: string, externalLinks: Iterable<string>): Manifest {
  const manifest = buildManifest(dir, externalLinks)
  fs.writeFileSync(path.join(dir, MANIFEST_FILE), `${JSON.stringify(manifest, null, 2)}\n`)
  return manifest
}

export type Difference = { path: string; problem: 'missing' | 'changed' | 'unlisted' }

/** What differs between a folder and its manifest: files missing, changed (hash or size) or not listed. */
export function verifyArchive(dir: string): { ok: boolean; checked: number; differences: Difference[] } {
  const file = path.join(dir, MANIFEST_FILE)
  if (!fs.existsSync(file)) throw new Error(`${file} does not exist: this folder is not an archive made by archive:export.`)
  const manifest = JSON.parse(fs.readFileSync(file, 'utf8')) as Manifest
  if (manifest.format !== MANIFEST_FORMAT || !Array.isArray(manifest.files))
    throw new Error(`${file} is not a manifest of format ${MANIFEST_FORMAT}.`)
  const differences: Difference[] = []
  const listed = new Set<string>()
  for (const entry of manifest.files) {
    listed.add(entry.path)
    const target = path.join(dir, entry.path)
    if (!fs.existsSync(target)) {
      differences.push({ path: entry.path, problem: 'missing' })
      continue
    }
    const actual = hashFile(target)
    if (actual.sha256 !== entry.sha256 || actual.bytes !== entry.bytes) differences.push({ path: entry.path, problem: 'changed' })
  }
  for (const present of listFiles(dir)) {
    if (present !== MANIFEST_FILE && !listed.has(present)) differences.push({ path: present, problem: 'unlisted' })
  }
  return { ok: differences.length === 0, checked: manifest.files.length, differences }
}
