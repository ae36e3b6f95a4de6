/**
 * What the media library accepts, decided from the file's real bytes rather than its name or the
 * browser's declared type: raster images only (JPEG, PNG, WebP, AVIF), at most 10 MB. SVG is refused
 * rather than sanitised: it is a document that can carry scripts and external references.
 * No collection needs PDFs, so none are accepted.
 */
export const MAX_UPLOAD_BYTES = 10 * 1024 * 1024

type ImageKind = 'jpeg' | 'png' | 'webp' | 'avif'
type DetectedKind = ImageKind | 'gif' | 'svg' | 'pdf' | 'text' | 'unknown'

const KIND_LABEL: Record<DetectedKind, string> = {
  jpeg: 'a JPEG image',
  png: 'a PNG image',
  webp: 'a WebP image',
  avif: 'an AVIF image',
  gif: 'a GIF image',
  svg: 'an SVG drawing',
  pdf: 'a PDF document',
  text: 'text',
  unknown: 'of an unknown type',
}

const MIME_OF: Record<ImageKind, string> = {
  jpeg: 'image/jpeg',
  png: 'image/png',
  webp: 'image/webp',
  avif: 'image/avif',
}

const EXTENSIONS: Record<ImageKind, readonly string[]> = {
  jpeg: ['jpg', 'jpeg'],
  png: ['png'],
  webp: ['webp'],
  avif: ['avif'],
}

const ascii = (bytes: Uint8Array, start: number, end: number) => String.fromCharCode(...bytes.subarray(start, end))

/** The file's type from its first bytes (magic numbers). */
function detectKind(bytes: Uint8Array): DetectedKind {
  if (bytes.length >= 3 && bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'jpeg'
  if (bytes.length >= 8 && [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a].every((byte, i) => bytes[i] === byte)) return 'png'
  if (bytes.length >= 12 && ascii(bytes, 0, 4) === 'RIFF' && ascii(bytes, 8, 12) === 'WEBP') return 'webp'
  if (bytes.length >= 16 && ascii(bytes, 4, 8) === 'ftyp') {
    // ISO media box: the major brand and the compatible brands that follow name the format.
    const boxSize = Math.min(bytes.length, new DataView(bytes.buffer, bytes.byteOffset).getUint32(0))
    const brands = [ascii(bytes, 8, 12)]
    for (let offset = 16; offset + 4 <= boxSize; offset += 4) brands.push(ascii(bytes, offset, offset + 4))
    if (brands.includes('avif') || brands.includes('avis')) return 'avif'
    return 'unknown'
  }
  if (bytes.length >= 6 && /^GIF8[79]a$/.test(ascii(bytes, 0, 6))) return 'gif'
  if (bytes.length >= 5 && ascii(bytes, 0, 5) === '%PDF-') return 'pdf'
  const head = Buffer.from(bytes.subarray(0, 4096)).toString('utf8').replace(/^\uFEFF/, '').trimStart()
  if (/^<(\?xml|svg|!DOCTYPE svg|!--)/i.test(head) && /<svg[\s>]/i.test(head)) return 'svg'
  // Printable UTF-8 without NUL bytes: text of some kind.
  if (!bytes.subarray(0, 4096).includes(0) && !head.includes('\uFFFD')) return 'text'
  return 'unknown'
}

export type UploadVerdict = { ok: true; kind: ImageKind } | { ok: false; status: 400 | 413; message: string }

/** Accepts or refuses an upload, with the message its author needs to fix it. */
export function judgeUpload(file: { name: string; data: Uint8Array; size?: number; mimetype?: string }): UploadVerdict {
  const size = Math.max(file.size ?? 0, file.data.length)
  if (size > MAX_UPLOAD_BYTES) {
    return {
      ok: false,
      status: 413,
      message: `"${file.name}" is ${(size / 1024 / 1024).toFixed(1)} MB, larger than the 10 MB limit: export it smaller (a 2000-pixel-wide WebP is plenty for the site).`,
    }
  }
  const extension = /\.([^.]+)$/.exec(file.name)?.[1]?.toLowerCase() ?? ''
  const kind = detectKind(file.data)
  if (kind === 'svg' || extension === 'svg' || file.mimetype === 'image/svg+xml') {
    return {
      ok: false,
      status: 400,
      message: `"${file.name}" is an SVG file: SVG is not accepted because it can contain scripts. Export it as PNG or WebP.`,
    }
  }
  if (kind !== 'jpeg' && kind !== 'png' && kind !== 'webp' && kind !== 'avif') {
    return {
      ok: false,
      status: 400,
      message: `"${file.name}" is not a JPEG, PNG, WebP or AVIF image (its content is ${KIND_LABEL[kind]}). Only these image types can be uploaded.`,
    }
  }
  if (!EXTENSIONS[kind].includes(extension)) {
    return {
      ok: false,
      status: 400,
      message: `"${file.name}" is ${KIND_LABEL[kind]} but its name ends in ${extension ? `.${extension}` : 'no extension'}: rename it to .${EXTENSIONS[kind][0]}.`,
    }
  }
  if (file.mimetype && file.mimetype !== MIME_OF[kind] && !(kind === 'jpeg' && file.mimetype === 'image/jpg')) {
    return { ok: false, status: 400, message: `"${file.name}" is ${KIND_LABEL[kind]} but was sent as ${file.mimetype}.` }
  }
  return { ok: true, kind }
}
