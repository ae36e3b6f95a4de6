import type { Page } from 'playwright-core'

/** The edition home page (/ and /fr): selectors live here only. */
export class HomePage {
  constructor(
    readonly page: Page,
    readonly baseURL: string,
  ) {}

  async goto(locale: 'en' | 'fr' = 'en') {
    const response = await this.page.goto(`${this.baseURL}${locale === 'fr' ? '/fr' : '/'}`)
    return response
  }

  title() {
    return this.page.locator('h1').innerText()
  }

  htmlLang() {
    return this.page.locator('html').getAttribute('lang')
  }

  section(id: 'about' | 'format' | 'cfp' | 'themes' | 'practical' | 'committee' | 'perspectives') {
    return this.page.locator(`section[aria-labelledby="${id}"]`)
  }

  async themeTitles() {
    return this.section('themes').locator('li h3').allInnerTexts()
  }

  languageSwitch() {
    return this.page.locator('header a[hreflang]')
  }
}
