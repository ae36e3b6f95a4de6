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
      try {
        return new URL(value).origin
      } catch {
        throw new Error(`SERVER_ORIGINS/NEXT_PUBLIC_SERVER_URL contains "${value}", which is not an origin like https://example.org`)
      }
    })
  return [...new Set(origins)]
}
