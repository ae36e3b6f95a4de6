/**
 * The production server (`npm start`, the Docker image, the browser tests): Next's request handler behind a small Node
 * HTTP server that
 *  - trusts X-Real-IP only from a proxy (trustedProxy.ts),
 *  - removes Next's client runtime from public pages and gives them a no-script CSP (publicHtml.ts);
 *    the documents that need their scripts (Next's 404 error shell) get a CSP naming them by hash,
 *  - compresses responses (Next's own compression is off in next.config.mjs: it would compress before
 *    the page could be rewritten).
 * Everything else (the admin, the API, the proposal form, assets) passes through unchanged.
 * It runs as plain JavaScript bundled by esbuild (`npm run build` writes .build/src/platform/server/main.mjs,
 * see scripts/bundle.mjs): no TypeScript loader at start.
 */
import fs from 'node:fs'
import http from 'node:http'
import path from 'node:path'

import next from 'next'
import compression from 'next/dist/compiled/compression/index.js'

import { frameOrigins, isStrippableRequest, microcacheKey, stripClientRuntime } from './publicHtml'
import { inlineScriptHashes } from './scriptHashes'
import { hashedScriptsPageCsp, hstsHeader, publicPageCsp } from './securityHeaders.mjs'
import { settleRealIp } from './trustedProxy'

const dir = process.cwd()
const port = Number(process.env.PORT || 3000)
// Every interface unless LISTEN_HOST says otherwise. Not HOSTNAME: shells and containers export it as
// the machine's name.
const listenHost = process.env.LISTEN_HOST || undefined

/**
 * Public pages kept for MICROCACHE_MS (default 1 s, 0 turns it off) once rewritten, served without
 * entering Next: Next answers a cached page in 2–3 ms of CPU, this map in a few microseconds. Any
 * write through this server (admin, REST, GraphQL, the proposal form) empties it when it is answered,
 * so an edit is never hidden by it; a write made elsewhere (a script on the Local API) shows at most
 * MICROCACHE_MS later. nginx microcaches in front as well (deploy/nginx.conf).
 */
const MICROCACHE_MS = Number(process.env.MICROCACHE_MS ?? 1000)
const MICROCACHE_ENTRIES = 500
const TRUSTED_PROXIES = (process.env.TRUSTED_PROXIES ?? '')
  .split(',')
  .map((entry) => entry.trim())
  .filter(Boolean)
type Kept = { expires: number; status: number; headers: http.OutgoingHttpHeaders; body: Buffer }
const microcache = new Map<string, Kept>()

function remember(key: string, status: number, headers: http.OutgoingHttpHeaders, body: Buffer): void {
  if (microcache.size >= MICROCACHE_ENTRIES) microcache.clear()
  microcache.set(key, { expires: Date.now() + MICROCACHE_MS, status, headers, body })
}

/**
 * Buffers the response to `req` and, when it is an HTML page, strips the runtime before sending it.
 * Our public pages are rendered whole into the cache, so buffering adds no waiting for the reader.
 */
function rewritePublicHtml(res: http.ServerResponse, cacheKey: string | null = null): void {
  const chunks: Buffer[] = []
  const { end, write, writeHead, flushHeaders } = res
  const keep = (chunk: unknown, encoding: unknown): void => {
    if (chunk === undefined || chunk === null || typeof chunk === 'function') return
    // Next writes strings, Buffers and plain Uint8Arrays (route handlers' bodies, e.g. the .ics feed).
    if (typeof chunk === 'string') chunks.push(Buffer.from(chunk, typeof encoding === 'string' ? (encoding as BufferEncoding) : 'utf8'))
    else if (chunk instanceof Uint8Array) chunks.push(Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength))
    else throw new TypeError(`unexpected response chunk: ${typeof chunk}`)
  }
  // Headers go out with the rewritten body: hold back Next's attempts to send them early. The
  // replacements accept every overload of the methods they stand for, hence the casts.
  res.writeHead = ((status: number, ...rest: unknown[]) => {
    res.statusCode = status
    const headers = typeof rest[0] === 'string' ? rest[1] : rest[0]
    if (Array.isArray(headers)) {
      const pairs: [string, string | string[]][] = Array.isArray(headers[0])
        ? headers
        : headers.flatMap((_, i) => (i % 2 ? [] : [[headers[i], headers[i + 1]]]))
      for (const [key, value] of pairs) res.setHeader(key, value)
    } else if (headers && typeof headers === 'object') {
      for (const [key, value] of Object.entries(headers as http.OutgoingHttpHeaders)) {
        if (value !== undefined) res.setHeader(key, value)
      }
    }
    return res
  }) as typeof res.writeHead
  res.flushHeaders = () => {}
  res.write = ((chunk: unknown, encoding?: unknown, callback?: unknown) => {
    keep(chunk, encoding)
    const done = typeof encoding === 'function' ? encoding : callback
    if (typeof done === 'function') process.nextTick(done as () => void)
    return true
  }) as typeof res.write
  res.end = ((chunk?: unknown, encoding?: unknown, callback?: unknown) => {
    keep(chunk, encoding)
    const done = [chunk, encoding, callback].find((value) => typeof value === 'function')
    let body = Buffer.concat(chunks)
    const type = String(res.getHeader('content-type') ?? '')
    if (type.startsWith('text/html') && body.length > 0) {
      const result = stripClientRuntime(body.toString('utf8'))
      if (result.stripped) {
        body = Buffer.from(result.html, 'utf8')
        res.setHeader('Content-Security-Policy', publicPageCsp(frameOrigins(result.html)))
        // The client router's hints mean nothing without the router.
        res.removeHeader('x-nextjs-stale-time')
        if (cacheKey && res.statusCode === 200 && !res.hasHeader('set-cookie')) {
          remember(cacheKey, res.statusCode, { ...res.getHeaders() }, body)
        }
      } else if (!res.hasHeader('content-security-policy')) {
        // A document that needs its scripts (Next's 404 error shell, a streamed page) still gets a
        // policy: its own inline scripts by hash and this server's files, nothing else.
        res.setHeader('Content-Security-Policy', hashedScriptsPageCsp(inlineScriptHashes(result.html)))
      }
    }
    if (res.req?.method === 'HEAD') res.removeHeader('content-length')
    else res.setHeader('content-length', body.length)
    // Hand the response back to the layers below (compression) before sending it through them.
    Object.assign(res, { end, write, writeHead, flushHeaders })
    return res.end(body, done as (() => void) | undefined)
  }) as typeof res.end
}

/**
 * Next's standalone output (Docker) has no next.config.mjs: the build's resolved config is in
 * required-server-files.json, as Next's own standalone server.js reads it.
 */
function standaloneConfig(): Record<string, unknown> | undefined {
  if (fs.existsSync(path.join(dir, 'next.config.mjs'))) return undefined
  const file = path.join(dir, '.next', 'required-server-files.json')
  if (!fs.existsSync(file)) return undefined
  const { config } = JSON.parse(fs.readFileSync(file, 'utf8')) as { config: Record<string, unknown> }
  process.env.__NEXT_PRIVATE_STANDALONE_CONFIG = JSON.stringify(config)
  return config
}

const conf = standaloneConfig()
const app = next({ dev: false, dir, port, ...(conf ? { conf } : {}) })
const handle = app.getRequestHandler()
await app.prepare()

// Publishing and cross-process cache expiry (src/platform/cache/changes.ts), installed by src/instrumentation.ts.
const publisher = () =>
  (
    globalThis as {
      [key: symbol]: { flush(): Promise<void>; serverReady(address: { port: number; host?: string }): Promise<void> } | undefined
    }
  )[Symbol.for('commons-hub.publisher')]

const compress = compression()
const HSTS = hstsHeader(process.env)
const server = http.createServer((req, res) => {
  settleRealIp(req, TRUSTED_PROXIES)
  if (HSTS) res.setHeader('Strict-Transport-Security', HSTS)
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.on('finish', () => {
      microcache.clear()
      void publisher()?.flush()
    })
  }
  compress(req, res, () => {
    const cacheKey = MICROCACHE_MS > 0 ? microcacheKey(req) : null
    const kept = cacheKey ? microcache.get(cacheKey) : undefined
    if (kept && kept.expires > Date.now()) {
      res.statusCode = kept.status
      for (const [name, value] of Object.entries(kept.headers)) if (value !== undefined) res.setHeader(name, value)
      res.setHeader('x-microcache', 'HIT')
      res.setHeader('content-length', kept.body.length)
      res.end(req.method === 'HEAD' ? undefined : kept.body)
      return
    }
    if (isStrippableRequest(req)) rewritePublicHtml(res, cacheKey)
    handle(req, res).catch((error: unknown) => {
      console.error(error)
      if (!res.headersSent) res.statusCode = 500
      res.end()
    })
  })
})
server.keepAliveTimeout = 65_000
server.listen(port, listenHost, () => {
  console.log(`> Ready on http://${listenHost ?? 'localhost'}:${port}`)
  // Instrumentation may install the hooks after this: they read the address from here then.
  Object.assign(globalThis, { [Symbol.for('commons-hub.server-address')]: { port, host: listenHost } })
  void publisher()?.serverReady({ port, host: listenHost })
})
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => server.close(() => process.exit(0)))
}
