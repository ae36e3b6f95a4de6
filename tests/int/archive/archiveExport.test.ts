/** The pure parts of the static export: where each URL goes in the archive, and how a page is rewritten. */
import { rewriteCss, rewriteHtml } from '../../../src/archive/export/html'
import { assetFile, assetSource, editionPath, fileForPath, normalisePath, relativeLink } from '../../../src/archive/export/paths'
import { withoutPrivateData } from '../../../src/archive/export/content'

const app = 'http://127.0.0.1:4000'
const live = 'https://commons-ai.example'
const scope = { year: 2025 }

describe('paths', () => {
  it.each([
    ['/en/editions/2025/', '/editions/2025'],
    ['/', '/'],
    ['/en', '/'],
    ['//editions//2025', '/editions/2025'],
  ])('normalises %s to %s', (input, expected) => expect(normalisePath(input)).toBe(expected))

  it('keeps the edition in both languages, and its files, in scope; nothing else', () => {
    expect(editionPath('/editions/2025', scope)).toBe('/editions/2025')
    expect(editionPath('/en/editions/2025/themes/x', scope)).toBe('/editions/2025/themes/x')
    expect(editionPath('/fr/editions/2025/committee', scope)).toBe('/fr/editions/2025/committee')
    expect(editionPath('/editions/2025/programme.ics', scope)).toBe('/editions/2025/programme.ics')
    for (const outside of ['/editions/20250', '/editions/2026', '/editions', '/perspectives/x', '/', '/fr']) {
      expect(editionPath(outside, scope)).toBeNull()
    }
  })

  it("follows the current edition's aliases (the home page is its canonical address)", () => {
    const current = { year: 2026, aliases: { '/': '/editions/2026', '/fr': '/fr/editions/2026' } }
    expect(editionPath('/', current)).toBe('/editions/2026')
    expect(editionPath('/fr/', current)).toBe('/fr/editions/2026')
  })

  it('maps pages to index.html files and keeps file names', () => {
    expect(fileForPath('/editions/2025')).toBe('editions/2025/index.html')
    expect(fileForPath('/fr/editions/2025/speakers/ada')).toBe('fr/editions/2025/speakers/ada/index.html')
    expect(fileForPath('/editions/2025/programme.json')).toBe('editions/2025/programme.json')
    expect(fileForPath('/editions/2025/../../etc/passwd')).toBe('editions/2025/etc/passwd/index.html')
  })

  it('maps assets: CSS under assets/, uploads and next/image originals under media/', () => {
    expect(assetFile(new URL('/_next/static/chunks/a.css', app))).toBe('assets/chunks/a.css')
    expect(assetFile(new URL('/api/media/file/photo.jpg', app))).toBe('media/photo.jpg')
    const image = new URL('/_next/image?url=%2Fapi%2Fmedia%2Ffile%2Fphoto.jpg&w=640&q=75', app)
    expect(assetFile(image)).toBe('media/photo.jpg')
    expect(assetSource(image).toString()).toBe(`${app}/api/media/file/photo.jpg`)
    expect(assetFile(new URL('/icon.svg?abc', app))).toBe('assets/icon.svg')
    expect(assetFile(new URL('/editions/2025', app))).toBeNull()
  })

  it('makes relative links that name index.html (file:// has no directory index)', () => {
    expect(relativeLink('editions/2025/index.html', 'fr/editions/2025/index.html')).toBe('../../fr/editions/2025/index.html')
    expect(relativeLink('editions/2025/themes/x/index.html', 'editions/2025/index.html', '#themes')).toBe('../../index.html#themes')
    expect(relativeLink('editions/2025/index.html', 'editions/2025/index.html')).toBe('index.html')
  })
})

describe('rewriteHtml', () => {
  const page = `<!DOCTYPE html><html><head>
<link rel="stylesheet" href="/_next/static/chunks/a.css" data-precedence="next"/>
<link rel="preload" as="script" href="/_next/static/chunks/b.js"/>
<link rel="canonical" href="${app}/editions/2025"/>
<link rel="icon" href="/icon.svg?x1" type="image/svg+xml"/>
<meta property="og:image" content="${app}/editions/2025/opengraph-image?a"/>
<script src="/_next/static/chunks/b.js" async=""></script>
<script type="application/ld+json">{"@type":"Event"}</script>
</head><body>
<a href="/">Home</a><a href="/editions/2025/themes/data">Data</a><a href="/fr/editions/2025#cfp">FR</a>
<a href="/perspectives/x">Perspective</a><a href="/editions/2026">Next</a><a href="mailto:a@b.c">Mail</a>
<a href="https://example.org/x">Elsewhere</a><a href="#main">Skip</a>
<img alt="Ada" src="/_next/image?url=%2Fapi%2Fmedia%2Ffile%2Fada.jpg&amp;w=640&amp;q=75" srcset="/_next/image?url=%2Fapi%2Fmedia%2Ffile%2Fada.jpg&amp;w=320&amp;q=75 1x" sizes="100vw"/>
<form action="/api/proposals" method="post"><input name="x"/></form>
<script>self.__next_f.push([1,"x"])</script>
</body></html>`
  const result = rewriteHtml(page, { pageUrl: new URL('/editions/2025', app), pageFile: 'editions/2025/index.html', scope, liveSite: live })

  it('drops runtime scripts, preloads and forms, keeps JSON-LD', () => {
    expect(result.html).not.toMatch(/<script(?![^>]*ld\+json)/)
    expect(result.html).toContain('<script type="application/ld+json">{"@type":"Event"}</script>')
    expect(result.html).not.toContain('preload')
    expect(result.html).not.toContain('<form')
  })

  it('links inside the edition relatively, other editions to their archives beside it, the rest to the live site', () => {
    expect(result.html).toContain('<a href="themes/data/index.html">Data</a>')
    expect(result.html).toContain('<a href="../../fr/editions/2025/index.html#cfp">FR</a>')
    // No current edition in this scope: the home page is the archive's own index.
    expect(result.html).toContain('<a href="../../index.html">Home</a>')
    expect(result.html).toContain(`<a href="${live}/perspectives/x">Perspective</a>`)
    expect(result.html).toContain('<a href="../../../2026/editions/2026/index.html">Next</a>')
    expect(result.otherEditions).toEqual(['/editions/2026'])
    expect(result.html).toContain('<a href="mailto:a@b.c">Mail</a>')
    expect(result.html).toContain('<a href="https://example.org/x">Elsewhere</a>')
    expect(result.html).toContain('<a href="#main">Skip</a>')
    expect(result.html).toContain(`<link rel="canonical" href="${live}/editions/2025"/>`)
    expect(result.html).toContain(`content="${live}/editions/2025/opengraph-image?a"`)
    expect(result.html).not.toContain(app)
    expect(result.links.sort()).toEqual(['/editions/2025/themes/data', '/fr/editions/2025'])
    expect(result.outbound).toBe(3) // the perspective (not archived in this scope), the canonical link, the social card
  })

  it('points stylesheets, icons and images at archive files (images in their original size)', () => {
    expect(result.html).toContain('<link rel="stylesheet" href="../../assets/chunks/a.css" data-precedence="next"/>')
    expect(result.html).toContain('<link rel="icon" href="../../assets/icon.svg" type="image/svg+xml"/>')
    expect(result.html).toContain('<img alt="Ada" src="../../media/ada.jpg"/>')
    expect(result.assets.map((asset) => asset.file).sort()).toEqual(['assets/chunks/a.css', 'assets/icon.svg', 'media/ada.jpg'])
  })

  it('rewrites url() in stylesheets next to the file', () => {
    const css = rewriteCss(
      'a{background:url(/_next/static/media/x.woff2)} b{background:url("data:image/png;base64,AA")}',
      new URL('/_next/static/chunks/a.css', app),
      'assets/chunks/a.css',
    )
    expect(css.css).toBe('a{background:url(../media/x.woff2)} b{background:url("data:image/png;base64,AA")}')
    expect(css.assets.map((asset) => asset.file)).toEqual(['assets/media/x.woff2'])
  })
})

describe('content.json', () => {
  it('drops private data at any depth', () => {
    expect(
      withoutPrivateData({
        cfp: { contactEmail: 'a@b.c', deadline: 'x', anonymiseReviews: true },
        sessions: [{ title: 't', proposal: 3 }],
      }),
    ).toEqual({ cfp: { deadline: 'x' }, sessions: [{ title: 't' }] })
  })
})
