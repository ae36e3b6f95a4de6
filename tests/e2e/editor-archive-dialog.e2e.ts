/**
 * Issue 18, item 6: archiving the current edition pre-selects the next upcoming edition as the new
 * current one, the confirmation looks destructive, and the Year hint names this edition's address.
 */
import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'

import type { Page } from 'playwright-core'

import { AdminEditorPage } from './pages/adminEditor.page'
import { loginCookie } from './support/admin'
import { launchBrowser, type LaunchedBrowser } from './support/browser'
import { baseURL } from './support/env'
import { createSampleEdition, deleteSampleEdition, type SampleEdition } from './support/sampleContent'

describe('the archive dialog', () => {
  let launched: LaunchedBrowser
  let page: Page
  let editor: AdminEditorPage
  let cookie: string
  let current: SampleEdition
  let next: SampleEdition
  let previousCurrent: unknown

  const settings = async (body?: Record<string, unknown>) => {
    const response = await fetch(`${baseURL()}/api/globals/site-settings?depth=0`, {
      method: body ? 'POST' : 'GET',
      headers: { 'content-type': 'application/json', cookie, origin: baseURL() },
      ...(body ? { body: JSON.stringify(body) } : {}),
    })
    const json = (await response.json()) as Record<string, unknown>
    return (body ? json.result : json) as { currentEdition?: unknown }
  }

  before(async () => {
    cookie = await loginCookie()
    current = await createSampleEdition(cookie, 2095, { en: { status: 'current' } })
    next = await createSampleEdition(cookie, 2096, { en: { status: 'upcoming' } })
    previousCurrent = (await settings()).currentEdition
    await settings({ currentEdition: current.id })
    launched = await launchBrowser({ viewport: { width: 1400, height: 900 } })
    page = await launched.context.newPage()
    editor = new AdminEditorPage(page, baseURL())
    await editor.login()
  })
  after(async () => {
    if (cookie) {
      await settings({ currentEdition: previousCurrent ?? null })
      await deleteSampleEdition(cookie, 2096)
      await deleteSampleEdition(cookie, 2095)
    }
    await launched?.close()
  })

  it("names this edition's own address under Year", async () => {
    await editor.open('editions', current.id, 'en')
    const hint = page.locator('.field-type:has(#field-year) .field-description').first()
    assert.match(await hint.innerText(), /\/editions\/2095/)
  })

  it('pre-selects the next upcoming edition and shows a destructive confirmation', async () => {
    await editor.open('editions', current.id, 'en')
    const button = page.getByRole('button', { name: 'Archive this edition' })
    const select = page.locator('#archive-next-current')
    for (let attempt = 1; ; attempt++) {
      await button.click()
      try {
        await select.waitFor({ timeout: 3_000 })
        break
      } catch (error) {
        if (attempt === 10) throw error
      }
    }
    await page.waitForFunction(
      (id) => (document.querySelector('#archive-next-current') as HTMLSelectElement | null)?.value === id,
      String(next.id),
      {
        timeout: 10_000,
      },
    )
    const color = await page.locator('#confirm-action').evaluate((element) => getComputedStyle(element).backgroundColor)
    const [red, green, blue] = (color.match(/\d+/g) ?? []).map(Number)
    assert.ok(red! > 150 && green! < 120 && blue! < 120, `the confirm button is not red: ${color}`)
    await page.getByRole('button', { name: 'Cancel' }).click()
  })
})
