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
