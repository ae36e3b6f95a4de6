/** An archive takes the perspective pages it links to, the list and its theme filters (both languages). */
import { editionPath, fileForPath } from '../../../src/archive/export/paths'
import { rewriteHtml } from '../../../src/archive/export/html'

const scope = { year: 2026, includePerspectives: true }

describe('perspectives in an archive', () => {
  it('counts single perspective pages as inside the archive, in English and French, only when asked', () => {
    expect(editionPath('/perspectives/sample-reading', scope)).toBe('/perspectives/sample-reading')
    expect(editionPath('/fr/perspectives/sample-reading', scope)).toBe('/fr/perspectives/sample-reading')
    expect(editionPath('/en/perspectives/sample-reading/', scope)).toBe('/perspectives/sample-reading')
    for (const inside of [
      '/perspectives',
      '/fr/perspectives',
      '/perspectives/themes/data-commons',
      '/fr/perspectives/themes/data-commons',
    ]) {
      expect(editionPath(inside, scope)).toBe(inside)
    }
    for (const outside of ['/perspectives/themes', '/perspectives/x.json', '/perspectives/themes/a/b']) {
      expect(editionPath(outside, scope)).toBeNull()
    }
    expect(editionPath('/perspectives/sample-reading', { year: 2026 })).toBeNull()
    expect(fileForPath('/fr/perspectives/sample-reading')).toBe('fr/perspectives/sample-reading/index.html')
  })

  it('rewrites their links relative and lists what stays outside as external links', () => {
    const html =
      '<a href="/perspectives/sample-reading">Read</a><a href="/perspectives">All</a><a href="https://example.org/paper">Paper</a>' +
      '<a href="/perspectives?theme=x">Filtered</a>'
    const result = rewriteHtml(html, {
      pageUrl: new URL('http://127.0.0.1:3000/editions/2026'),
      pageFile: 'editions/2026/index.html',
      scope,
      liveSite: 'https://live.example',
    })
    expect(result.html).toContain('<a href="../../perspectives/sample-reading/index.html">Read</a>')
    expect(result.html).toContain('<a href="../../perspectives/index.html">All</a>')
    expect(result.links.sort()).toEqual(['/perspectives', '/perspectives/sample-reading'])
    // A link with a query has no file: it stays live, is listed, and archive:links reports it.
    expect(result.external.sort()).toEqual(['https://example.org/paper', 'https://live.example/perspectives?theme=x'])
  })
})
