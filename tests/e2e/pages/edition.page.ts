import type { Page } from 'playwright-core'

/** Edition pages (/editions, /editions/[year] and the pages inside an edition). */
export class EditionPages {
  constructor(
    readonly page: Page,
    readonly baseURL: string,
  ) {}

  goto(path: string) {
    return this.page.goto(`${this.baseURL}${path}`)
  }

  heading() {
    return this.page.locator('h1').first().innerText()
  }

  pastBanner() {
    return this.page.locator('aside[aria-label="Past edition"], aside[aria-label="Édition passée"]')
  }

  canonical() {
    return this.page.locator('link[rel="canonical"]').getAttribute('href')
  }

  hreflang(lang: 'en' | 'fr') {
    return this.page.locator(`link[rel="alternate"][hreflang="${lang}"]`).getAttribute('href')
  }

  jsonLd() {
    return this.page.locator('script[type="application/ld+json"]').first().textContent()
  }

  editionCards() {
    return this.page.locator('main li')
  }

  mainText() {
    return this.page.locator('main').innerText()
  }

  languageSwitch() {
    return this.page.locator('header a[hreflang]')
  }
}
