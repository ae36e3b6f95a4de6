import fs from 'node:fs'

import { adaptNginxConf, NGINX_CONF } from '../../../src/platform/publish/localNginx'
import { COMMON_SECURITY_HEADERS, PUBLIC_PAGE_CSP } from '../../../src/platform/server/securityHeaders.mjs'

/**
 * nginx serves published pages itself, so it must send what the production server sends with a stripped
 * page: the same no-script policy and the same security headers (src/platform/server/securityHeaders.mjs).
 */
const conf = fs.readFileSync(NGINX_CONF, 'utf8')

function publishedLocation(): string {
  const start = conf.indexOf('location / {')
  expect(start).toBeGreaterThan(0)
  return conf.slice(start, conf.indexOf('\n        }', start))
}

describe('deploy/nginx.conf serving published files', () => {
  it('sends the public-page CSP and every common security header with files', () => {
    const location = publishedLocation()
    expect(location).toContain(`add_header  Content-Security-Policy    "${PUBLIC_PAGE_CSP}"  always;`)
    for (const { key, value } of COMMON_SECURITY_HEADERS) {
      expect(location).toMatch(new RegExp(`add_header\\s+${key}\\s+"${value.replace(/[()]/g, '\\$&')}"\\s+always;`))
    }
  })

  it('tries the file before the app, and sends writes, admin, API, form and logged-in requests to the app', () => {
    const location = publishedLocation()
    expect(location).toMatch(/try_files\s+\$uri\s+\$uri\/index\.html\s+@app;/)
    expect(location).toMatch(/if \(\$chub_to_app\)/)
    expect(conf).toMatch(/map "\$chub_skip_method\$chub_skip_path\$chub_skip_cookie\$http_authorization" \$chub_to_app/)
    expect(conf).toMatch(/~\^\/\(admin\|api\)\s+1;/)
    expect(conf).toMatch(/propose\s+1;/)
    expect(conf).toMatch(/payload-token\|__prerender_bypass/)
  })

  it('adapts for a loopback run with every rewrite applied', () => {
    const adapted = adaptNginxConf(conf, {
      prefix: '/tmp/p',
      port: 18080,
      upstreams: ['127.0.0.1:3001', '127.0.0.1:3002'],
      publishDir: '/tmp/pub',
    })
    expect(adapted).toContain('listen  127.0.0.1:18080 default_server;')
    expect(adapted).toContain('server  127.0.0.1:3001')
    expect(adapted).toContain('server  127.0.0.1:3002')
    expect(adapted).toContain('root  /tmp/pub;')
    expect(adapted.replace(/#.*$/gm, '')).not.toMatch(/\/var\/(log|cache|run)|resolver|app:3000/)
    expect(() =>
      adaptNginxConf(conf.replace('listen       80', 'listen 81'), { prefix: '/p', port: 1, upstreams: [], publishDir: '/x' }),
    ).toThrow(/no longer has/)
  })
})
