import type { FetchedPage } from './publisher'

/** The loopback address to request this server's own pages from, given where it listens. */
export function selfUrl(port: number, host?: string): string {
  const wildcard = !host || host === '0.0.0.0' || host === '::'
  const name = wildcard ? '127.0.0.1' : host.includes(':') ? `[${host}]` : host
  return `http://${name}:${port}`
}

/** One page as the production server answers a visitor (no cookie, redirects not followed). */
export async function fetchFrom(base: string, urlPath: string): Promise<FetchedPage> {
  const response = await fetch(`${base}${urlPath}`, {
    redirect: 'manual',
    headers: { 'user-agent': 'commons-hub-publisher' },
    signal: AbortSignal.timeout(60_000),
  })
  return { status: response.status, headers: response.headers, body: Buffer.from(await response.arrayBuffer()) }
}
