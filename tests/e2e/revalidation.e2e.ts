import assert from 'node:assert/strict'
import { describe, it } from 'node:test'

import { loginCookie } from './support/admin'
import { baseURL } from './support/env'
import { editionOf } from './support/records'

/**
 * An editor's change reaches the public page within seconds. The edit goes through the running
 * server (REST with an editor's login), whose afterChange hook expires the page's cache tags.
 */
describe('freshness after an edit', () => {
  it('shows a changed tagline on / and /editions/2026 within 5 s', async () => {
    const cookie = await loginCookie()
    const headers = { 'content-type': 'application/json', cookie, origin: baseURL() }
    const edition = await editionOf(2026, headers)
    // Warm the caches so the test measures invalidation, not a first render.
    for (const path of ['/', '/editions/2026']) assert.equal((await fetch(`${baseURL()}${path}`)).status, 200)

    const marker = `Freshly edited ${Date.now()}`
    const saved = Date.now()
    const update = await fetch(`${baseURL()}/api/editions/${edition.id}?locale=en`, {
      method: 'PATCH',
      headers,
      body: JSON.stringify({ tagline: marker, _status: 'published' }),
    })
    assert.equal(update.status, 200, await update.text())

    for (const path of ['/', '/editions/2026']) {
      let seenAfter: number | null = null
      while (Date.now() - saved < 10_000) {
        const html = await (await fetch(`${baseURL()}${path}`)).text()
        if (html.includes(marker)) {
          seenAfter = Date.now() - saved
          break
        }
        await new Promise((resolve) => setTimeout(resolve, 100))
      }
      console.log(`freshness: the edit showed on ${path} ${seenAfter ?? 'never'} ms after saving`)
      assert.ok(seenAfter !== null && seenAfter < 5000, `the edit did not show on ${path} within 5 s`)
    }

    const restore = await fetch(`${baseURL()}/api/editions/${edition.id}?locale=en`, {
      method: 'PATCH',
      headers,
      body: JSON.stringify({ tagline: edition.tagline, _status: 'published' }),
    })
    assert.equal(restore.status, 200)
  })
})
