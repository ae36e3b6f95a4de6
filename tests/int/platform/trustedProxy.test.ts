import { isTrustedProxy, settleRealIp } from '../../../src/platform/server/trustedProxy'

describe("who may tell the server a visitor's address (X-Real-IP)", () => {
  it.each([
    ['127.0.0.1', true],
    ['::1', true],
    ['::ffff:127.0.0.1', true],
    // Private networks are proxies only when listed in TRUSTED_PROXIES (issue 12 finding 3).
    ['172.18.0.5', false],
    ['10.1.2.3', false],
    ['192.168.1.10', false],
    ['203.0.113.7', false],
    ['172.32.0.1', false],
    ['::ffff:198.51.100.2', false],
    [undefined, false],
  ])('%s is a trusted proxy: %s', (address, trusted) => {
    expect(isTrustedProxy(address)).toBe(trusted)
  })

  it('replaces the header a visitor sent directly with the address of the connection', () => {
    const req = { headers: { 'x-real-ip': '10.0.0.1' } as Record<string, string>, socket: { remoteAddress: '::ffff:203.0.113.7' } }
    settleRealIp(req)
    expect(req.headers['x-real-ip']).toBe('203.0.113.7')
  })

  it('keeps the header set by nginx, and by an address listed in TRUSTED_PROXIES', () => {
    const fromNginx = {
      headers: { 'x-real-ip': '203.0.113.7', 'x-forwarded-for': '203.0.113.7' } as Record<string, string>,
      socket: { remoteAddress: '127.0.0.1' },
    }
    settleRealIp(fromNginx)
    expect(fromNginx.headers['x-real-ip']).toBe('203.0.113.7')
    const fromListed = {
      headers: { 'x-forwarded-for': '198.51.100.9' } as Record<string, string>,
      socket: { remoteAddress: '203.0.113.250' },
    }
    settleRealIp(fromListed, ['203.0.113.250'])
    expect(fromListed.headers['x-real-ip']).toBe('198.51.100.9')
  })
})
