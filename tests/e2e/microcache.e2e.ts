import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'

import { loginCookie } from './support/admin'
import { editionOf } from './support/records'
import { startServer } from './support/server.mjs'

/**
 * The production server keeps rewritten public pages in a microcache (src/platform/server/main.ts) and
 * empties it when it answers a write. This file runs its own server with a 10-minute microcache, so a
 * page read right after a write can only be fresh because the write emptied the cache (with the usual
 * 1 s, the entry could simply have expired while the write ran).
 */
describe('the microcache after a write through the server', () => {
  let server: Awaited<ReturnType<typeof startServer>>
  let headers: Record<string, string>
  let edition: { id: number | string; tagline: string }
  const page = '/editions/2026'

  before(async () => {
    server = await startServer({ env: { MICROCACHE_MS: '600000' } })
    headers = { 'content-type': 'application/json', cookie: await loginCookie(undefined, server.baseURL), origin: server.baseURL }
    edition = await editionOf(2026, headers, server.baseURL)
  })
  after(async () => {
    await fetch(`${server.baseURL}/api/editions/${edition.id}?locale=en`, {
      method: 'PATCH',
      headers,
      body: JSON.stringify({ tagline: edition.tagline, _status: 'published' }),
    })
    await server.stop()
  })

  it('serves the page from the microcache until a write, and the edited page on the first read after it', async () => {
    await (await fetch(`${server.baseURL}${page}`)).text()
    const cached = await fetch(`${server.baseURL}${page}`)
    assert.equal(cached.headers.get('x-microcache'), 'HIT', 'the page is not microcached: this test would prove nothing')
    assert.ok((await cached.text()).includes(edition.tagline))

    const marker = `Microcache sample tagline ${Date.now()}`
    const update = await fetch(`${server.baseURL}/api/editions/${edition.id}?locale=en`, {
      method: 'PATCH',
      headers,
      body: JSON.stringify({ tagline: marker, _status: 'published' }),
    })
    assert.equal(update.status, 200, await update.text())

    const fresh = await fetch(`${server.baseURL}${page}`)
    assert.equal(fresh.headers.get('x-microcache'), null, 'the first read after the write came from the microcache')
    assert.ok((await fresh.text()).includes(marker), 'the first read after the write does not show the edit')
  })
})
