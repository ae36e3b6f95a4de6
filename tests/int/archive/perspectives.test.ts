/** An archive takes the perspective pages it links to (both languages); the list and theme filters stay on the live site. */
import { editionPath, fileForPath } from '../../../src/archive/export/paths'
import { rewriteHtml } from '../../../src/archive/export/html'

const scope = { year: 2026, includePerspectives: true }

describe('perspectives in an archive', () => {
  it('counts single perspective pages as inside the archive, in English and French, only when asked', () => {
    expect(editionPath('/perspectives/sample-reading', scope)).toBe('/perspectives/sample-reading')
    expect(editionPath('/fr/perspectives/sample-reading', scope)).toBe('/fr/perspectives/sample-reading')
    expect(editionPath('/en/perspectives/sample-reading/', scope)).toBe('/perspectives/sample-reading')
    for (const outside of [
      '/perspectives',
      '/fr/perspectives',
      '/perspectives/themes/data-commons',
      '/perspectives/themes',
      '/perspectives/x.json',
    ]) {
      expect(editionPath(outside, scope)).toBeNull()
    }
    expect(editionPath('/perspectives/sample-reading', { year: 2026 })).toBeNull()
    expect(fileForPath('/fr/perspectives/sample-reading')).toBe('fr/perspectives/sample-reading/index.html')
  })

  it('rewrites their links relative and lists what stays outside as external links', () => {
    const html =
      '<a href="/perspectives/sample-reading">Read</a><a href="/perspectives">All</a><a href="https://example.org/paper">Paper</a>'
    const result = rewriteHtml(html, {
      pageUrl: new URL('http://127.0.0.1:3000/editions/2026'),
      pageFile: 'editions/2026/index.html',
      scope,
      liveSite: 'https://live.example',
    })
    expect(result.html).toContain('<a href="../../perspectives/sample-reading/index.html">Read</a>')
    expect(result.html).toContain('<a href="https://live.example/perspectives">All</a>')
    expect(result.links).toEqual(['/perspectives/sample-reading'])
    expect(result.external.sort()).toEqual(['https://example.org/paper', 'https://live.example/perspectives'])
  })
})
