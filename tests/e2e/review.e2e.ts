import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'

import { ProposalAdminPage } from './pages/proposal.page'
import { loginCookie } from './support/admin'
import { addLoginCookie, launchBrowser, type LaunchedBrowser } from './support/browser'
import { baseURL } from './support/env'
import { editionOf } from './support/records'

/**
 * An editor decides in the admin: the Accept button accepts a proposal and creates its speaker and
 * draft session; the decision email is sent with its button; the list links to the CSV export.
 * The proposal is sample data created through the API (the seeds hold no proposal).
 */
describe('reviewing and deciding in the admin', () => {
  let launched: LaunchedBrowser
  let headers: Record<string, string>
  let proposal: { id: number | string; edition: number | string; title: string }

  before(async () => {
    launched = await launchBrowser()
    const cookie = await loginCookie()
    headers = { cookie, origin: baseURL(), 'content-type': 'application/json' }
    const edition = await editionOf(2026, headers)
    const created = await fetch(`${baseURL()}/api/proposals`, {
      method: 'POST',
      headers,
      body: JSON.stringify({
        edition: edition.id,
        submitter: { name: 'Sample Submitter (test data)', email: 'sample.submitter@example.org', affiliation: 'Sample Lab' },
        title: `Sample proposal for the admin test ${Date.now()}`,
        abstract:
          'Sample abstract written for a browser test: data commons need governance that scales from one community to public infrastructure.',
        format: 'framing-talk',
        bio: 'Sample bio (test data).',
        consent: true,
      }),
    })
    assert.equal(created.status, 201, await created.clone().text())
    const doc = ((await created.json()) as { doc: { id: number | string; title: string } }).doc
    proposal = { id: doc.id, edition: edition.id, title: doc.title }
    const moved = await fetch(`${baseURL()}/api/proposals/${doc.id}`, {
      method: 'PATCH',
      headers,
      body: JSON.stringify({ status: 'in-review' }),
    })
    assert.equal(moved.status, 200, await moved.clone().text())
    await addLoginCookie(launched.context, cookie)
  })

  after(async () => {
    if (proposal) {
      const sessions = await fetch(`${baseURL()}/api/sessions?where[proposal][equals]=${proposal.id}&draft=true&depth=0`, { headers })
      for (const session of ((await sessions.json()) as { docs: Array<{ id: number | string }> }).docs) {
        await fetch(`${baseURL()}/api/sessions/${session.id}`, { method: 'DELETE', headers })
      }
      const stored = await (await fetch(`${baseURL()}/api/proposals/${proposal.id}?depth=0`, { headers })).json()
      await fetch(`${baseURL()}/api/proposals/${proposal.id}`, { method: 'DELETE', headers })
      if (stored.speaker) await fetch(`${baseURL()}/api/speakers/${stored.speaker}`, { method: 'DELETE', headers })
    }
    await launched?.close()
  })

  it('accepts with one button, then releases the decision and its email', async () => {
    const page = await launched.context.newPage()
    const admin = new ProposalAdminPage(page, baseURL())
    await admin.open(proposal.id)
    await admin.acceptButton().click()
    await page.getByText(/Accepted\. Speaker created, draft session created/).waitFor({ timeout: 30_000 })

    const sessions = await fetch(`${baseURL()}/api/sessions?where[proposal][equals]=${proposal.id}&draft=true&depth=0`, { headers })
    const docs = ((await sessions.json()) as { docs: Array<{ _status: string; title: string }> }).docs
    assert.equal(docs.length, 1)
    assert.equal(docs[0]!._status, 'draft')

    // The page reloads with the prepared email and its Send button.
    await admin.sendEmailButton().waitFor({ timeout: 60_000 })
    page.once('dialog', (dialog) => void dialog.accept())
    await admin.sendEmailButton().click()
    await page.getByText(/Released and sent to sample\.submitter@example\.org/).waitFor({ timeout: 30_000 })
    const stored = await (await fetch(`${baseURL()}/api/proposals/${proposal.id}?depth=0`, { headers })).json()
    assert.equal(stored.status, 'accepted')
    // No mail server in tests: the email is captured, and the proposal says so.
    assert.equal(stored.decisionEmail.status, 'captured')
    assert.equal(stored.releasedDecision, 'accept')
    await page.close()
  })

  it('links the edition-filtered list to the CSV export', async () => {
    const page = await launched.context.newPage()
    const admin = new ProposalAdminPage(page, baseURL())
    await admin.openList(proposal.edition)
    const href = await admin.exportLink().getAttribute('href', { timeout: 60_000 })
    assert.ok(href)
    const csv = await fetch(new URL(href, baseURL()), { headers })
    assert.equal(csv.status, 200)
    assert.match(await csv.text(), new RegExp(proposal.title))
    await page.close()
  })
})
