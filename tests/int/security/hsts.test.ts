/**
 * Issue 12 finding 6 (HSTS): browsers are told to use https only, by nginx for https requests and by
 * the app's own server when the site's public address is https.
 */
import fs from 'node:fs'
import path from 'node:path'

import { hstsHeader } from '../../../src/platform/server/securityHeaders.mjs'

it('the app sends Strict-Transport-Security when NEXT_PUBLIC_SERVER_URL is https, never over plain http', () => {
  expect(hstsHeader({ NEXT_PUBLIC_SERVER_URL: 'https://commons-ai.example' })).toBe('max-age=31536000; includeSubDomains')
  expect(hstsHeader({ NEXT_PUBLIC_SERVER_URL: 'http://localhost:3000' })).toBeNull()
  expect(hstsHeader({})).toBeNull()
})

it('nginx sends it on https requests only', () => {
  const conf = fs.readFileSync(path.join(process.cwd(), 'deploy/nginx.conf'), 'utf8')
  expect(conf).toMatch(/map \$chub_forwarded_proto \$chub_hsts \{[^}]*https\s+"max-age=31536000; includeSubDomains";[^}]*default\s+"";/)
  expect(conf).toMatch(/add_header\s+Strict-Transport-Security\s+\$chub_hsts\s+always;/)
})
