import { isValidHttpUrl } from '../text/validation'

const BASE = 'https://internal.invalid'

/**
 * A same-site path as a browser would resolve it, or null. Browsers read `\` as `/` and drop tabs and
 * newlines, so `/\evil.test/phish` leads to http://evil.test: a link is internal only when, resolved
 * against our origin, it stays on our origin.
 */
function internalPath(url: string): string | null {
  if (!url.startsWith('/') || /[\u0000-\u001f\u007f\\]/.test(url)) return null
  let resolved: URL
  try {
    resolved = new URL(url, BASE)
  } catch {
    return null
  }
  if (resolved.origin !== BASE) return null
  return `${resolved.pathname}${resolved.search}${resolved.hash}`
}

/** A link target we draw: a same-site path, mailto:, or an http(s) address; anything else is no link. */
export function safeHref(url: string | undefined): { href: string; external: boolean } | undefined {
  if (!url) return undefined
  if (url.startsWith('/')) {
    const path = internalPath(url)
    return path ? { href: path, external: false } : undefined
  }
  if (url.startsWith('mailto:')) return { href: url, external: true }
  return isValidHttpUrl(url) ? { href: url, external: true } : undefined
}
