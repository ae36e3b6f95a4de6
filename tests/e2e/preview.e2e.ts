import assert from 'node:assert/strict'
import { describe, it } from 'node:test'

import { loginCookie } from './support/admin'
import { baseURL } from './support/env'
import { editionOf } from './support/records'

/**
 * Drafts are never public; an editor previews them from the admin through draft mode.
 * Payload accepts its login cookie only from its own site: a browser says so with Sec-Fetch-Site,
 * which these requests send as the admin's Preview link would.
 */
const sameSite = { 'sec-fetch-site': 'same-origin' }
describe('draft preview', () => {
  it('keeps a draft off the public page and shows it to a logged-in editor in preview', async () => {
    const login = await loginCookie()
    const headers = { 'content-type': 'application/json', cookie: login, origin: baseURL() }
    const edition = await editionOf(2026, headers)

    const marker = `Draft only ${Date.now()}`
    const saved = await fetch(`${baseURL()}/api/editions/${edition.id}?draft=true&locale=en`, {
      method: 'PATCH',
      headers,
      body: JSON.stringify({ tagline: marker }),
    })
    assert.equal(saved.status, 200, await saved.text())

    try {
      const publicHtml = await (await fetch(`${baseURL()}/`)).text()
      assert.ok(!publicHtml.includes(marker), 'a draft reached the public page')
      const publicApi = await (await fetch(`${baseURL()}/api/editions/${edition.id}?draft=true`)).json()
      assert.notEqual((publicApi as { tagline?: string }).tagline, marker, 'a draft reached the public API')

      const enter = await fetch(`${baseURL()}/api/draft-preview?path=${encodeURIComponent('/')}`, {
        headers: { cookie: login, ...sameSite },
        redirect: 'manual',
      })
      assert.equal(enter.status, 303)
      const bypass = enter.headers.getSetCookie().find((value) => value.startsWith('__prerender_bypass='))
      assert.ok(bypass, 'draft mode was not turned on')
      const previewHtml = await (
        await fetch(`${baseURL()}/`, { headers: { cookie: `${login}; ${bypass.split(';')[0]}`, ...sameSite } })
      ).text()
      assert.ok(previewHtml.includes(marker), 'the preview does not show the draft')

      // Draft mode without a login shows nothing more than the public page.
      const anonymous = await (await fetch(`${baseURL()}/`, { headers: { cookie: bypass.split(';')[0]! } })).text()
      assert.ok(!anonymous.includes(marker), 'a draft reached a visitor with only the draft-mode cookie')
    } finally {
      // Over a pending draft a publish names the draft it replaces (its baseVersion), or it is refused (409).
      const newest = await fetch(`${baseURL()}/api/editions/${edition.id}?draft=true&depth=0&locale=en`, { headers })
      const { baseVersion } = (await newest.json()) as { baseVersion?: string }
      const restore = await fetch(`${baseURL()}/api/editions/${edition.id}?locale=en`, {
        method: 'PATCH',
        headers,
        body: JSON.stringify({ tagline: edition.tagline, _status: 'published', baseVersion }),
      })
      assert.equal(restore.status, 200)
    }
  })

  it('refuses preview to visitors who are not logged in, and foreign paths', async () => {
    const anonymous = await fetch(`${baseURL()}/api/draft-preview?path=/`, { redirect: 'manual', headers: sameSite })
    assert.equal(anonymous.status, 401)
    const login = await loginCookie()
    for (const path of ['//evil.example/', 'https://evil.example/', 'editions']) {
      const response = await fetch(`${baseURL()}/api/draft-preview?path=${encodeURIComponent(path)}`, {
        headers: { cookie: login, ...sameSite },
        redirect: 'manual',
      })
      assert.equal(response.status, 400, `${path} answered ${response.status}`)
    }
  })
})
