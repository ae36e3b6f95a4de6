/**
 * "The call in numbers" is part of an archived edition's page, and so of its static export: read for the
 * archived edition only, rendered as SVG and a table, and kept as it is by the export's rewrite (which drops
 * scripts and forms). The export itself fetches the same page from the production server (archive-export.e2e.ts).
 */
import { jest } from '@jest/globals'
import type { Payload } from 'payload'
import { renderToStaticMarkup } from 'react-dom/server'

import { rewriteHtml } from '../../../src/archive/export/html'
import { loadEditionPage } from '../../../src/editions/read'
import { factories } from '../helpers/factories'
import { startTestPayload, type TestPayload } from '../helpers/testPayload'

// Public page components read Next's draft mode, which exists only inside a request: off here, as for any visitor.
jest.unstable_mockModule('next/headers', () => ({ draftMode: async () => ({ isEnabled: false }) }))
const { EditionView } = await import('../../../src/editions/components/EditionView')

let ctx: TestPayload
let payload: Payload

beforeAll(async () => {
  ctx = await startTestPayload()
  payload = ctx.payload
})
afterAll(async () => {
  await ctx?.close()
})

it.each(['en', 'fr'] as const)('is on the archived edition page and stays in its static export (%s)', async (locale) => {
  const make = factories(payload)
  const year = locale === 'en' ? 2034 : 2035
  const edition = await make.edition(year)
  const theme = await make.create('themes', { title: `Sample theme ${year} (generated)`, edition: edition.id, _status: 'published' })
  for (let n = 0; n < 6; n++) await make.proposal(edition, { themes: [theme.id], ...(n < 2 ? { status: 'accepted' } : {}) })

  // Not while the edition is live.
  expect((await loadEditionPage(payload, year, locale))!.callNumbers).toBeNull()
  await payload.update({
    collection: 'editions',
    id: edition.id,
    data: { status: 'archived' },
    overrideAccess: true,
    context: { disableRevalidate: true },
  })
  const page = (await loadEditionPage(payload, year, locale))!
  expect(page.callNumbers).toMatchObject({ total: 6, accepted: 2 })

  const markup = renderToStaticMarkup(<EditionView page={page} locale={locale} now={new Date('2036-01-01T12:00:00Z')} currentYear={2036} />)
  const path = `${locale === 'fr' ? '/fr' : ''}/editions/${year}`
  const exported = rewriteHtml(`<!DOCTYPE html><html><head></head><body>${markup}</body></html>`, {
    pageUrl: new URL(path, 'http://127.0.0.1:4000'),
    pageFile: `${path.slice(1)}/index.html`,
    scope: { year },
    liveSite: 'https://commons-ai.example',
  }).html
  const section = exported.match(/<section[^>]*data-testid="call-in-numbers"[\s\S]*?<\/section>/)?.[0]
  expect(section).toBeDefined()
  expect(section).toContain(locale === 'en' ? 'The call in numbers' : 'L’appel en chiffres')
  expect(section).toMatch(/<svg aria-hidden="true"[^>]*data-chart="by-theme"/)
  expect(section).toContain(`<th scope="row">Sample theme ${year} (generated)</th><td>6</td>`)
  expect(section).not.toMatch(/<script|on[a-z]+=/i)
})
