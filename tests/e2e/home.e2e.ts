import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'

import type { Page } from 'playwright-core'

import { HomePage } from './pages/home.page'
import { launchBrowser, type LaunchedBrowser } from './support/browser'
import { baseURL } from './support/env'
import { collectPageErrors } from './support/pageErrors'

const THEMES = [
  'Collateral effects of AI on the economic models of openness',
  'Building data commons',
  'Trust in AI',
  'The material dimension of AI and the commons',
  'Public & industrial AI policies and multi-scale governance',
  'AI and contributory dynamics',
]

describe('the 2026 edition home page', () => {
  let launched: LaunchedBrowser
  let page: Page
  let home: HomePage
  let consoleErrors: string[] = []

  before(async () => {
    launched = await launchBrowser()
    page = await launched.context.newPage()
    consoleErrors = collectPageErrors(page)
    home = new HomePage(page, baseURL())
  })
  after(async () => {
    await launched?.close()
  })

  it('shows the seeded facts in English', async () => {
    const response = await home.goto('en')
    assert.equal(response?.status(), 200)
    assert.equal(await home.htmlLang(), 'en')
    assert.equal(await home.title(), 'Commons AI 2026')
    const hero = (await page.locator('header').nth(1).textContent()) ?? ''
    assert.match(hero, /2nd edition/)
    assert.match(hero, /A co-built edition on AI as a commons/)
    assert.match(hero, /1–3 December 2026/)
    assert.match(hero, /CNIT La Défense, Paris/)
    assert.deepEqual(await home.themeTitles(), THEMES)
    assert.match(await home.section('format').innerText(), /Framing talks[\s\S]*Reflection with the audience[\s\S]*Inspiring initiatives/)
    const cfp = await home.section('cfp').innerText()
    assert.match(cfp, /closed on 15 September 2026/)
    assert.match(cfp, /hello@inno3\.fr/)
    const committee = await home.section('committee').innerText()
    assert.match(committee, /Célya Gruson-Daniel/)
    assert.match(committee, /Coordinator/)
    assert.match(await home.section('practical').innerText(), /Future of Software Technologies \(FOST\)/)
    assert.match(await home.section('practical').innerText(), /To be announced/)
  })

  it('shows the same edition in French at /fr, with French labels', async () => {
    const response = await home.goto('fr')
    assert.equal(response?.status(), 200)
    assert.equal(await home.htmlLang(), 'fr')
    assert.equal(await home.title(), 'Commons AI 2026')
    assert.match((await page.locator('header').nth(1).textContent()) ?? '', /1–3 décembre 2026/)
    assert.match(await home.section('cfp').innerText(), /s’est clos le 15 septembre 2026/)
    assert.equal(await home.languageSwitch().getAttribute('href'), '/')
  })

  it('renders at phone and desktop widths and saves screenshots', async () => {
    for (const width of [390, 1280]) {
      await page.setViewportSize({ width, height: 900 })
      await home.goto('en')
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)
      assert.ok(overflow <= 0, `the page scrolls sideways by ${overflow}px at ${width}px`)
      await page.screenshot({ path: `tests/e2e/artifacts/home-${width}.png`, fullPage: true })
    }
  })

  it('logged no console errors', () => {
    assert.deepEqual(consoleErrors, [])
  })
})
