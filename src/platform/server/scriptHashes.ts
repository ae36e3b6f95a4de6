import crypto from 'node:crypto'

const INLINE_SCRIPT = /<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi

/**
 * The SHA-256 (base64) of every inline script of an HTML document, as a Content-Security-Policy hash
 * source names it: the text between the tags, in UTF-8. Scripts with `src` have no inline text to hash.
 */
export function inlineScriptHashes(html: string): string[] {
  const hashes = new Set<string>()
  for (const [, attributes, text] of html.matchAll(INLINE_SCRIPT)) {
    if (/\bsrc\s*=/.test(attributes ?? '') || !text) continue
    hashes.add(crypto.createHash('sha256').update(text, 'utf8').digest('base64'))
  }
  return [...hashes]
}
