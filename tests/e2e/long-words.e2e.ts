import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'

import { loginCookie } from './support/admin'
import { launchBrowser, type LaunchedBrowser } from './support/browser'
import { baseURL } from './support/env'

/**
 * Issue 12 finding 7: a title with a long unbroken string (a 150-character word, a long URL) must wrap:
 * at 390 px no public page is wider than the viewport. Sample edition and theme, removed afterwards.
 */
type Id = number | string
const YEAR = 2037
const WORD = `Sample${'x'.repeat(144)}`
const URL_TEXT = `https://sample.example/${'long-path-segment-'.repeat(8)}end`

describe('long words wrap at 390 px', () => {
  let launched: LaunchedBrowser
  let headers: Record<string, string>
  const created: Array<{ collection: string; id: Id }> = []

  async function save(collection: string, data: Record<string, unknown>): Promise<{ id: Id; slug?: string }> {
    const response = await fetch(`${baseURL()}/api/${collection}?depth=0`, {
      method: 'POST',
      headers: { ...headers, 'content-type': 'application/json' },
      body: JSON.stringify(data),
    })
    const text = await response.text()
    assert.equal(response.status, 201, `${collection}: ${text}`)
    const doc = (JSON.parse(text) as { doc: { id: Id; slug?: string } }).doc
    created.push({ collection, id: doc.id })
    return doc
  }

  let themeSlug = ''

  before(async () => {
    headers = { cookie: await loginCookie(), origin: baseURL() }
    launched = await launchBrowser()
    const edition = await save('editions', {
      year: YEAR,
      title: `Sample edition ${WORD.slice(0, 100)}`,
      status: 'upcoming',
      _status: 'published',
    })
    const theme = await save('themes', {
      title: `Sample theme ${WORD.slice(0, 140)}`,
      summary: `A sample summary with ${URL_TEXT} and ${WORD}.`,
      edition: edition.id,
      _status: 'published',
    })
    themeSlug = theme.slug ?? ''
  })

  after(async () => {
    for (const { collection, id } of created.reverse()) await fetch(`${baseURL()}/api/${collection}/${id}`, { method: 'DELETE', headers })
    await launched?.close()
  })

  it('the edition and theme pages are never wider than a 390 px phone', async () => {
    const page = await launched.context.newPage()
    await page.setViewportSize({ width: 390, height: 844 })
    for (const path of [`/editions/${YEAR}`, `/editions/${YEAR}/themes/${themeSlug}`, `/fr/editions/${YEAR}`]) {
      const response = await page.goto(`${baseURL()}${path}`)
      assert.equal(response?.status(), 200, path)
      assert.ok((await page.content()).includes('x'.repeat(100)), `${path} shows the long word`)
      const width = await page.evaluate(() => document.documentElement.scrollWidth)
      assert.ok(width <= 390, `${path} is ${width} px wide at a 390 px viewport`)
    }
    await page.close()
  })
})
