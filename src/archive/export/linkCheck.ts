import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'

import { dataFileUrls, isDataFile } from './dataLinks'
import { decodeEntities } from './html'
import { listFiles, MANIFEST_FILE, type Manifest } from './manifest'

/**
 * Does an exported archive stand alone? Reads every HTML and CSS file of the folder as a browser would
 * over file:// and checks each reference (href, src, srcset, poster, action, CSS url()):
 *
 * - a relative link resolves to a file inside the folder (file:// has no directory index);
 * - or to another edition's archive beside it (`../<year>/…`, see ./paths.ts), which must then hold
 *   the file when that folder is there;
 * - an absolute link to the live site is allowed only as canonical/alternate metadata (`<link rel>`);
 * - any other absolute link must be listed as external in manifest.json;
 * - a root-relative link (`/x`) is an error: over file:// it names the disk's root.
 * `mailto:`, `tel:`, `data:` and `#fragment` references are not files and pass. Social-card URLs in
 * `<meta content>` are metadata, not links, and are not read.
 *
 * Data files (the programme feeds and content.json, see ./dataLinks.ts) keep the absolute addresses of
 * the originals, as their formats want: each one, to the live site or elsewhere, must be listed in
 * manifest.json.
 */

type Offender = { file: string; ref: string; problem: string }
export type LinkReport = { files: number; checked: number; otherEditions: number; offenders: Offender[] }

const METADATA_RELS = new Set(['canonical', 'alternate'])
const NOT_FILES = /^(mailto:|tel:|data:|#)/i

type Ref = { ref: string; metadata: boolean }

/** Every reference of an HTML page, with whether it sits in canonical/alternate metadata. */
function htmlRefs(html: string): Ref[] {
  const refs: Ref[] = []
  const withoutComments = html.replace(/<!--[\s\S]*?-->/g, '')
  for (const tag of withoutComments.match(/<[a-z][a-z0-9-]*\b[^>]*>/gi) ?? []) {
    const name = tag.match(/^<([a-z0-9-]+)/i)![1]!.toLowerCase()
    const rel = tag.match(/\srel=(?:"([^"]*)"|'([^']*)'|([^\s>]+))/i)
    const rels = (rel ? (rel[1] ?? rel[2] ?? rel[3] ?? '') : '').toLowerCase().split(/\s+/)
    const metadata = name === 'link' && rels.some((value) => METADATA_RELS.has(value))
    for (const match of tag.matchAll(/\s(href|src|srcset|poster|action)=(?:"([^"]*)"|'([^']*)'|([^\s>]+))/gi)) {
      const value = decodeEntities(match[2] ?? match[3] ?? match[4] ?? '').trim()
      const values = match[1]!.toLowerCase() === 'srcset' ? value.split(',').map((part) => part.trim().split(/\s+/)[0] ?? '') : [value]
      for (const ref of values) if (ref) refs.push({ ref, metadata })
    }
  }
  return refs
}

function cssRefs(css: string): Ref[] {
  return [...css.matchAll(/url\(\s*(["']?)([^"')]+)\1\s*\)/gi)].map((match) => ({ ref: match[2]!.trim(), metadata: false }))
}

export type LinkCheckOptions = {
  /** The live site's origin; default: the origin of metadata.json's `url`. */
  siteUrl?: string
}

function liveOrigin(dir: string, siteUrl?: string): string | null {
  if (siteUrl) return new URL(siteUrl).origin
  const metadata = path.join(dir, 'metadata.json')
  if (!fs.existsSync(metadata)) return null
  const url = (JSON.parse(fs.readFileSync(metadata, 'utf8')) as { url?: unknown }).url
  return typeof url === 'string' ? new URL(url).origin : null
}

export function checkArchiveLinks(dir: string, options: LinkCheckOptions = {}): LinkReport {
  const root = path.resolve(dir)
  if (!fs.existsSync(root) || !fs.statSync(root).isDirectory()) throw new Error(`${dir} is not a folder.`)
  const manifestFile = path.join(root, MANIFEST_FILE)
  const listed = new Set(
    fs.existsSync(manifestFile) ? ((JSON.parse(fs.readFileSync(manifestFile, 'utf8')) as Manifest).externalLinks ?? []) : [],
  )
  const live = liveOrigin(root, options.siteUrl)
  const files = listFiles(root)
  const present = new Set(files)
  // The years this archive holds: a link to any other year is a link to that edition's archive.
  const ownYears = new Set(files.map((file) => file.match(/^(?:fr\/)?editions\/(\d{4})\/index\.html$/)?.[1]).filter(Boolean))
  const offenders: Offender[] = []
  let checked = 0
  let otherEditions = 0

  const check = (file: string, { ref, metadata }: Ref) => {
    if (NOT_FILES.test(ref)) return
    checked++
    const offend = (problem: string) => offenders.push({ file, ref, problem })
    if (/^[a-z][a-z0-9+.-]*:/i.test(ref) || ref.startsWith('//')) {
      let url: URL
      try {
        url = new URL(ref, 'https://relative.invalid')
      } catch {
        return offend('not a valid URL')
      }
      if (url.protocol === 'file:') return offend('an absolute file:// path')
      if (!/^https?:$/.test(url.protocol)) return offend(`a ${url.protocol} link`)
      if (live && url.origin === live) {
        if (!metadata) offend('points to the live site')
        return
      }
      if (!listed.has(url.href) && !listed.has(ref)) offend('external link not listed in manifest.json')
      return
    }
    if (ref.startsWith('/')) return offend('root-relative: over file:// it names the root of the disk')
    const resolved = new URL(ref, pathToFileURL(path.join(root, file)))
    const target = path.relative(root, fileURLToPath(new URL(resolved.pathname, 'file://')))
    const posix = target.split(path.sep).join('/')
    if (!posix.startsWith('../') && posix !== '..') {
      if (!present.has(posix))
        offend(fs.existsSync(path.join(root, posix)) ? 'a folder, not a file (file:// has no index)' : 'no such file')
      return
    }
    const sibling = posix.match(/^\.\.\/(\d{4})\/((?:fr\/)?editions\/(\d{4})(?:\/.*)?)$/)
    if (!sibling || sibling[1] !== sibling[3] || ownYears.has(sibling[1]!)) return offend('leaves the archive')
    otherEditions++
    const siblingRoot = path.join(root, '..', sibling[1]!)
    if (fs.existsSync(siblingRoot) && !fs.existsSync(path.join(siblingRoot, sibling[2]!)))
      offend(`no such file in the ${sibling[1]} archive beside this one`)
  }

  for (const file of files) {
    if (file.endsWith('.html')) htmlRefs(fs.readFileSync(path.join(root, file), 'utf8')).forEach((ref) => check(file, ref))
    else if (file.endsWith('.css')) cssRefs(fs.readFileSync(path.join(root, file), 'utf8')).forEach((ref) => check(file, ref))
    else if (isDataFile(file)) {
      for (const ref of dataFileUrls(fs.readFileSync(path.join(root, file), 'utf8'))) {
        checked++
        if (!listed.has(ref)) offenders.push({ file, ref, problem: 'address in a data file not listed in manifest.json' })
      }
    }
  }
  return { files: files.length, checked, otherEditions, offenders }
}
