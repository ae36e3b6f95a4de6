import type { Page } from 'playwright-core'

/** The call-for-proposals form (/editions/[year]/propose) and its confirmation page: selectors live here only. */
export type ProposalInput = {
  name: string
  email: string
  affiliation?: string
  title: string
  abstract: string
  /** The visible label of the format radio button. */
  format: string
  /** Visible labels of theme checkboxes. */
  themes?: string[]
  bio: string
  links?: string
  consent: boolean
}

export class ProposePage {
  constructor(
    readonly page: Page,
    readonly baseURL: string,
  ) {}

  goto(year: number, locale: 'en' | 'fr' = 'en') {
    return this.page.goto(`${this.baseURL}${locale === 'fr' ? '/fr' : ''}/editions/${year}/propose`)
  }

  heading() {
    return this.page.locator('h1').first().innerText()
  }

  form() {
    return this.page.locator('main form')
  }

  closedNotice() {
    return this.page.locator('section[aria-labelledby="cfp-closed"]')
  }

  mainText() {
    return this.page.locator('main').innerText()
  }

  errorSummary() {
    return this.page.locator('#errors')
  }

  async errorSummaryLinks() {
    return this.errorSummary()
      .locator('a')
      .evaluateAll((links) => links.map((link) => ({ href: link.getAttribute('href'), text: (link.textContent ?? '').trim() })))
  }

  field(name: string) {
    return this.page.locator(`#field-${name}`)
  }

  /** The error shown next to a field, and whether the field points to it with aria-describedby. */
  async fieldError(name: string) {
    const error = this.page.locator(`#error-${name}`)
    if ((await error.count()) === 0) return null
    const describedBy = (await this.field(name).getAttribute('aria-describedby')) ?? ''
    return { text: (await error.innerText()).replace(/^⚠\s*/, ''), linked: describedBy.split(' ').includes(`error-${name}`) }
  }

  async fill(input: ProposalInput) {
    await this.field('name').fill(input.name)
    await this.field('email').fill(input.email)
    if (input.affiliation !== undefined) await this.field('affiliation').fill(input.affiliation)
    await this.field('title').fill(input.title)
    await this.field('abstract').fill(input.abstract)
    await this.page.getByLabel(input.format, { exact: false }).first().check()
    for (const theme of input.themes ?? []) await this.page.getByLabel(theme, { exact: true }).check()
    await this.field('bio').fill(input.bio)
    if (input.links !== undefined) await this.field('links').fill(input.links)
    if (input.consent) await this.field('consent').check()
  }

  submit() {
    return this.page.locator('main form button[type="submit"]').click()
  }

  reference() {
    return this.page.locator('[data-testid="proposal-reference"]').innerText()
  }
}
