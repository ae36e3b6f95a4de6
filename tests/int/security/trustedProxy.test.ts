/**
 * Issue 12 finding 3: the address the form's rate limit counts cannot be chosen by the visitor.
 * Forwarding headers count only from loopback and TRUSTED_PROXIES (not from any private network);
 * the visitor is the right-most untrusted X-Forwarded-For address, else the connection's address.
 */
import { settleRealIp } from '../../../src/platform/server/trustedProxy'
import { clientAddress } from '../../../src/cfp/submit/clientIp'

function settled(peer: string, headers: Record<string, string>, trusted: string[] = []) {
  const req = { headers: { ...headers } as Record<string, string>, socket: { remoteAddress: peer } }
  settleRealIp(req, trusted)
  return clientAddress(new Headers(req.headers))
}

it('does not believe a private-network peer that is not listed', () => {
  expect(settled('10.0.0.5', { 'x-real-ip': '198.51.100.1' })).toBe('10.0.0.5')
  expect(settled('172.18.0.9', { 'x-forwarded-for': '198.51.100.2' })).toBe('172.18.0.9')
})

it('seven posts with seven X-Forwarded-For values through nginx count as one visitor', () => {
  const seen = new Set<string>()
  for (let i = 1; i <= 7; i++) {
    // nginx on the same host appends the address it saw, and sets X-Real-IP to it.
    seen.add(settled('127.0.0.1', { 'x-forwarded-for': `192.0.2.${i}, 203.0.113.7`, 'x-real-ip': '203.0.113.7' }))
    // A visitor talking to the server directly with a forged header.
    seen.add(settled('203.0.113.7', { 'x-forwarded-for': `192.0.2.${i}`, 'x-real-ip': `192.0.2.${i}` }))
  }
  expect([...seen]).toEqual(['203.0.113.7'])
})

it('takes the right-most untrusted X-Forwarded-For address behind listed proxies (addresses and networks)', () => {
  const trusted = ['10.0.0.0/8', '198.51.100.20']
  expect(settled('10.0.0.2', { 'x-forwarded-for': '192.0.2.66, 203.0.113.9, 198.51.100.20, 10.1.1.1' }, trusted)).toBe('203.0.113.9')
  expect(settled('::ffff:10.0.0.2', { 'x-forwarded-for': '203.0.113.10' }, trusted)).toBe('203.0.113.10')
})

it('falls back to the connection when no untrusted address was forwarded', () => {
  expect(settled('127.0.0.1', {})).toBe('127.0.0.1')
  expect(settled('127.0.0.1', { 'x-forwarded-for': '127.0.0.1', 'x-real-ip': '192.0.2.200' })).toBe('127.0.0.1')
  expect(settled('::1', { 'x-forwarded-for': 'not-an-address' })).toBe('::1')
})
