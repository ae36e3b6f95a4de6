/**
 * Issue 12 finding 7: control characters are stripped from text on save (except newline and tab),
 * and a rich-text link is internal only when it stays on the site once a browser normalises it.
 */
import type { Payload } from 'payload'
import { renderToStaticMarkup } from 'react-dom/server'

import { RichText } from '../../../src/platform/richText/RichText'
import { withTestPayload } from '../helpers/testPayload'

let payload: Payload
withTestPayload((started) => (payload = started))

const link = (url: string) => ({
  root: {
    type: 'root',
    children: [
      { type: 'paragraph', children: [{ type: 'link', fields: { url }, children: [{ type: 'text', text: 'a link', format: 0 }] }] },
    ],
  },
})
const render = (value: unknown) => renderToStaticMarkup(<RichText value={value} />)

it('strips control characters from text fields on save, keeping newlines and tabs', async () => {
  const edition = await payload.create({
    collection: 'editions',
    data: { year: 2045, title: 'Sample\u0000 edition\u0007 2045\u001b', status: 'current', _status: 'published' } as never,
    overrideAccess: true,
    context: { disableRevalidate: true },
  })
  expect(edition.title).toBe('Sample edition 2045')
  const theme = await payload.create({
    collection: 'themes',
    data: { title: 'Sample\u0000 theme', summary: 'Line one\nLine\ttwo\u0008', edition: edition.id, _status: 'published' } as never,
    overrideAccess: true,
    context: { disableRevalidate: true },
  })
  const stored = await payload.findByID({ collection: 'themes', id: theme.id, depth: 0, overrideAccess: true })
  expect(stored.title).toBe('Sample theme')
  expect((stored as { summary?: string }).summary).toBe('Line one\nLine\ttwo')
})

it.each(['/\\evil.test/phish', '/\\/evil.test', '/\t/evil.test', '//evil.test/x', '/%5Cevil.test'])(
  '%j is not drawn as an internal link',
  (url) => {
    const html = render(link(url))
    const href = /href="([^"]*)"/.exec(html)?.[1]
    if (href !== undefined)
      expect(new URL(href.replace(/&amp;/g, '&'), 'https://commons-ai.example/').origin).toBe('https://commons-ai.example')
  },
)

it('keeps same-site paths internal and real web addresses external', () => {
  expect(render(link('/editions/2026?x=1#top'))).toContain('href="/editions/2026?x=1#top"')
  expect(render(link('https://example.org/page'))).toContain('rel="noopener noreferrer"')
})
