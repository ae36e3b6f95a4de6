import { jest } from '@jest/globals'
import type { ReactNode } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import { prerender } from 'react-dom/static'

import type { EditionPage } from '../../../src/editions/read'
import type { Edition } from '../../../src/payload-types'

// Every public page frame reads Next's draft mode (the preview bar), which exists only inside a request:
// here, as for any visitor who is not previewing, it is off. The frame is an async server component,
// so it is rendered with React's async prerender.
jest.unstable_mockModule('next/headers', () => ({ draftMode: async () => ({ isEnabled: false }) }))
const { EditionSubpage } = await import('../../../src/editions/components/EditionSubpage')
const { EditionView } = await import('../../../src/editions/components/EditionView')

async function html(node: ReactNode): Promise<string> {
  const { prelude } = await prerender(node)
  return new Response(prelude).text()
}

/** Every page of an archived edition says so, points to the current edition, and calls for nothing. */
const edition = (status: Edition['status']): Edition =>
  ({
    id: 1,
    year: 2025,
    title: 'Commons AI 2025',
    status,
    _status: 'published',
    cfp: {
      deadline: '2099-09-15T21:59:59.000Z',
      heading: 'Call for proposals',
      intro: 'Send us your proposal.',
      contactEmail: 'cfp@example.org',
    },
    registration: { state: 'open', url: 'https://example.org/register', note: 'Free entry.' },
    newsletterUrl: 'https://example.org/newsletter',
    updatedAt: '2025-01-01T00:00:00.000Z',
    createdAt: '2025-01-01T00:00:00.000Z',
  }) as Edition

const page = (status: Edition['status']): EditionPage => ({
  edition: edition(status),
  state: status === 'archived' ? 'past' : status === 'current' ? 'current' : 'upcoming',
  themes: [],
  committee: [],
  speakers: [],
  perspectives: [],
})

const now = new Date('2026-11-25T12:00:00Z')

describe.each(['en', 'fr'] as const)('an archived edition (%s)', (locale) => {
  const past = renderToStaticMarkup(<EditionView page={page('archived')} locale={locale} now={now} currentYear={2026} />)
  const live = renderToStaticMarkup(<EditionView page={page('current')} locale={locale} now={now} currentYear={2025} />)

  it('is marked as past and links to the current edition', () => {
    expect(past).toMatch(locale === 'en' ? /Past edition/ : /Édition passée/)
    expect(past).toContain(`href="${locale === 'en' ? '/' : '/fr'}"`)
    expect(past).toContain('(2026)')
  })

  it('shows no call to action: no CfP, registration or newsletter (a live edition does)', () => {
    for (const html of [past, live]) {
      const calls = [html.includes('Send us your proposal.'), html.includes('cfp@example.org'), html.includes('Free entry.')]
      expect(calls).toEqual(html === past ? [false, false, false] : [true, true, true])
    }
    expect(past).not.toContain('example.org/newsletter')
    expect(past).not.toContain('example.org/register')
  })

  it('marks every page inside the edition as past too', async () => {
    const sub = await html(
      <EditionSubpage page={page('archived')} locale={locale} currentYear={2026} path="/editions/2025/committee" eyebrow="x" title="y">
        <p>content</p>
      </EditionSubpage>,
    )
    expect(sub).toMatch(locale === 'en' ? /Past edition/ : /Édition passée/)
    const liveSub = await html(
      <EditionSubpage page={page('current')} locale={locale} currentYear={2025} path="/editions/2025/committee" eyebrow="x" title="y">
        <p>content</p>
      </EditionSubpage>,
    )
    expect(liveSub).not.toMatch(/Past edition|Édition passée/)
  })
})
