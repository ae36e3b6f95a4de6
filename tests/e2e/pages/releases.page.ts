import type { Page } from 'playwright-core'

type Locale = 'en' | 'fr'

/** The admin's "Publish programme version N" panel (above the list of programme releases). */
export class PublishReleasePanel {
  constructor(
    readonly page: Page,
    readonly baseURL: string,
  ) {}

  async open() {
    await this.page.goto(`${this.baseURL}/admin/collections/programme-releases`)
    await this.publishButton().waitFor({ timeout: 30_000 })
  }

  publishButton() {
    return this.page.getByRole('button', { name: /^Publish programme version \d+$/ })
  }

  async chooseEdition(year: number) {
    const select = this.page.getByLabel('Edition', { exact: true })
    const value = await select
      .locator('option', { hasText: String(year) })
      .first()
      .getAttribute('value')
    await select.selectOption(value!)
  }

  async writeNote(locale: Locale, text: string) {
    await this.page.getByLabel(locale === 'en' ? 'Public note (English, optional)' : 'Public note (French, optional)').fill(text)
  }

  status() {
    return this.page.getByRole('status')
  }
}

/** The public changelog, the agenda form and a personal agenda. */
export class PublicProgrammeTools {
  constructor(
    readonly page: Page,
    readonly baseURL: string,
  ) {}

  url(locale: Locale, path: string) {
    return `${this.baseURL}${locale === 'fr' ? `/fr${path}` : path}`
  }

  gotoChanges(year: number, locale: Locale = 'en') {
    return this.page.goto(this.url(locale, `/editions/${year}/programme/changes`))
  }

  releaseHeadings() {
    return this.page.locator('main ol > li > h2').allInnerTexts()
  }

  release(number: number) {
    return this.page.locator(`#version-${number}`)
  }

  gotoAgendaForm(year: number, locale: Locale = 'en') {
    return this.page.goto(this.url(locale, `/editions/${year}/programme/agenda`))
  }

  async tick(sessionTitle: string) {
    await this.page.getByRole('checkbox', { name: new RegExp(sessionTitle.replace(/[()]/g, '\\$&')) }).check()
  }

  async save() {
    await this.page.getByRole('button', { name: /Save my agenda|Enregistrer mon agenda/ }).click()
    await this.page.waitForURL(/\/programme\/agenda\/[A-Za-z0-9_-]{22}$/)
  }

  feedLink() {
    return this.page.locator('a[data-agenda-feed]')
  }
}
