import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'

import { ProgrammePage, SessionAfterSection } from './pages/programme.page'
import { loginCookie } from './support/admin'
import { launchBrowser, type LaunchedBrowser } from './support/browser'
import { baseURL } from './support/env'
import { deleteCreated, jsonApi, type Created } from './support/rest'
import { SAMPLE_PDF as PDF } from '../fixtures/sampleFiles'
import { toLexical } from '../../src/platform/richText/lexical'

/**
 * After the event, through the running production server: an editor uploads a sample PDF to Slides and
 * gives a sample session its slides, a YouTube recording and a summary (REST, as the admin does); the
 * public session page shows them in English and French without script, the recording in a
 * youtube-nocookie frame that the page's frame-src allows and nothing else, and the PDF downloads.
 * A recording on a host nobody allowed is a plain link. Sample data only, removed after.
 */
type Id = number | string

const summary = (text: string) => toLexical([{ type: 'p', text }])

describe('a session after the event', () => {
  let launched: LaunchedBrowser
  let headers: Record<string, string>
  const created: Created = []
  const slug = `sample-after-session-${Date.now().toString(36)}`
  const otherSlug = `${slug}-elsewhere`

  const api = jsonApi(() => headers)

  before(async () => {
    headers = { cookie: await loginCookie(), origin: baseURL() }
    launched = await launchBrowser()
    const editions = (await (await fetch(`${baseURL()}/api/editions?where[year][equals]=2026&depth=0`)).json()) as {
      docs: Array<{ id: Id }>
    }
    const edition = editions.docs[0]!.id

    const form = new FormData()
    form.append('_payload', JSON.stringify({ edition }))
    form.append('file', new Blob([new Uint8Array(PDF)], { type: 'application/pdf' }), `${slug}.pdf`)
    const upload = await fetch(`${baseURL()}/api/slides`, { method: 'POST', headers, body: form })
    const uploaded = (await upload.json()) as { doc?: { id: Id } }
    assert.equal(upload.status, 201, JSON.stringify(uploaded))
    created.push({ collection: 'slides', id: uploaded.doc!.id })

    const session = {
      kind: 'talk',
      edition,
      start: '2026-12-03T15:00:00.000Z',
      end: '2026-12-03T16:00:00.000Z',
      _status: 'published',
    }
    const en = await api('POST', '/sessions?locale=en', {
      ...session,
      title: 'Sample session after the event (test data)',
      slug,
      slidesFile: uploaded.doc!.id,
      recordingUrl: 'https://www.youtube.com/watch?v=dQw4w9WgXcQ',
      summary: summary('Sample summary of the session (test data).'),
    })
    assert.equal(en.status, 201, JSON.stringify(en.json))
    created.push({ collection: 'sessions', id: en.json.doc!.id })
    const fr = await api('PATCH', `/sessions/${en.json.doc!.id}?locale=fr`, {
      title: 'Exemple de séance après l’événement (données de test)',
      summary: summary('Résumé d’exemple de la séance (données de test).'),
      _status: 'published',
    })
    assert.equal(fr.status, 200, JSON.stringify(fr.json))

    const other = await api('POST', '/sessions?locale=en', {
      ...session,
      title: 'Sample session recorded elsewhere (test data)',
      slug: otherSlug,
      recordingUrl: 'https://video.example.org/w/abcdefgh',
      slidesUrl: 'https://example.org/sample-slides.pdf',
    })
    assert.equal(other.status, 201, JSON.stringify(other.json))
    created.push({ collection: 'sessions', id: other.json.doc!.id })
  })

  after(async () => {
    await deleteCreated(created, headers)
    await launched?.close()
  })

  it('shows slides, the recording in an allowed frame, and the summary, in English and French, without script', async () => {
    const page = await launched.context.newPage()
    const programme = new ProgrammePage(page, baseURL())
    const after = new SessionAfterSection(page)
    for (const [locale, heading, slides, summaryText] of [
      ['en', 'After the session', 'Slides (PDF)', 'Sample summary of the session (test data).'],
      ['fr', 'Après la séance', 'Diaporama (PDF)', 'Résumé d’exemple de la séance (données de test).'],
    ] as const) {
      const response = await programme.gotoSession(2026, slug, locale)
      assert.equal(response?.status(), 200)
      assert.equal(await after.heading(), heading)
      assert.equal(await after.recordingFrames().getAttribute('src'), 'https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ')
      const csp = response!.headers()['content-security-policy'] ?? ''
      assert.match(csp, /script-src 'none'/)
      assert.match(csp, /; frame-src https:\/\/www\.youtube-nocookie\.com$/)
      assert.equal(await after.scriptCount(), 0)
      const link = after.link(slides)
      assert.match((await link.getAttribute('href')) ?? '', new RegExp(`^/api/slides/file/${slug}\\.pdf$`))
      assert.match(await after.section().innerText(), new RegExp(summaryText.replace(/[()]/g, '\\$&')))
    }
    const pdf = await fetch(`${baseURL()}/api/slides/file/${slug}.pdf`)
    assert.equal(pdf.status, 200)
    assert.match(pdf.headers.get('content-type') ?? '', /application\/pdf/)
    assert.deepEqual(Buffer.from(await pdf.arrayBuffer()), PDF)
  })

  it('links a recording on a host nobody allowed instead of framing it', async () => {
    const page = await launched.context.newPage()
    const response = await new ProgrammePage(page, baseURL()).gotoSession(2026, otherSlug)
    assert.equal(response?.status(), 200)
    const after = new SessionAfterSection(page)
    assert.equal(await after.recordingFrames().count(), 0)
    assert.doesNotMatch(response!.headers()['content-security-policy'] ?? '', /frame-src/)
    assert.equal(
      await after.link(/Watch the recording on video\.example\.org/).getAttribute('href'),
      'https://video.example.org/w/abcdefgh',
    )
    assert.equal(await after.link('Slides').getAttribute('href'), 'https://example.org/sample-slides.pdf')
  })
})
