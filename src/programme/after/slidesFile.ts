/** Slides uploaded as a file: a PDF judged by its bytes, at most 20 MB. */
export const SLIDES_MAX_BYTES = 20 * 1024 * 1024

export type SlidesVerdict = { ok: true } | { ok: false; status: 400 | 413; message: string }

export function checkSlidesFile(file: {
  data?: Uint8Array | null
  size?: number | null
  mimetype?: string | null
  name?: string | null
}): SlidesVerdict {
  const size = file.size ?? file.data?.length ?? 0
  if (size > SLIDES_MAX_BYTES) return { ok: false, status: 413, message: 'Slides are limited to 20 MB.' }
  const head = file.data ? Buffer.from(file.data.subarray(0, 1024)).toString('latin1') : ''
  // "%PDF-" may follow a few bytes of junk; readers accept it within the first 1024 bytes.
  if (!head.includes('%PDF-')) return { ok: false, status: 400, message: 'Slides must be a PDF file (this file’s content is not PDF).' }
  if (file.mimetype && file.mimetype !== 'application/pdf')
    return { ok: false, status: 400, message: 'Slides must be a PDF file (application/pdf).' }
  if (file.name && !/\.pdf$/i.test(file.name)) return { ok: false, status: 400, message: 'A PDF file name ends in .pdf.' }
  return { ok: true }
}
