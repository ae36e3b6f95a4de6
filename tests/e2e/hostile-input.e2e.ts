import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'

import type { Page } from 'playwright-core'

import { SafetyProbe } from './pages/safety.page'
import { loginCookie } from './support/admin'
import { launchBrowser, type LaunchedBrowser } from './support/browser'
import { baseURL } from './support/env'

/**
 * Hostile text in every field an editor can fill and the public site shows: a sample edition, theme,
 * speaker, committee member and perspective (named as sample data, removed afterwards) stored through
 * the REST API as the admin, then every public page that shows them visited in English and French.
 * Nothing may run (window.__xss stays undefined, no dialog), no event-handler attribute or javascript:
 * URL may reach the DOM, and the payloads must show as plain text. URL fields refuse javascript: (400).
 * The proposal form's fields are not covered: the form is not in this branch.
 */
const SCRIPT = '<script>window.__xss=1</script>'
const IMG = '<img src=x onerror="window.__xss=1">'
const SVG = '"><svg onload="window.__xss=1">'
const JS_URL = 'javascript:window.__xss=1'

/** A label followed by every markup payload (fits the 120-character name fields). */
const hostile = (label: string) => `${label} ${SCRIPT}${IMG}${SVG}`
/** For shorter fields (city: 80, SEO title: 70 characters). */
const short = (label: string) => `${label} ${SCRIPT}${SVG}`
/** For a 20-character field: an event handler that would set the same global. */
const TINY = '<svg onload=__xss=1>'
const RAW = [SCRIPT, IMG, SVG, TINY]

/** Lexical rich text: hostile text, a javascript: link and a javascript: autolink. */
function hostileRichText(label: string) {
  const text = (value: string) => ({ type: 'text', version: 1, text: value, format: 0, style: '', mode: 'normal', detail: 0 })
  const link = (type: 'link' | 'autolink') => ({
    type,
    version: type === 'link' ? 3 : 2,
    format: '',
    indent: 0,
    direction: 'ltr',
    fields: { url: JS_URL, newTab: false, linkType: 'custom' },
    children: [text(`Sample ${type} (test data)`)],
  })
  return {
    root: {
      type: 'root',
      version: 1,
      format: '',
      indent: 0,
      direction: 'ltr',
      children: [
        {
          type: 'paragraph',
          version: 1,
          format: '',
          indent: 0,
          direction: 'ltr',
          textFormat: 0,
          children: [text(hostile(label)), text(' '), link('link'), text(' '), link('autolink')],
        },
      ],
    },
  }
}

type Id = number | string
type Saved = { id: Id; slug?: string }

describe('hostile input is shown as text, never run', () => {
  let launched: LaunchedBrowser
  let page: Page
  let probe: SafetyProbe
  let headers: Record<string, string>
  const dialogs: string[] = []
  const created: Array<{ collection: string; id: Id }> = []
  const YEAR = 2039
  let edition: Saved
  let theme: Saved
  let speaker: Saved
  let perspective: Saved

  async function save(collection: string, data: Record<string, unknown>): Promise<Saved> {
    const response = await fetch(`${baseURL()}/api/${collection}?depth=0`, {
      method: 'POST',
      headers: { ...headers, 'content-type': 'application/json' },
      body: JSON.stringify(data),
    })
    const text = await response.text()
    assert.equal(response.status, 201, `${collection}: ${text}`)
    const doc = (JSON.parse(text) as { doc: Saved }).doc
    created.push({ collection, id: doc.id })
    return doc
  }

  async function patch(collection: string, id: Id, data: Record<string, unknown>) {
    return fetch(`${baseURL()}/api/${collection}/${id}?depth=0`, {
      method: 'PATCH',
      headers: { ...headers, 'content-type': 'application/json' },
      body: JSON.stringify(data),
    })
  }

  before(async () => {
    headers = { cookie: await loginCookie(), origin: baseURL() }
    launched = await launchBrowser()
    page = await launched.context.newPage()
    page.on('dialog', async (dialog) => {
      dialogs.push(`${dialog.type()}: ${dialog.message()} on ${page.url()}`)
      await dialog.dismiss()
    })
    probe = new SafetyProbe(page, baseURL())

    edition = await save('editions', {
      year: YEAR,
      ordinal: 39,
      title: hostile('Sample edition'),
      tagline: hostile('Sample tagline'),
      introHeading: hostile('Sample intro'),
      intro: hostileRichText('Sample edition intro'),
      formatHeading: hostile('Sample format'),
      formatIntro: hostile('Sample format intro'),
      format: [
        { blockType: 'framing-talk', title: hostile('Sample talk'), description: hostile('Sample talk description') },
        { blockType: 'audience-reflection', title: hostile('Sample reflection'), description: hostile('Sample reflection text') },
        { blockType: 'inspiring-initiative', title: hostile('Sample initiative'), description: hostile('Sample initiative text') },
      ],
      formatNote: hostile('Sample format note'),
      themesHeading: hostile('Sample themes heading'),
      themesIntro: hostile('Sample themes intro'),
      committeeIntro: hostile('Sample committee intro'),
      startDate: `${YEAR}-12-01T00:00:00.000Z`,
      endDate: `${YEAR}-12-03T00:00:00.000Z`,
      venue: hostile('Sample venue'),
      city: short('Sample city'),
      hostEvent: { name: hostile('Sample host'), shortName: TINY, url: 'https://example.org/', note: hostile('Sample host note') },
      cfp: {
        heading: hostile('Sample cfp'),
        intro: hostile('Sample cfp intro'),
        opensAt: `${YEAR}-01-01T00:00:00.000Z`,
        deadline: `${YEAR}-06-01T00:00:00.000Z`,
      },
      registration: { note: hostile('Sample registration note') },
      seo: { title: short('Sample'), description: hostile('Sample seo description') },
      status: 'upcoming',
      _status: 'published',
    })
    theme = await save('themes', {
      title: hostile('Sample theme'),
      summary: hostile('Sample theme summary'),
      body: hostileRichText('Sample theme body'),
      seo: { title: short('Sample'), description: hostile('Sample theme seo text') },
      edition: edition.id,
      _status: 'published',
    })
    speaker = await save('speakers', {
      name: hostile('Sample speaker'),
      affiliation: hostile('Sample affiliation'),
      bio: hostileRichText('Sample speaker bio'),
      links: [{ label: `Sample ${SCRIPT}${SVG}`, url: 'https://example.org/sample' }],
      editions: [edition.id],
      _status: 'published',
    })
    await save('committee-members', {
      name: hostile('Sample member'),
      affiliation: hostile('Sample member org'),
      role: 'member',
      edition: edition.id,
    })
    perspective = await save('perspectives', {
      title: hostile('Sample perspective'),
      kind: 'reading',
      publishedDate: `${YEAR}-01-15T00:00:00.000Z`,
      authors: [{ name: hostile('Sample author') }],
      people: [{ name: hostile('Sample person'), affiliation: hostile('Sample person org'), role: hostile('Sample role') }],
      source: { name: hostile('Sample source'), url: 'https://example.org/source' },
      summary: hostile('Sample perspective summary'),
      body: hostileRichText('Sample perspective body'),
      themes: [theme.id],
      speakers: [speaker.id],
      seo: { title: short('Sample'), description: hostile('Sample perspective seo text') },
      _status: 'published',
    })
  })

  after(async () => {
    for (const { collection, id } of created.reverse()) {
      await fetch(`${baseURL()}/api/${collection}/${id}`, { method: 'DELETE', headers })
    }
    await launched?.close()
  })

  it('the probe is not blind: on a page built from the raw payloads it sees each of them', async () => {
    const raw = await launched.context.newPage()
    await raw.setContent(`<p>${IMG}</p><a href="${JS_URL}">x</a><div title="${SVG}"></div>`)
    const scan = await new SafetyProbe(raw, baseURL()).scan()
    await raw.close()
    assert.equal(scan.xss, 1)
    assert.ok(scan.handlers.length >= 2, JSON.stringify(scan.handlers))
    assert.deepEqual(scan.scriptUrls, [JS_URL])
    assert.ok(scan.injected.length >= 2, JSON.stringify(scan.injected))
  })

  it('url fields refuse javascript: links with 400 and keep the stored value', async () => {
    // The stored document as the REST API answers it, only as deep as these cases read.
    type Stored = {
      hostEvent?: { url?: string }
      registration?: { url?: string }
      newsletterUrl?: string
      links?: Array<{ url?: string }>
      source?: { url?: string }
    }
    const cases: Array<[string, () => Saved, Record<string, unknown>, (doc: Stored) => unknown]> = [
      ['editions', () => edition, { hostEvent: { url: JS_URL } }, (doc) => doc.hostEvent?.url],
      ['editions', () => edition, { registration: { url: JS_URL } }, (doc) => doc.registration?.url],
      ['editions', () => edition, { newsletterUrl: JS_URL }, (doc) => doc.newsletterUrl],
      ['speakers', () => speaker, { links: [{ label: 'Sample link', url: JS_URL }] }, (doc) => doc.links?.[0]?.url],
      ['perspectives', () => perspective, { source: { name: 'Sample source', url: JS_URL } }, (doc) => doc.source?.url],
    ]
    for (const [collection, doc, data, read] of cases) {
      const before = read(await (await fetch(`${baseURL()}/api/${collection}/${doc().id}?depth=0&draft=true`, { headers })).json())
      const response = await patch(collection, doc().id, data)
      assert.equal(response.status, 400, `${collection} ${JSON.stringify(data)} answered ${response.status}`)
      const body = await response.text()
      assert.match(body, /invalid: .*url/i, `the 400 names the field: ${body}`)
      const after = read(await (await fetch(`${baseURL()}/api/${collection}/${doc().id}?depth=0&draft=true`, { headers })).json())
      assert.equal(after, before)
      assert.notEqual(after, JS_URL)
    }
  })

  const pages = () => [
    '/editions',
    `/editions/${YEAR}`,
    `/editions/${YEAR}/themes/${theme.slug}`,
    `/editions/${YEAR}/speakers`,
    `/editions/${YEAR}/speakers/${speaker.slug}`,
    `/editions/${YEAR}/committee`,
    '/perspectives',
    `/perspectives/${perspective.slug}`,
    `/perspectives/themes/${theme.slug}`,
  ]

  for (const locale of ['en', 'fr'] as const) {
    it(`every public page showing the sample data, in ${locale}: nothing runs, the payloads show as text`, async () => {
      for (const path of pages()) {
        const url = locale === 'en' ? path : `/fr${path}`
        const response = await probe.visit(url)
        assert.equal(response?.status(), 200, url)
        // The server's HTML: no payload survives as markup (in text, attributes, <title>, meta or JSON-LD).
        const html = (await response!.text()) ?? ''
        for (const raw of RAW) assert.ok(!html.includes(raw), `${url}: raw ${raw} in the HTML`)
        assert.ok(!/href\s*=\s*["']?\s*javascript:/i.test(html), `${url}: a javascript: href in the HTML`)

        const scan = await probe.scan()
        assert.equal(scan.xss, undefined, `${url}: a payload ran`)
        assert.deepEqual(scan.handlers, [], `${url}: event-handler attributes`)
        assert.deepEqual(scan.scriptUrls, [], `${url}: script URLs`)
        assert.deepEqual(scan.injected, [], `${url}: injected elements`)
        // The page does show our data, as the literal text that was typed.
        assert.ok(scan.text.includes(SCRIPT), `${url}: the <script> text is not shown as text`)
        assert.ok(scan.text.includes(IMG), `${url}: the <img> text is not shown as text`)
      }
      assert.deepEqual(dialogs, [])
    })
  }

  it('the rich text links with javascript: render as text without a link', async () => {
    for (const path of [
      `/editions/${YEAR}`,
      `/editions/${YEAR}/themes/${theme.slug}`,
      `/editions/${YEAR}/speakers/${speaker.slug}`,
      `/perspectives/${perspective.slug}`,
    ]) {
      await probe.visit(path)
      const scan = await probe.scan()
      assert.ok(scan.text.includes('Sample link (test data)'), `${path}: the link text is missing`)
      const linked = await page.locator('a', { hasText: 'Sample link (test data)' }).count()
      assert.equal(linked, 0, `${path}: the javascript: link was rendered as <a>`)
    }
  })
})
