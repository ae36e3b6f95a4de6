/**
 * Issue 18, item 3: a page in draft mode says so ("Preview — draft content · Exit preview"); exiting
 * and logging out clear draft mode; the admin's Preview button is labelled, and speakers have one.
 */
import assert from 'node:assert/strict'
import { describe, it } from 'node:test'

import { editorSession } from './support/editorSession'
import { baseURL } from './support/env'
import { createSampleEdition, createSampleSpeaker } from './support/sampleContent'

const YEAR = 2097

describe('the preview bar', () => {
  const setup = editorSession({ year: YEAR })

  const bar = () => setup.page.getByRole('region', { name: /^(Preview|Aperçu)$/ })
  const hasDraftCookie = async () =>
    (await setup.launched.context.cookies(baseURL())).some((cookie) => cookie.name === '__prerender_bypass')

  it('labels the Preview button, on speakers too', async () => {
    const edition = await createSampleEdition(setup.cookie, YEAR)
    const speaker = await createSampleSpeaker(setup.cookie, edition.id, 'Sample Speaker (test data)')
    for (const [collection, id] of [['speakers', speaker.id]] as const) {
      await setup.editor.open(collection, id)
      const button = setup.page.locator('#preview-button')
      await button.waitFor({ timeout: 15_000 })
      assert.match(await button.innerText(), /Preview/)
    }
  })

  it('shows the bar on every page in draft mode, and "Exit preview" turns draft mode off', async () => {
    await setup.page.goto(`${baseURL()}/api/draft-preview?path=${encodeURIComponent('/editions')}`)
    assert.equal(new URL(setup.page.url()).pathname, '/editions')
    await bar().waitFor({ timeout: 10_000 })
    assert.match(await bar().innerText(), /Preview — draft content/)
    await setup.page.goto(`${baseURL()}/fr`)
    assert.match(await bar().innerText(), /Aperçu — contenu en brouillon/)

    await setup.page.goto(`${baseURL()}/editions`)
    await bar().getByRole('link', { name: 'Exit preview' }).click()
    await setup.page.waitForURL((url) => url.pathname === '/editions' && !url.search.includes('exit'))
    assert.equal(await bar().count(), 0)
    assert.equal(await hasDraftCookie(), false)
    await setup.page.goto(`${baseURL()}/`)
    assert.equal(await bar().count(), 0)
  })

  it('logging out of the admin turns draft mode off', async () => {
    await setup.page.goto(`${baseURL()}/api/draft-preview?path=${encodeURIComponent('/')}`)
    await bar().waitFor({ timeout: 10_000 })
    await setup.page.goto(`${baseURL()}/admin/logout`)
    await setup.page.waitForURL(/\/admin\/login/, { timeout: 30_000 })
    assert.equal(await hasDraftCookie(), false)
    await setup.page.goto(`${baseURL()}/`)
    assert.equal(await bar().count(), 0)
    await setup.editor.login()
  })
})
