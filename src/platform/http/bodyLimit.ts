import { errorResponse } from './errors'

/** JSON and GraphQL bodies: far above any document an editor writes, far below what would hurt. */
export const MAX_JSON_BODY_BYTES = 1024 * 1024

const tooLarge = () => errorResponse(413, [{ message: 'The request body is larger than 1 MB.' }])

/** Reads at most `limit` bytes of the body; null as soon as it grows past it. */
async function readAtMost(request: Request, limit: number): Promise<Uint8Array | null> {
  if (!request.body) return new Uint8Array()
  const reader = request.body.getReader()
  const chunks: Uint8Array[] = []
  let size = 0
  for (;;) {
    const { done, value } = await reader.read()
    if (done) break
    size += value.byteLength
    if (size > limit) {
      await reader.cancel().catch(() => undefined)
      return null
    }
    chunks.push(value)
  }
  const body = new Uint8Array(size)
  let offset = 0
  for (const chunk of chunks) {
    body.set(chunk, offset)
    offset += chunk.byteLength
  }
  return body
}

/**
 * Wraps a route handler so that a body that is not an upload (multipart keeps Payload's upload limit)
 * is refused with 413 past 1 MB: by its Content-Length at once, or while it streams in.
 */
export function limitJsonBody<A extends unknown[]>(handler: (request: Request, ...rest: A) => Promise<Response>) {
  return async (request: Request, ...rest: A): Promise<Response> => {
    const type = (request.headers.get('content-type') ?? '').toLowerCase()
    if (!request.body || type.startsWith('multipart/form-data')) return handler(request, ...rest)
    if (Number(request.headers.get('content-length') ?? '0') > MAX_JSON_BODY_BYTES) return tooLarge()
    const body = await readAtMost(request, MAX_JSON_BODY_BYTES)
    if (body === null) return tooLarge()
    const headers = new Headers(request.headers)
    headers.delete('content-length')
    const copy = new Request(request.url, { method: request.method, headers, body: body as BodyInit, signal: request.signal })
    return handler(copy, ...rest)
  }
}

/**
 * The request with its body read into memory, or null when the body is larger than `limit` (by its
 * Content-Length at once, or while it streams in): for route handlers that read uploads themselves.
 */
export async function bufferedWithin(request: Request, limit: number): Promise<Request | null> {
  if (Number(request.headers.get('content-length') ?? '0') > limit) return null
  const body = await readAtMost(request, limit)
  if (body === null) return null
  const headers = new Headers(request.headers)
  headers.delete('content-length')
  return new Request(request.url, { method: request.method, headers, body: body as BodyInit, signal: request.signal })
}
