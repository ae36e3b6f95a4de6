import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'

import { AdminPage } from './pages/admin.page'
import { FIRST_ADMIN, hasUsers } from './support/admin'
import { launchBrowser, type LaunchedBrowser } from './support/browser'
import { baseURL } from './support/env'
import { startServer } from './support/server.mjs'

describe('the admin', () => {
  let launched: LaunchedBrowser
  // The first-user screen shows only on a database without users. When another file has already
  // created an account on the shared server, this file starts a server of its own on a fresh database.
  let own: Awaited<ReturnType<typeof startServer>> | undefined
  let base: string
  before(async () => {
    if (await hasUsers()) own = await startServer()
    base = own?.baseURL ?? baseURL()
    launched = await launchBrowser()
  })
  after(async () => {
    await launched?.close()
    await own?.stop()
  })

  it('lets the first visitor create the first user, who becomes admin and sees every collection', async () => {
    const page = await launched.context.newPage()
    const admin = new AdminPage(page, base)
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
      await page.goto(`${base}/admin`)
      await page.waitForURL(/\/admin\/login/, { timeout: 30_000 })
      assert.ok(await page.locator('input[name="email"]').isVisible())
    } finally {
      await visitor.close()
    }
  })
})
