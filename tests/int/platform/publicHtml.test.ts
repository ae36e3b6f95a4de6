import { isStrippableRequest, keepsRuntime, microcacheKey, stripClientRuntime } from '../../../src/platform/server/publicHtml'
import { PUBLIC_PAGE_CSP, runtimePageCsp } from '../../../src/platform/server/securityHeaders.mjs'

const page = [
  '<!DOCTYPE html><html lang="en"><head>',
  '<link rel="stylesheet" href="/_next/static/chunks/a.css" data-precedence="next"/>',
  '<link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/b.js"/>',
  '<link rel="modulepreload" href="/_next/static/chunks/c.js"/>',
  '<link rel="preload" as="font" href="/fonts/x.woff2" crossorigin=""/>',
  '<script src="/_next/static/chunks/d.js" async=""></script>',
  '<script src="/_next/static/chunks/e.js" noModule=""></script>',
  '</head><body><main><h1>Commons AI 2026</h1>',
  '<script type="application/ld+json">{"@type":"Event","name":"a \\u003c/script> b"}</script>',
  '</main>',
  '<script id="_R_">self.__next_r="x"</script>',
  '<script>(self.__next_f=self.__next_f||[]).push([0])</script>',
  '<script>self.__next_f.push([1,"\\u003cscript>alert(1)\\u003c/script>"])</script>',
  '</body></html>',
].join('')

describe('stripping the client runtime from public pages', () => {
  const { html, stripped } = stripClientRuntime(page)

  it('removes every executable script and script preload', () => {
    expect(stripped).toBe(true)
    expect(html).not.toMatch(/<script(?![^>]*application\/ld\+json)/)
    expect(html).not.toContain('__next_f')
    expect(html).not.toContain('b.js')
    expect(html).not.toContain('c.js')
    expect(html).not.toContain('d.js')
  })

  it('keeps the content, the stylesheet, font preloads and the JSON-LD data block', () => {
    expect(html).toContain('<h1>Commons AI 2026</h1>')
    expect(html).toContain('href="/_next/static/chunks/a.css"')
    expect(html).toContain('as="font"')
    expect(html).toContain('<script type="application/ld+json">{"@type":"Event"')
    expect(html.endsWith('</main></body></html>')).toBe(true)
  })

  it('leaves a page alone when streamed content needs a script to be shown', () => {
    const streamed =
      '<html><body><template id="B:0"></template><div hidden id="S:0">late</div><script>$RC("B:0","S:0")</script></body></html>'
    expect(stripClientRuntime(streamed)).toEqual({ html: streamed, stripped: false })
    const notFoundShell =
      '<!DOCTYPE html><html id="__next_error__"><head></head><body><div hidden=""></div><script>self.__next_f.push([1,"Page not found"])</script></body></html>'
    expect(stripClientRuntime(notFoundShell).stripped).toBe(false)
  })
})

describe('which responses are rewritten', () => {
  it.each([
    ['/', true],
    ['/fr', true],
    ['/editions/2025', true],
    ['/fr/perspectives/x', true],
    ['/admin', false],
    ['/admin/collections/editions', false],
    ['/api/editions', false],
    ['/_next/static/chunks/a.js', false],
    ['/editions/2031/propose', false],
    ['/fr/editions/2031/propose/thanks', false],
  ])('%s is stripped: %s', (path, strippable) => {
    expect(keepsRuntime(path)).toBe(!strippable)
    expect(isStrippableRequest({ method: 'GET', url: path, headers: {} })).toBe(strippable)
  })

  it('does not touch posts, RSC requests or server actions', () => {
    expect(isStrippableRequest({ method: 'POST', url: '/', headers: {} })).toBe(false)
    expect(isStrippableRequest({ method: 'GET', url: '/?_rsc=1', headers: { rsc: '1' } })).toBe(false)
    expect(isStrippableRequest({ method: 'GET', url: '/', headers: { 'next-action': 'abc' } })).toBe(false)
    expect(isStrippableRequest({ method: 'HEAD', url: '/editions?x=1', headers: {} })).toBe(true)
  })
})

describe('the microcache key', () => {
  it('keys public pages by their address, for visitors and logged-in editors alike', () => {
    expect(microcacheKey({ method: 'GET', url: '/editions/2025?x=1', headers: {} })).toBe('/editions/2025?x=1')
    expect(microcacheKey({ method: 'GET', url: '/', headers: { cookie: 'payload-token=abc' } })).toBe('/')
  })

  it("never keeps an editor's draft preview, the admin, the API or the proposal form", () => {
    expect(microcacheKey({ method: 'GET', url: '/', headers: { cookie: 'payload-token=abc; __prerender_bypass=x' } })).toBeNull()
    expect(microcacheKey({ method: 'GET', url: '/admin', headers: {} })).toBeNull()
    expect(microcacheKey({ method: 'GET', url: '/api/editions', headers: {} })).toBeNull()
    expect(microcacheKey({ method: 'GET', url: '/editions/2031/propose', headers: {} })).toBeNull()
    expect(microcacheKey({ method: 'POST', url: '/', headers: {} })).toBeNull()
  })
})

describe('content security policies', () => {
  it('forbids every script on stripped public pages and framing by other sites', () => {
    expect(PUBLIC_PAGE_CSP).toContain("script-src 'none'")
    expect(PUBLIC_PAGE_CSP).toContain("frame-ancestors 'self'")
    expect(PUBLIC_PAGE_CSP).toContain("object-src 'none'")
    expect(PUBLIC_PAGE_CSP).not.toContain('unsafe-eval')
  })

  it('lets only the nonce-carrying scripts run on pages that keep the runtime', () => {
    const policy = runtimePageCsp('abc123')
    expect(policy).toContain("script-src 'self' 'nonce-abc123' 'strict-dynamic'")
    expect(policy).not.toContain("script-src 'self' 'unsafe-inline'")
  })
})
