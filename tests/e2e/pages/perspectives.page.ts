import type { Page } from 'playwright-core'

type Locale = 'en' | 'fr'

/** The perspectives list (/perspectives, its theme filter pages) and a perspective's page: selectors live here only. */
export class PerspectivesPage {
  constructor(
    readonly page: Page,
    readonly baseURL: string,
  ) {}

  url(locale: Locale, path: string) {
    return `${this.baseURL}${locale === 'fr' ? `/fr${path}` : path}`
  }

  gotoList(locale: Locale = 'en', themeSlug?: string) {
    return this.page.goto(this.url(locale, themeSlug ? `/perspectives/themes/${themeSlug}` : '/perspectives'))
  }

  gotoPerspective(slug: string, locale: Locale = 'en') {
    return this.page.goto(this.url(locale, `/perspectives/${slug}`))
  }

  heading() {
    return this.page.locator('main h1').innerText()
  }

  htmlLang() {
    return this.page.locator('html').getAttribute('lang')
  }

  // The list

  cards() {
    return this.page.locator('main article')
  }

  cardTitles() {
    return this.cards().locator('h2').allInnerTexts()
  }

  cardTitleLink(title: string) {
    return this.cards().locator('h2 a', { hasText: title })
  }

  filter() {
    return this.page.locator('main nav[aria-labelledby="theme-filter"]')
  }

  filterLink(name: string | RegExp) {
    return this.filter().getByRole('link', { name })
  }

  async activeFilter() {
    const active = this.filter().locator('a[aria-current="page"]')
    return (await active.count()) === 1 ? active.innerText() : null
  }

  // A perspective's page

  facts() {
    return this.page.locator('main dl').innerText()
  }

  peopleSection() {
    return this.page.locator('main section[aria-labelledby="people"]')
  }

  async peopleHeading() {
    return this.peopleSection().locator('h2').innerText()
  }

  async people() {
    return this.peopleSection().locator('li').allInnerTexts()
  }

  themeLinks() {
    return this.page.locator('main section[aria-labelledby="themes"] a')
  }

  languageSwitch() {
    return this.page.locator('header a[hreflang]').first()
  }

  ogImageUrl() {
    return this.page.locator('meta[property="og:image"]').getAttribute('content')
  }
}
