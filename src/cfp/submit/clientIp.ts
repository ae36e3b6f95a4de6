/**
 * The address a rate limit counts. Behind our nginx, X-Real-IP is the visitor's address (nginx sets it
 * from the connection, replacing anything the visitor sent). Without it, the last X-Forwarded-For entry:
 * the one added by the nearest proxy (Next appends the socket address itself), never a visitor-supplied one
 * at the front of the list.
 */
export function clientAddress(headers: Headers): string {
  const realIp = headers.get('x-real-ip')?.trim()
  if (realIp) return realIp
  const forwarded = (headers.get('x-forwarded-for') ?? '')
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean)
  return forwarded.at(-1) ?? 'unknown'
}
