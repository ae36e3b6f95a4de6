/**
 * The proposal form's rate limit counts visitors by X-Real-IP (src/cfp/submit/submit/clientIp.ts), which our nginx
 * sets from the connection. A visitor talking to this server directly could send any X-Real-IP and
 * escape the limit, so the production server keeps the header only when the connection comes from a
 * proxy: a loopback or private-network peer (nginx on the same host or in the compose network), or an
 * address listed in TRUSTED_PROXIES (comma-separated). Otherwise the header becomes the peer's address.
 */

const PRIVATE_OR_LOOPBACK = [/^127\./, /^10\./, /^192\.168\./, /^172\.(1[6-9]|2\d|3[01])\./, /^::1$/, /^f[cd][0-9a-f]{2}:/i]

/** The parts of an incoming request this module reads and writes. */
type ProxiedRequest = { headers: Record<string, string | string[] | undefined>; socket: { remoteAddress?: string } }

/**
 * @param address the socket's remote address
 * @param extra addresses trusted besides loopback and private networks
 */
export function isTrustedProxy(address: string | undefined, extra: readonly string[] = []): boolean {
  if (!address) return false
  const plain = address.replace(/^::ffff:/i, '')
  return extra.includes(plain) || PRIVATE_OR_LOOPBACK.some((pattern) => pattern.test(plain))
}

/** Makes X-Real-IP trustworthy for the code behind this server. */
export function settleRealIp(req: ProxiedRequest, extra: readonly string[] = []): void {
  const peer = req.socket.remoteAddress
  if (isTrustedProxy(peer, extra)) return
  req.headers['x-real-ip'] = (peer ?? 'unknown').replace(/^::ffff:/i, '')
}
