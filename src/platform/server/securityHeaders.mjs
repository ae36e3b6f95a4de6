// @ts-check
/**
 * Security headers in one place. Plain JavaScript (checked by `npm run typecheck`: `// @ts-check`)
 * because next.config.mjs loads it without a TypeScript loader. `next.config.mjs` sends the common ones with every response (dev
 * server included); the production server (main.ts) adds `PUBLIC_PAGE_CSP` to the public
 * pages it has stripped of scripts; `src/proxy.ts` gives the pages that keep Next's runtime (the proposal
 * form) a per-request nonce policy. The admin has no CSP: Payload's UI relies on inline scripts and styles.
 */

/** @type {ReadonlyArray<{ key: string, value: string }>} */
export const COMMON_SECURITY_HEADERS = [
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
  { key: 'X-Frame-Options', value: 'SAMEORIGIN' },
  { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=(), interest-cohort=()' },
  { key: 'Cross-Origin-Opener-Policy', value: 'same-origin' },
]

const SHARED_DIRECTIVES = [
  "default-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'self'",
]

/**
 * A public page after stripping has no script to run (JSON-LD is data, not script). Style attributes
 * stay allowed: next/image writes `style="color:transparent"` on images.
 */
export const PUBLIC_PAGE_CSP = [...SHARED_DIRECTIVES, "script-src 'none'", "style-src 'self'", "style-src-attr 'unsafe-inline'"].join('; ')

/**
 * The same policy for a page that frames videos (a session's recording): `frame-src` names exactly the
 * https origins of its frames, which the page chose from its allow-list (src/programme/after/recording.ts).
 * @param {readonly string[]} frameOrigins
 */
export function publicPageCsp(frameOrigins) {
  return frameOrigins.length === 0 ? PUBLIC_PAGE_CSP : `${PUBLIC_PAGE_CSP}; frame-src ${frameOrigins.join(' ')}`
}

/**
 * Pages that keep Next's runtime: only scripts carrying this response's nonce run (Next puts the nonce
 * on its own scripts when the request carries this policy), and what they load ('strict-dynamic').
 * @param {string} nonce
 */
export function runtimePageCsp(nonce) {
  return [...SHARED_DIRECTIVES, `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'`, "style-src 'self' 'unsafe-inline'"].join('; ')
}

/**
 * Public documents that must keep Next's runtime although the production server strips it elsewhere:
 * Next's 404 error shell (every 404: its content is drawn by the runtime) and streamed pages. Only this
 * server's scripts and the inline scripts of this very document (by hash) run.
 * @param {ReadonlyArray<string>} hashes base64 SHA-256 of each inline script
 */
export function hashedScriptsPageCsp(hashes) {
  const sources = hashes.map((hash) => `'sha256-${hash}'`).join(' ')
  return [...SHARED_DIRECTIVES, `script-src 'self'${sources ? ` ${sources}` : ''}`, "style-src 'self' 'unsafe-inline'"].join('; ')
}

/**
 * Strict-Transport-Security when the site's public address is https (read when the server starts,
 * like the rest of NEXT_PUBLIC_SERVER_URL), else null: never sent over plain http.
 * @param {Record<string, string | undefined>} env
 */
export function hstsHeader(env) {
  return /^https:\/\//i.test(env['NEXT_PUBLIC_SERVER_URL'] ?? '') ? 'max-age=31536000; includeSubDomains' : null
}
