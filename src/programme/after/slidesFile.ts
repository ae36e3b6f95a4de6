/** Slides uploaded as a file: a PDF judged by its bytes, at most 20 MB. */
export const SLIDES_MAX_BYTES = 20 * 1024 * 1024

export type SlidesVerdict = { ok: true } | { ok: false; status: 400 | 413; message: string }

const PDF_HEADER = /^%PDF-[12]\.\d/
const NOT_PDF = 'Slides must be a PDF file (this file’s content is not PDF).'

/**
 * A real PDF starts with its version header and ends with the offset of its cross-reference table and
 * an end-of-file marker (PDF 2.0, 7.5.2 and 7.5.5: `startxref` … `%%EOF`). The header is required at the very first byte, stricter than readers' leeway of 1024 bytes, so
 * an HTML or script file cannot carry a PDF header further down and pass.
 */
export function checkSlidesFile(file: {
  data?: Uint8Array | null
  size?: number | null
  mimetype?: string | null
  name?: string | null
}): SlidesVerdict {
  const size = Math.max(file.size ?? 0, file.data?.length ?? 0)
  if (size > SLIDES_MAX_BYTES) return { ok: false, status: 413, message: 'Slides are limited to 20 MB.' }
  if (!file.data || file.data.length === 0) return { ok: false, status: 400, message: NOT_PDF }
  const bytes = Buffer.from(file.data.buffer, file.data.byteOffset, file.data.byteLength)
  const head = bytes.subarray(0, 16).toString('latin1')
  const tail = bytes.subarray(Math.max(0, bytes.length - 1024)).toString('latin1')
  if (!PDF_HEADER.test(head) || !tail.includes('startxref') || !tail.includes('%%EOF')) return { ok: false, status: 400, message: NOT_PDF }
  if (file.mimetype && file.mimetype !== 'application/pdf')
    return { ok: false, status: 400, message: 'Slides must be a PDF file (application/pdf).' }
  if (file.name && !/\.pdf$/i.test(file.name)) return { ok: false, status: 400, message: 'A PDF file name ends in .pdf.' }
  return { ok: true }
}
