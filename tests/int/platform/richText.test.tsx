import { renderToStaticMarkup } from 'react-dom/server'

import { RichText } from '../../../src/platform/richText/RichText'
import { toLexical } from '../../../src/platform/richText/lexical'

/** Rich text is rendered by our own components: text stays text, links stay on the web. */
const text = (value: string, format = 0) => ({ type: 'text', text: value, format, version: 1 })
const doc = (...children: unknown[]) => ({ root: { type: 'root', children } })
const render = (value: unknown) => renderToStaticMarkup(<RichText value={value} />)

describe('RichText', () => {
  it('renders paragraphs, headings one level below the page, lists and quotes', () => {
    const html = render(
      toLexical([
        { type: 'h2', text: 'A heading' },
        { type: 'p', text: 'A paragraph.' },
        { type: 'ul', items: ['one', 'two'] },
        { type: 'quote', text: 'Never stop building.', cite: 'A speaker' },
      ]),
    )
    expect(html).toContain('<h3><span>A heading</span></h3>')
    expect(html).toContain('<p><span>A paragraph.</span></p>')
    expect(html).toContain('<ul><li><span>one</span></li><li><span>two</span></li></ul>')
    expect(html).toContain('<blockquote><span>Never stop building.</span></blockquote>')
  })

  it('shows stored markup as text, never as HTML', () => {
    const html = render(doc({ type: 'paragraph', children: [text('<script>alert(1)</script><img src=x onerror=alert(2)>')] }))
    expect(html).not.toContain('<script>')
    expect(html).not.toContain('<img')
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;')
  })

  it('keeps http(s), mailto and site links and drops javascript: and data: links', () => {
    const link = (url: string) => ({ type: 'link', fields: { url }, children: [text(url)] })
    const html = render(
      doc({
        type: 'paragraph',
        children: [
          link('https://example.org/a'),
          link('/editions/2026'),
          link('mailto:hello@example.org'),
          link('javascript:alert(1)'),
          link('JaVaScRiPt:alert(1)'),
          link('data:text/html,<b>x</b>'),
          link('//evil.example'),
        ],
      }),
    )
    expect(html).toContain('href="https://example.org/a"')
    expect(html).toContain('href="/editions/2026"')
    expect(html).toContain('href="mailto:hello@example.org"')
    expect(html).not.toMatch(/href="(javascript|data|\/\/)/i)
    expect(html.match(/<a /g)).toHaveLength(3)
  })

  it('renders bold and italic text', () => {
    const html = render(doc({ type: 'paragraph', children: [text('strong', 1), text('soft', 2)] }))
    expect(html).toContain('<strong>strong</strong>')
    expect(html).toContain('<em>soft</em>')
  })

  it('renders an uploaded image with its alt text and explicit size, and skips other uploads', () => {
    const media = {
      id: 1,
      alt: 'A workshop at the conference (sample)',
      url: '/api/media/file/workshop.png',
      width: 1600,
      height: 1000,
      sizes: { card: { url: '/api/media/file/workshop-768x480.png', width: 768, height: 480 } },
    }
    const html = render(doc({ type: 'upload', relationTo: 'media', value: media }, { type: 'upload', relationTo: 'other', value: media }))
    expect(html.match(/<img /g)).toHaveLength(1)
    expect(html).toContain('alt="A workshop at the conference (sample)"')
    expect(html).toContain('width="768"')
    expect(html).toContain('height="480"')
    expect(html).toContain('loading="lazy"')
  })

  it('renders nothing for an empty or missing document', () => {
    expect(render(null)).toBe('')
    expect(render(doc())).toBe('')
  })
})
