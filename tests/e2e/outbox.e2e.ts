import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'

import { OutboxPage } from './pages/outbox.page'
import { loginCookie } from './support/admin'
import { launchBrowser, type LaunchedBrowser } from './support/browser'
import { baseURL } from './support/env'
import { adminApi, createOpenCallEdition, removeEdition, type AdminApi } from './support/openCall'

/**
 * The Decisions outbox in the admin: releasing part of an edition's outbox says what it did once, above
 * the list, and leaves the rest listed; releasing the rest empties it and still says so. Two sample
 * proposals (test data) waitlisted over REST in a sample edition made here and removed after.
 */
const YEAR = 2036
const EDITION_TITLE = `Sample edition ${YEAR} (test data)`
const FORMAT = 'Sample framing talk (outbox test data)'

type Id = number | string

describe('the Decisions outbox', () => {
  let api: AdminApi
  let editionId: Id
  let launched: LaunchedBrowser
  const references: string[] = []

  before(async () => {
    const cookie = await loginCookie()
    api = adminApi(cookie)
    editionId = await createOpenCallEdition(api, YEAR, {
      format: [{ blockType: 'framing-talk', title: FORMAT, description: 'Sample description.' }],
    })
    for (const n of [1, 2]) {
      const created = await api('/api/proposals', {
        method: 'POST',
        body: JSON.stringify({
          edition: editionId,
          submitter: { name: `Sample Outbox Submitter ${n} (test data)`, email: `sample.outbox.${n}@example.org` },
          title: `Sample outbox proposal ${n}`,
          abstract: 'Sample abstract written for the outbox browser test, comfortably longer than the hundred characters required.',
          format: 'framing-talk',
          bio: 'Sample bio (test data).',
          consent: true,
        }),
      })
      assert.equal(created.status, 201, await created.clone().text())
      const doc = ((await created.json()) as { doc: { id: Id; reference: string } }).doc
      for (const status of ['in-review', 'waitlisted']) {
        const moved = await api(`/api/proposals/${doc.id}`, { method: 'PATCH', body: JSON.stringify({ status }) })
        assert.equal(moved.status, 200, await moved.clone().text())
      }
      references.push(doc.reference)
    }
    launched = await launchBrowser({ loginCookie: cookie })
  })

  after(async () => {
    await launched?.close()
    if (editionId !== undefined) await removeEdition(api, editionId, ['proposals'])
  })

  it('says once what a release did, above the list, whether the edition’s outbox empties or not', async () => {
    const outbox = new OutboxPage(await launched.context.newPage(), baseURL())
    await outbox.open()
    assert.equal(await outbox.rows(EDITION_TITLE).count(), 2)

    const partial = await outbox.releaseSelected(EDITION_TITLE, [references[0]!])
    assert.match(partial.question, /^Release 1 decision/)
    assert.equal(partial.outcome, 'Released 1; 0 skipped.')
    await outbox.rows(EDITION_TITLE).nth(1).waitFor({ state: 'detached', timeout: 60_000 })
    assert.equal(await outbox.rows(EDITION_TITLE).count(), 1, 'the other proposal is still to release')
    assert.equal(await outbox.outcomes().count(), 1, 'the outcome is shown once')

    const rest = await outbox.releaseAll(EDITION_TITLE)
    assert.match(rest.question, /^Release every decision of this edition/)
    await outbox.edition(EDITION_TITLE).waitFor({ state: 'detached', timeout: 60_000 })
    assert.equal(await outbox.outcomes().count(), 1, 'the outcome is shown once')
    assert.equal(await outbox.outcomes().innerText(), 'Released 1; 0 skipped.')
  })
})
