/**
 * Issue 18, item 6: archiving the current edition pre-selects the next upcoming edition as the new
 * current one, the confirmation looks destructive, and the Year hint names this edition's address.
 */
import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'

import { editorSession } from './support/editorSession'
import { baseURL } from './support/env'
import { createSampleEdition, deleteSampleEdition, type SampleEdition } from './support/sampleContent'

describe('the archive dialog', () => {
  const setup = editorSession({ browser: { viewport: { width: 1400, height: 900 } } })
  let current: SampleEdition
  let next: SampleEdition
  let previousCurrent: unknown

  const settings = async (body?: Record<string, unknown>) => {
    const response = await fetch(`${baseURL()}/api/globals/site-settings?depth=0`, {
      method: body ? 'POST' : 'GET',
      headers: { 'content-type': 'application/json', cookie: setup.cookie, origin: baseURL() },
      ...(body ? { body: JSON.stringify(body) } : {}),
    })
    const json = (await response.json()) as Record<string, unknown>
    return (body ? json.result : json) as { currentEdition?: unknown }
  }

  before(async () => {
    current = await createSampleEdition(setup.cookie, 2095, { en: { status: 'current' } })
    next = await createSampleEdition(setup.cookie, 2096, { en: { status: 'upcoming' } })
    previousCurrent = (await settings()).currentEdition
    await settings({ currentEdition: current.id })
  })
  after(async () => {
    if (setup.cookie) {
      await settings({ currentEdition: previousCurrent ?? null })
      await deleteSampleEdition(setup.cookie, 2096)
      await deleteSampleEdition(setup.cookie, 2095)
    }
  })

  it("names this edition's own address under Year", async () => {
    await setup.editor.open('editions', current.id, 'en')
    const hint = setup.page.locator('.field-type:has(#field-year) .field-description').first()
    assert.match(await hint.innerText(), /\/editions\/2095/)
  })

  it('pre-selects the next upcoming edition and shows a destructive confirmation', async () => {
    await setup.editor.open('editions', current.id, 'en')
    const button = setup.page.getByRole('button', { name: 'Archive this edition' })
    const select = setup.page.locator('#archive-next-current')
    for (let attempt = 1; ; attempt++) {
      await button.click()
      try {
        await select.waitFor({ timeout: 3_000 })
        break
      } catch (error) {
        if (attempt === 10) throw error
      }
    }
    await setup.page.waitForFunction(
      (id) => (document.querySelector('#archive-next-current') as HTMLSelectElement | null)?.value === id,
      String(next.id),
      {
        timeout: 10_000,
      },
    )
    const color = await setup.page.locator('#confirm-action').evaluate((element) => getComputedStyle(element).backgroundColor)
    const [red, green, blue] = (color.match(/\d+/g) ?? []).map(Number)
    assert.ok(red! > 150 && green! < 120 && blue! < 120, `the confirm button is not red: ${color}`)
    await setup.page.getByRole('button', { name: 'Cancel' }).click()
  })
})
