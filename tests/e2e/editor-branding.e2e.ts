/**
 * Issue 18, item 8: the login and the admin carry the conference's name and mark, not Payload's; the
 * side menu is open on a 1,400 px screen; no image comes from an outside service (Gravatar).
 */
import assert from 'node:assert/strict'
import { before, describe, it } from 'node:test'

import { editorSession } from './support/editorSession'
import { baseURL } from './support/env'

describe('the admin carries the conference brand', () => {
  const setup = editorSession({ browser: { viewport: { width: 1400, height: 900 } }, login: false })
  const outside: string[] = []

  before(() => {
    setup.page.on('request', (request) => {
      if (!request.url().startsWith(baseURL()) && !request.url().startsWith('data:')) outside.push(request.url())
    })
  })

  it('shows "Commons AI" and its mark on the login page, and no Payload logo', async () => {
    await setup.page.goto(`${baseURL()}/admin/login`)
    await setup.page.locator('input[name="email"]').waitFor()
    const brand = setup.page.locator('.login__brand')
    assert.match(await brand.innerText(), /Commons AI/)
    assert.equal(await brand.locator('svg[class*="graphic-logo"], .graphic-logo').count(), 0, "Payload's logo is still shown")
    assert.match(await setup.page.title(), /Commons AI/)
  })

  it('opens the side menu on a 1,400 px screen and loads nothing from outside the site', async () => {
    await setup.editor.login()
    await setup.page.waitForLoadState('networkidle')
    await setup.page.waitForFunction(
      () => document.querySelector('.template-default')?.classList.contains('template-default--nav-open') === true,
      null,
      {
        timeout: 10_000,
      },
    )
    assert.ok(await setup.page.locator('nav a[href="/admin/collections/editions"]').first().isVisible())
    await setup.page.goto(`${baseURL()}/admin/account`)
    await setup.page.waitForLoadState('networkidle')
    assert.deepEqual(outside, [], `requests outside the site: ${outside.join(', ')}`)
  })
})
