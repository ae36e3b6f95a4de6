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

/** Byte-wise order (code units), the same on every machine whatever its locale. */
const byteOrder = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0)

/** Every file under `dir` (forward slashes, sorted byte-wise so the order never depends on the locale). */
export function listFiles(dir: string, prefix = ''): string[] {
  const out: string[] = []
  for (const entry of fs.readdirSync(path.join(dir, prefix), { withFileTypes: true })) {
    const relative = prefix ? `${prefix}/${entry.name}` : entry.name
    if (entry.isDirectory()) out.push(...listFiles(dir, relative))
    // A symbolic link is served like a file (even one pointing outside): never skipped unseen.
    else if (entry.isFile() || entry.isSymbolicLink()) out.push(relative)
  }
  return out.sort(byteOrder)
}

function hashFile(file: string): { sha256: string; bytes: number } {
  const data = fs.readFileSync(file)
  return { sha256: crypto.createHash('sha256').update(data).digest('hex'), bytes: data.length }
}

function buildManifest(dir: string, externalLinks: Iterable<string>): Manifest {
  const files = listFiles(dir)
    .filter((file) => file !== MANIFEST_FILE)
    .map((file) => ({ path: file, ...hashFile(path.join(dir, file)) }))
  return { format: MANIFEST_FORMAT, files, externalLinks: [...new Set(externalLinks)].sort(byteOrder) }
}

/** The manifest's one spelling: the same content always gives the same bytes. */
function manifestText(manifest: Manifest): string {
  const canonical: Manifest = {
    format: manifest.format,
    files: manifest.files.map((entry) => ({ path: entry.path, sha256: entry.sha256, bytes: entry.bytes })),
    externalLinks: manifest.externalLinks,
  }
  return `${JSON.stringify(canonical, null, 2)}\n`
}

export function writeManifest(dir: string, externalLinks: Iterable<string>): Manifest {
  const manifest = buildManifest(dir, externalLinks)
  fs.writeFileSync(path.join(dir, MANIFEST_FILE), manifestText(manifest))
  return manifest
}

/**
 * The manifest cannot hold its own hash, so it is checked for being exactly what writeManifest writes:
 * its one spelling, files in order and each once, external links sorted and each once. A changed byte
 * in it then shows, unless it changes a path, hash or size (which the files then contradict).
 */
function isAsWritten(text: string, manifest: Manifest): boolean {
  const paths = manifest.files.map((entry) => entry.path)
  const links = Array.isArray(manifest.externalLinks) ? manifest.externalLinks : []
  const inOrder = (values: string[]) => values.every((value, index) => index === 0 || byteOrder(values[index - 1]!, value) < 0)
  return Array.isArray(manifest.externalLinks) && inOrder(paths) && inOrder(links) && manifestText(manifest) === text
}

export type Difference = { path: string; problem: 'missing' | 'changed' | 'unlisted' }

/** What differs between a folder and its manifest: files missing, changed (hash or size) or not listed. */
export function verifyArchive(dir: string): { ok: boolean; checked: number; differences: Difference[] } {
  const file = path.join(dir, MANIFEST_FILE)
  if (!fs.existsSync(file)) throw new Error(`${file} does not exist: this folder is not an archive made by archive:export.`)
  const text = fs.readFileSync(file, 'utf8')
  const manifest = JSON.parse(text) as Manifest
  if (manifest.format !== MANIFEST_FORMAT || !Array.isArray(manifest.files))
    throw new Error(`${file} is not a manifest of format ${MANIFEST_FORMAT}.`)
  const differences: Difference[] = isAsWritten(text, manifest) ? [] : [{ path: MANIFEST_FILE, problem: 'changed' }]
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
