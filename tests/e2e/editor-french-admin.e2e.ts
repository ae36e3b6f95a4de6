/**
 * The admin in French (issue 18's editors work in both languages): an editor who chooses French in their account
 * settings gets Payload's admin in French and our own labels (collections, fields, options) in French.
 */
import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'

import type { Page } from 'playwright-core'

import { AdminEditorPage } from './pages/adminEditor.page'
import { AdminListPage } from './pages/adminList.page'
import { loginCookie } from './support/admin'
import { launchBrowser, type LaunchedBrowser } from './support/browser'
import { baseURL } from './support/env'

describe('the admin in French', () => {
  let launched: LaunchedBrowser
  let page: Page

  before(async () => {
    await loginCookie() // makes sure the first admin exists when this file runs alone
    launched = await launchBrowser({ viewport: { width: 1400, height: 900 } })
    page = await launched.context.newPage()
    await new AdminEditorPage(page, baseURL()).login()
  })
  after(async () => {
    await launched?.close()
  })

  it('switches to French in the account settings and shows French labels', async () => {
    const editor = new AdminEditorPage(page, baseURL())
    await editor.chooseAdminLanguage('Français')
    await page.goto(`${baseURL()}/admin`)
    // The dashboard's cards and groups, and the side menu (which may be closed on this screen).
    const dashboard = page.locator('body')
    // Shown text only (innerText leaves out a closed menu).
    await page.waitForFunction(() => document.body.innerText.includes('Éditions'), undefined, { timeout: 60_000 })
    for (const label of ['Thèmes', 'Intervenants', 'Propositions', 'Comité scientifique', 'Appel à propositions', 'Conférence']) {
      assert.ok((await dashboard.getByText(label, { exact: true }).count()) > 0, `no "${label}" on the dashboard`)
    }
    assert.equal(await dashboard.getByText('Conference', { exact: true }).count(), 0, 'a group is still in English')
    // Payload's own words are French too.
    await page.getByText('Tableau de bord').first().waitFor({ timeout: 30_000 })

    // The editions list (the seeded editions fill it): our column labels and options in French.
    const list = new AdminListPage(page, baseURL())
    await list.open('editions')
    const headings = await list.headings()
    for (const heading of ['Année', 'Titre', 'Statut']) assert.ok(headings.includes(heading), JSON.stringify(headings))
    assert.equal(await list.cell(list.row('2025'), 'Statut'), 'Archivée (figée)')

    // Back to English for the other files that share this login.
    await editor.chooseAdminLanguage('English')
  })
})
