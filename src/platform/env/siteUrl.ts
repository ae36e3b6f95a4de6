/**
 * The public origin, read when the server runs. Next inlines `process.env.NEXT_PUBLIC_*` at build
 * time, and images are built without it (the URL belongs to the deployment), so it is read by a
 * computed key. Empty when unknown: links then stay relative.
 */
const SERVER_URL_KEYS = ['NEXT_PUBLIC_SERVER_URL'] as const

export function siteUrl(env: Record<string, string | undefined> = process.env): string {
  for (const key of SERVER_URL_KEYS) {
    const value = env[key]?.trim()
    if (value) return value.replace(/\/+$/, '')
  }
  return ''
}
