import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'

import { AdminPage } from './pages/admin.page'
import { FIRST_ADMIN } from './support/admin'
import { launchBrowser, type LaunchedBrowser } from './support/browser'
import { baseURL } from './support/env'

describe('the admin', () => {
  let launched: LaunchedBrowser
  before(async () => {
    launched = await launchBrowser()
  })
  after(async () => {
    await launched?.close()
  })

  it('lets the first visitor create the first user, who becomes admin and sees every collection', async () => {
    const page = await launched.context.newPage()
    const admin = new AdminPage(page, baseURL())
    await admin.open()
    await admin.createFirstUser(FIRST_ADMIN.email, FIRST_ADMIN.password)
    const me = await page.evaluate(async () => {
      const response = await fetch('/api/users/me', { credentials: 'include' })
      return (await response.json()) as { user: { email: string; role: string } | null }
    })
    assert.equal(me.user?.email, FIRST_ADMIN.email)
    assert.equal(me.user?.role, 'admin')
    await admin.open()
    const links = await admin.navLinks().evaluateAll((anchors) => anchors.map((a) => a.getAttribute('href')))
    for (const slug of ['editions', 'themes', 'speakers', 'committee-members', 'sessions', 'perspectives', 'proposals', 'media', 'users']) {
      assert.ok(links.includes(`/admin/collections/${slug}`), `no admin link to ${slug}: ${links.join(', ')}`)
    }
    assert.ok(links.includes('/admin/globals/site-settings'))
    await page.close()
  })

  it('sends a logged-out visitor to the login page once a user exists', async () => {
    const visitor = await launchBrowser()
    try {
      const page = await visitor.context.newPage()
      await page.goto(`${baseURL()}/admin`)
      await page.waitForURL(/\/admin\/login/, { timeout: 30_000 })
      assert.ok(await page.locator('input[name="email"]').isVisible())
    } finally {
      await visitor.close()
    }
  })
})
