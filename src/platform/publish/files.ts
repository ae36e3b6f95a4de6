import crypto from 'node:crypto'
import fs from 'node:fs/promises'
import path from 'node:path'
import { gzipSync } from 'node:zlib'

/**
 * Where each public URL lives in the publish folder, laid out so that nginx finds it with
 * `try_files $uri $uri/index.html` (deploy/nginx.conf) and any static host serves it as is:
 *   /                         index.html
 *   /fr/editions/2025         fr/editions/2025/index.html
 *   /editions/2026/programme.ics, /sitemap.xml, /robots.txt   the same name
 *   /editions/2025/opengraph-image                            the same name (a PNG; nginx types it)
 */
export function fileForPath(urlPath: string): string {
  const pathname = urlPath.split('?')[0]!.replace(/\/{2,}/g, '/')
  const segments = pathname
    .split('/')
    .filter(Boolean)
    .map((segment) => decodeURIComponent(segment))
  if (segments.some((segment) => segment === '.' || segment === '..' || segment.includes('\\') || segment.startsWith('.'))) {
    throw new Error(`Refusing to publish the path ${JSON.stringify(urlPath)}`)
  }
  const last = segments.at(-1) ?? ''
  if (isFilePath(last)) return segments.join('/')
  return [...segments, 'index.html'].join('/')
}

/** A URL whose last segment names a file (feeds, sitemap, robots, social images) rather than a page. */
function isFilePath(lastSegment: string): boolean {
  return /\.[a-z0-9]{1,8}$/i.test(lastSegment) || lastSegment === 'opengraph-image'
}

/**
 * Writes `body` to `dir/relative` through a temporary file in the same folder and a rename, so a
 * reader (nginx, rsync) sees the old file or the new one, never half of one. Leaves an identical file
 * alone (its ETag and Last-Modified stay). Returns whether the file changed.
 */
export async function writeFileAtomic(dir: string, relative: string, body: Buffer): Promise<boolean> {
  const target = path.join(dir, relative)
  try {
    const current = await fs.readFile(target)
    if (current.equals(body)) return false
  } catch {
    // missing: write it
  }
  await fs.mkdir(path.dirname(target), { recursive: true })
  const temporary = path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}.${crypto.randomBytes(4).toString('hex')}.tmp`)
  try {
    await fs.writeFile(temporary, body)
    await fs.rename(temporary, target)
  } catch (error) {
    await fs.rm(temporary, { force: true })
    throw error
  }
  return true
}

/** What nginx would compress on the fly (deploy/nginx.conf, gzip_types) and is worth it (gzip_min_length). */
const COMPRESSIBLE = /^(text\/|application\/(json|xml|rss\+xml|atom\+xml|manifest\+json)|image\/svg\+xml)/
const GZIP_MIN_BYTES = 1024

/**
 * Writes a published file and, when it is text worth compressing, its gzip copy beside it
 * (`<file>.gz`, served by nginx's gzip_static): nginx no longer compresses each response on the fly.
 * The copy goes first; each is renamed into place, so a reader sees the old or the new version of each.
 * Returns whether the file changed.
 */
export async function writePublished(dir: string, relative: string, body: Buffer, contentType: string): Promise<boolean> {
  if (COMPRESSIBLE.test(contentType) && body.length >= GZIP_MIN_BYTES) {
    // Node's gzip header carries no time: the same page gives the same bytes (an unchanged file stays untouched).
    await writeFileAtomic(dir, `${relative}.gz`, gzipSync(body, { level: 9 }))
  } else {
    await fs.rm(path.join(dir, `${relative}.gz`), { force: true })
  }
  return writeFileAtomic(dir, relative, body)
}

/** Removes a published file (a page that is gone) and its gzip copy; returns whether there was one. */
export async function removeFile(dir: string, relative: string): Promise<boolean> {
  await fs.rm(path.join(dir, `${relative}.gz`), { force: true })
  try {
    await fs.rm(path.join(dir, relative))
    return true
  } catch {
    return false
  }
}
