/**
 * The proposal form's rate limit counts visitors by X-Real-IP (src/cfp/submit/clientIp.ts). This server sets
 * that header itself on every request, so nothing a visitor sends can choose it: forwarding headers
 * count only when the connection comes from loopback (nginx on the same host) or from an address or
 * IPv4 network listed in TRUSTED_PROXIES (comma-separated, e.g. the compose network `172.28.0.0/16`).
 * Private networks are not trusted by default. The visitor is then the right-most X-Forwarded-For
 * address that is not a trusted proxy; otherwise the connection's address.
 */

const plain = (address: string) => address.trim().replace(/^::ffff:/i, '')

function ipv4(address: string): number | null {
  const parts = address.split('.')
  if (parts.length !== 4 || !parts.every((part) => /^\d{1,3}$/.test(part) && Number(part) < 256)) return null
  return parts.reduce((value, part) => value * 256 + Number(part), 0)
}

/** `entry` is an address or an IPv4 network `a.b.c.d/n`. */
function matches(address: string, entry: string): boolean {
  const [base, bits] = entry.split('/')
  if (bits === undefined) return plain(base ?? '') === address
  const ip = ipv4(address)
  const net = ipv4(plain(base ?? ''))
  const size = Number(bits)
  if (ip === null || net === null || !Number.isInteger(size) || size < 0 || size > 32) return false
  const block = 2 ** (32 - size)
  return Math.floor(ip / block) === Math.floor(net / block)
}

/** Whether the socket's remote address is loopback or one of the addresses and networks trusted besides it. */
export function isTrustedProxy(address: string | undefined, extra: readonly string[] = []): boolean {
  if (!address) return false
  const ip = plain(address)
  return /^127\./.test(ip) || ip === '::1' || extra.some((entry) => matches(ip, entry))
}

const looksLikeIp = (value: string) => ipv4(value) !== null || (/^[0-9a-f:]+$/i.test(value) && value.includes(':'))

/** The visitor's address: pure, from the connection's address and the X-Forwarded-For header. */
function visitorAddress(peer: string | undefined, forwardedFor: string | string[] | undefined, extra: readonly string[] = []): string {
  const connection = peer ? plain(peer) : 'unknown'
  if (!isTrustedProxy(peer, extra)) return connection
  const chain = [forwardedFor ?? []].flat().join(',').split(',').map(plain).filter(Boolean)
  for (let i = chain.length - 1; i >= 0; i--) {
    const hop = chain[i]!
    if (!looksLikeIp(hop)) return connection
    if (!isTrustedProxy(hop, extra)) return hop
  }
  return connection
}

/** Sets X-Real-IP to the visitor's address for the code behind this server, whatever the visitor sent. */
export function settleRealIp(
  req: { headers: Record<string, string | string[] | undefined>; socket: { remoteAddress?: string } },
  extra: readonly string[] = [],
): void {
  req.headers['x-real-ip'] = visitorAddress(req.socket.remoteAddress, req.headers['x-forwarded-for'], extra)
}
