/**
 * Origins allowed to call the API with credentials (CORS) and to send the auth cookie (CSRF):
 * the site's own URL plus any listed in SERVER_ORIGINS (comma-separated). Nothing else.
 */
export function allowedOrigins(env: Record<string, string | undefined>): string[] {
  const listed = (env['SERVER_ORIGINS'] ?? '').split(',')
  const origins = [env['NEXT_PUBLIC_SERVER_URL'] ?? '', ...listed]
    .map((value) => value.trim())
    .filter((value) => value !== '')
    .map((value) => {
      let url: URL | undefined
      try {
        url = new URL(value)
      } catch {
        url = undefined
      }
      // Only web origins: javascript:, file: or about: URLs have the origin "null", which would
      // let in requests from sandboxed frames and local files.
      if (!url || (url.protocol !== 'https:' && url.protocol !== 'http:')) {
        throw new Error(`SERVER_ORIGINS/NEXT_PUBLIC_SERVER_URL contains "${value}", which is not an origin like https://example.org`)
      }
      return url.origin
    })
  return [...new Set(origins)]
}

/**
 * The CSRF list Payload checks the login cookie against. Payload treats an EMPTY list as "no check":
 * the cookie would then be honoured on requests from any site. So production refuses to start
 * without the site's public URL (its own origin is always on the list); `next build`, which serves no
 * one, and development (same-origin by default) may run without it.
 */
export function csrfOrigins(env: Record<string, string | undefined>): string[] {
  const origins = allowedOrigins(env)
  if (origins.length === 0 && env['NODE_ENV'] === 'production' && env['NEXT_PHASE'] !== 'phase-production-build') {
    throw new Error(
      'NEXT_PUBLIC_SERVER_URL is not set: production needs the public URL of the site (e.g. https://commons-ai.example.org); it is also the origin allowed to use the login cookie, and without it any site could (CSRF)',
    )
  }
  return origins
}
