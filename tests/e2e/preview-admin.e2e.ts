import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'

import { AdminDocumentPage, AdminPage } from './pages/admin.page'
import { FIRST_ADMIN, loginCookie } from './support/admin'
import { launchBrowser, type LaunchedBrowser } from './support/browser'
import { baseURL } from './support/env'

type Theme = { id: number | string; title: string; slug: string }

/** The whole editor's path: edit in the admin, save a draft, press Preview, see the draft; visitors do not. */
describe('previewing a draft from the admin UI', () => {
  let editor: LaunchedBrowser
  let visitor: LaunchedBrowser
  let theme: Theme
  let headers: Record<string, string>

  before(async () => {
    editor = await launchBrowser()
    visitor = await launchBrowser()
    headers = { 'content-type': 'application/json', cookie: await loginCookie(), origin: baseURL() }
    const found = await fetch(`${baseURL()}/api/themes?where[slug][equals]=data-commons&depth=0&locale=en`, { headers })
    theme = ((await found.json()) as { docs: Theme[] }).docs[0]!
  })
  after(async () => {
    // Publish the original title again, so later tests read the seeded theme. Over a pending draft a
    // publish names the draft it replaces (its baseVersion), or it is refused with 409.
    const newest = await fetch(`${baseURL()}/api/themes/${theme.id}?draft=true&depth=0&locale=en`, { headers })
    const { baseVersion } = (await newest.json()) as { baseVersion?: string }
    const restored = await fetch(`${baseURL()}/api/themes/${theme.id}?locale=en`, {
      method: 'PATCH',
      headers,
      body: JSON.stringify({ title: theme.title, _status: 'published', baseVersion }),
    })
    assert.equal(restored.status, 200)
    await editor?.close()
    await visitor?.close()
  })

  it('shows the saved draft in the preview tab and keeps it off the public page', async () => {
    const page = await editor.context.newPage()
    const admin = new AdminPage(page, baseURL())
    await admin.open('/login')
    await admin.login(FIRST_ADMIN.email, FIRST_ADMIN.password)
    await page.waitForURL((url) => !url.pathname.startsWith('/admin/login'), { timeout: 60_000 })

    const document = new AdminDocumentPage(page, baseURL())
    await document.open('themes', theme.id)
    assert.equal(await document.sidebarFieldText('frenchTranslation'), 'Complete')
    const draftTitle = `Building data commons (draft ${Date.now()})`
    await document.fill('title', draftTitle)
    await document.saveDraft()

    const preview = await document.openPreview()
    assert.match(new URL(preview.url()).pathname, /^\/editions\/2026\/themes\/data-commons$/)
    assert.equal(await preview.locator('h1').first().innerText(), draftTitle)

    const visitorPage = await visitor.context.newPage()
    const response = await visitorPage.goto(`${baseURL()}/editions/2026/themes/data-commons`)
    assert.equal(response?.status(), 200)
    assert.equal(await visitorPage.locator('h1').first().innerText(), theme.title)
  })

  it("Publish changes publishes the editor's saved draft: the admin's form names the draft it publishes", async () => {
    const page = await editor.context.newPage()
    const document = new AdminDocumentPage(page, baseURL())
    await document.open('themes', theme.id)
    const draftTitle = `Building data commons (published ${Date.now()})`
    await document.fill('title', draftTitle)
    await document.saveDraft()
    const sent: string[] = []
    page.on('request', (request) => {
      if (request.method() === 'PATCH' && new URL(request.url()).pathname === `/api/themes/${theme.id}`) sent.push(request.postData() ?? '')
    })
    await document.publish()
    assert.match(sent.join(''), /"baseVersion":"\d{4}-/, 'the form sends the version it was loaded from')
    const visitorPage = await visitor.context.newPage()
    let seen = ''
    for (let attempt = 0; attempt < 20 && seen !== draftTitle; attempt++) {
      await visitorPage.goto(`${baseURL()}/editions/2026/themes/data-commons`)
      seen = await visitorPage.locator('h1').first().innerText()
      if (seen !== draftTitle) await new Promise((resolve) => setTimeout(resolve, 500))
    }
    assert.equal(seen, draftTitle)
  })
})
