import assert from 'node:assert/strict'
import { describe, it } from 'node:test'

import { baseURL } from './support/env'

/** What the public can reach over HTTP: REST and GraphQL, with no login. */
describe('public API access', () => {
  for (const collection of ['proposals', 'reviews', 'users']) {
    it(`refuses to list ${collection} over REST`, async () => {
      const response = await fetch(`${baseURL()}/api/${collection}`)
      assert.equal(response.status, 403)
    })
  }

  it('refuses proposals over GraphQL', async () => {
    const response = await fetch(`${baseURL()}/api/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ Proposals { docs { id title } } }' }),
    })
    const body = (await response.json()) as { data?: { Proposals?: unknown }; errors?: Array<{ message: string }> }
    assert.ok(body.errors?.length, 'GraphQL answered proposals without an error')
    assert.ok(!body.data?.Proposals)
  })

  it('refuses to create a proposal over REST (only the site form may)', async () => {
    const response = await fetch(`${baseURL()}/api/proposals`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ title: 'x' }),
    })
    assert.equal(response.status, 403)
  })

  it('lists the published editions, newest first', async () => {
    const response = await fetch(`${baseURL()}/api/editions?sort=-year&depth=0`)
    assert.equal(response.status, 200)
    const body = (await response.json()) as { docs: Array<{ year: number; status: string }> }
    assert.deepEqual(
      body.docs.map((edition) => [edition.year, edition.status]),
      [
        [2026, 'current'],
        [2025, 'archived'],
      ],
    )
  })

  it('answers GraphQL queries for public content', async () => {
    const response = await fetch(`${baseURL()}/api/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ Themes(limit: 10) { totalDocs } }' }),
    })
    const body = (await response.json()) as { data?: { Themes?: { totalDocs: number } } }
    assert.equal(body.data?.Themes?.totalDocs, 6)
  })
})
