/**
 * The address a rate limit counts: X-Real-IP, which the production server (src/platform/server/trustedProxy)
 * sets on every request from the connection and trusted proxies only. Never a forwarding header the
 * visitor could have written: without X-Real-IP (next dev) every visitor counts as one, "unknown".
 */
export function clientAddress(headers: Headers): string {
  return headers.get('x-real-ip')?.trim() || 'unknown'
}
