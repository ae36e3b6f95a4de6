import http from 'node:http'

import { stripClientRuntime } from './publicHtml'

/**
 * A 404 raised while Next renders a page's metadata (e.g. `/editions/1999`: generateMetadata finds no
 * edition) has no not-found boundary above it, so Next sends an empty error shell that draws the 404
 * page with its client runtime (9 scripts). Such a shell is replaced by the 404 page Next renders whole
 * for an address no route knows (`[...rest]`), stripped like every public page. Asked from this server
 * itself, marked so that its answer is never replaced in turn; kept a few seconds per locale.
 */
export const INTERNAL_NOT_FOUND_HEADER = 'x-commons-hub-not-found'

/** Whether this answer is Next's 404 error shell that the whole 404 page should replace. */
export function isNotFoundShell(status: number, req: http.IncomingMessage | undefined): boolean {
  return status === 404 && Boolean(req) && !req?.headers[INTERNAL_NOT_FOUND_HEADER]
}

const KEEP_MS = 10_000
const kept = new Map<string, { expires: number; html: string }>()

/** `/fr` for French addresses, '' for English ones (served at the root). */
export const localePrefixOf = (url: string | undefined): string => (/^\/fr(?:[/?#]|$)/.test(url ?? '') ? '/fr' : '')

/** The whole 404 page of that locale, without scripts; null when it cannot be had. */
export async function notFoundPage(address: { port: number; host?: string }, prefix: string): Promise<string | null> {
  const hit = kept.get(prefix)
  if (hit && hit.expires > Date.now()) return hit.html
  const html = await new Promise<string | null>((resolve) => {
    const request = http.get(
      {
        host: address.host && address.host !== '0.0.0.0' && address.host !== '::' ? address.host : '127.0.0.1',
        port: address.port,
        path: `${prefix}/not-found`,
        headers: { [INTERNAL_NOT_FOUND_HEADER]: '1', accept: 'text/html' },
        timeout: 10_000,
      },
      (response) => {
        const chunks: Buffer[] = []
        response.on('data', (chunk: Buffer) => chunks.push(chunk))
        response.on('end', () => resolve(response.statusCode === 404 ? Buffer.concat(chunks).toString('utf8') : null))
        response.on('error', () => resolve(null))
      },
    )
    request.on('timeout', () => request.destroy())
    request.on('error', () => resolve(null))
  })
  if (html === null) return null
  // Asked through this server, it comes back stripped already; strip again in case it did not.
  const result = stripClientRuntime(html)
  if (!result.stripped) return null
  kept.set(prefix, { expires: Date.now() + KEEP_MS, html: result.html })
  return result.html
}
