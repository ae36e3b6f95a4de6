// @ts-check
/**
 * The proposal form's rate limit counts visitors by X-Real-IP (src/cfp/submit/submit/clientIp.ts). This server sets
 * that header itself on every request, so nothing a visitor sends can choose it: forwarding headers
 * count only when the connection comes from loopback (nginx on the same host) or from an address or
 * IPv4 network listed in TRUSTED_PROXIES (comma-separated, e.g. the compose network `172.28.0.0/16`).
 * Private networks are not trusted by default. The visitor is then the right-most X-Forwarded-For
 * address that is not a trusted proxy; otherwise the connection's address.
 */

const plain = (/** @type {string} */ address) => address.trim().replace(/^::ffff:/i, '')

/** @param {string} address */
function ipv4(address) {
  const parts = address.split('.')
  if (parts.length !== 4 || !parts.every((part) => /^\d{1,3}$/.test(part) && Number(part) < 256)) return null
  return parts.reduce((value, part) => value * 256 + Number(part), 0)
}

/** @param {string} address @param {string} entry an address or an IPv4 network `a.b.c.d/n` */
function matches(address, entry) {
  const [base, bits] = entry.split('/')
  if (bits === undefined) return plain(base ?? '') === address
  const ip = ipv4(address)
  const net = ipv4(plain(base ?? ''))
  const size = Number(bits)
  if (ip === null || net === null || !Number.isInteger(size) || size < 0 || size > 32) return false
  const block = 2 ** (32 - size)
  return Math.floor(ip / block) === Math.floor(net / block)
}

/**
 * @param {string | undefined} address the socket's remote address
 * @param {readonly string[]} extra addresses and networks trusted besides loopback
 */
export function isTrustedProxy(address, extra = []) {
  if (!address) return false
  const ip = plain(address)
  return /^127\./.test(ip) || ip === '::1' || extra.some((entry) => matches(ip, entry))
}

/** @param {string} value */
const looksLikeIp = (value) => ipv4(value) !== null || (/^[0-9a-f:]+$/i.test(value) && value.includes(':'))

/**
 * The visitor's address: pure, from the connection's address and the X-Forwarded-For header.
 * @param {string | undefined} peer
 * @param {string | string[] | undefined} forwardedFor
 * @param {readonly string[]} extra
 */
export function visitorAddress(peer, forwardedFor, extra = []) {
  const connection = peer ? plain(peer) : 'unknown'
  if (!isTrustedProxy(peer, extra)) return connection
  const chain = [forwardedFor ?? []].flat().join(',').split(',').map(plain).filter(Boolean)
  for (let i = chain.length - 1; i >= 0; i--) {
    const hop = /** @type {string} */ (chain[i])
    if (!looksLikeIp(hop)) return connection
    if (!isTrustedProxy(hop, extra)) return hop
  }
  return connection
}

/**
 * Sets X-Real-IP to the visitor's address for the code behind this server, whatever the visitor sent.
 * @param {{ headers: Record<string, string | string[] | undefined>, socket: { remoteAddress?: string } }} req
 * @param {readonly string[]} extra
 */
export function settleRealIp(req, extra = []) {
  req.headers['x-real-ip'] = visitorAddress(req.socket.remoteAddress, req.headers['x-forwarded-for'], extra)
}
