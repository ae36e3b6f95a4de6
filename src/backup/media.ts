import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'

import type { Payload } from 'payload'

import type { BackupDoc, MediaFileEntry } from './format'

/** Where each upload collection keeps its files on disk. */
export function uploadDirs(payload: Payload): Map<string, string> {
  const dirs = new Map<string, string>()
  for (const collection of payload.config.collections) {
    const upload = collection.upload
    if (!upload) continue
    const staticDir = typeof upload === 'object' && upload.staticDir ? upload.staticDir : collection.slug
    dirs.set(collection.slug, path.resolve(process.cwd(), staticDir))
  }
  return dirs
}

/** The file names an upload document points to: the original and every generated size. */
export function filenamesOf(doc: BackupDoc): string[] {
  const names = new Set<string>()
  if (typeof doc.filename === 'string') names.add(doc.filename)
  const sizes = doc.sizes
  if (sizes && typeof sizes === 'object') {
    for (const size of Object.values(sizes as Record<string, { filename?: unknown }>)) {
      if (size && typeof size.filename === 'string') names.add(size.filename)
    }
  }
  return [...names]
}

/**
 * Files are not copied into the JSON (copy the media folder or volume beside it): the backup lists
 * each one with its size and sha256 so a restore can tell which are missing or different.
 */
export function describeFile(collection: string, dir: string, filename: string): MediaFileEntry {
  const file = path.join(dir, filename)
  try {
    const bytes = fs.readFileSync(file)
    return { collection, filename, bytes: bytes.length, sha256: crypto.createHash('sha256').update(bytes).digest('hex') }
  } catch {
    return { collection, filename, bytes: null, sha256: null, missing: true }
  }
}

/** Compares the listed files with what is on disk here: the names missing or different. */
export function checkMediaFiles(dir: string, listed: MediaFileEntry[]): { missing: string[]; different: string[] } {
  const missing: string[] = []
  const different: string[] = []
  for (const entry of listed) {
    if (entry.missing) continue
    const here = describeFile(entry.collection, dir, entry.filename)
    if (here.missing) missing.push(entry.filename)
    else if (here.sha256 !== entry.sha256) different.push(entry.filename)
  }
  return { missing, different }
}
