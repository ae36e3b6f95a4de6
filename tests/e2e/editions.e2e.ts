import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'

import type { Page } from 'playwright-core'

import { EditionPages } from './pages/edition.page'
import { launchBrowser, type LaunchedBrowser } from './support/browser'
import { baseURL } from './support/env'

describe('editions and their pages', () => {
  let launched: LaunchedBrowser
  let page: Page
  let editions: EditionPages

  before(async () => {
    launched = await launchBrowser()
    page = await launched.context.newPage()
    editions = new EditionPages(page, baseURL())
  })
  after(async () => {
    await launched?.close()
  })

  it('lists every edition, newest first, with its state', async () => {
    assert.equal((await editions.goto('/editions'))?.status(), 200)
    const cards = await editions.editionCards().allInnerTexts()
    assert.equal(cards.length, 2)
    assert.match(cards[0]!, /2026 · CURRENT[\s\S]*Commons AI 2026[\s\S]*1–3 December 2026 · CNIT La Défense, Paris/i)
    assert.match(cards[1]!, /2025 · PAST EDITION[\s\S]*Commons AI 2025[\s\S]*Dates to be announced/i)
    await editions.goto('/fr/editions')
    assert.match((await editions.editionCards().allInnerTexts())[1]!, /2025 · ÉDITION PASSÉE/i)
  })

  it('marks 2025 as a past edition pointing to the current one', async () => {
    assert.equal((await editions.goto('/editions/2025'))?.status(), 200)
    assert.equal(await editions.heading(), 'Commons AI 2025')
    const banner = editions.pastBanner()
    assert.match(await banner.innerText(), /Past edition\. You are reading the archive of the 2025 edition/)
    assert.equal(await banner.locator('a').getAttribute('href'), '/')
    assert.match(await editions.mainText(), /around fifteen speakers/)
    // No call to action on a past edition.
    assert.doesNotMatch(await editions.mainText(), /Registration/)
    await editions.goto('/fr/editions/2025')
    assert.match(await editions.pastBanner().innerText(), /Édition passée/)
    assert.equal(await editions.pastBanner().locator('a').getAttribute('href'), '/fr')
  })

  it('serves the current edition at /editions/2026 with the home page as canonical', async () => {
    assert.equal((await editions.goto('/editions/2026'))?.status(), 200)
    assert.equal(await editions.heading(), 'Commons AI 2026')
    assert.equal(await editions.pastBanner().count(), 0)
    assert.equal(new URL((await editions.canonical()) ?? 'x:').pathname, '/')
    assert.match((await editions.hreflang('fr')) ?? '', /\/fr$/)
    const event = JSON.parse((await editions.jsonLd()) ?? '{}') as Record<string, unknown>
    assert.equal(event['@type'], 'Event')
    assert.equal(event.startDate, '2026-12-01')
    assert.equal(event.endDate, '2026-12-03')
    assert.equal((event.location as { name: string }).name, 'CNIT La Défense')
    assert.equal(event.eventAttendanceMode, 'https://schema.org/OfflineEventAttendanceMode')
  })

  it('has a page per theme, in both languages, and the language switch stays on it', async () => {
    assert.equal((await editions.goto('/editions/2026/themes/trust-in-ai'))?.status(), 200)
    assert.equal(await editions.heading(), 'Trust in AI')
    assert.match(await editions.mainText(), /evaluate AI models independently and openly/)
    assert.equal(await editions.languageSwitch().getAttribute('href'), '/fr/editions/2026/themes/trust-in-ai')
    await editions.goto('/fr/editions/2026/themes/trust-in-ai')
    assert.equal(await editions.heading(), 'La confiance dans l’IA')
    assert.equal(await editions.languageSwitch().getAttribute('href'), '/editions/2026/themes/trust-in-ai')
  })

  it('shows the scientific committee with its coordinator', async () => {
    assert.equal((await editions.goto('/editions/2026/committee'))?.status(), 200)
    const text = await editions.mainText()
    assert.match(text, /Célya Gruson-Daniel/)
    assert.match(text, /Coordinator/)
    await editions.goto('/fr/editions/2026/committee')
    assert.match(await editions.mainText(), /Coordination/)
  })

  it('answers 404 for unknown years, slugs, malformed years and locales', async () => {
    for (const path of [
      '/editions/1999',
      '/editions/abc',
      '/editions/2026/themes/not-a-theme',
      '/editions/2026/speakers/nobody',
      '/fr/editions/2031',
      '/de',
      '/no-such-page',
    ]) {
      const response = await fetch(`${baseURL()}${path}`)
      assert.equal(response.status, 404, `${path} answered ${response.status}`)
    }
    await editions.goto('/editions/1999')
    assert.equal(await editions.heading(), 'Page not found')
  })
})
