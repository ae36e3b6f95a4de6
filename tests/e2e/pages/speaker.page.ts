import type { Page } from 'playwright-core'

/** The speaker space (/speaker, /fr/speaker): selectors live here only. */
export class SpeakerSpacePage {
  constructor(
    readonly page: Page,
    readonly baseURL: string,
  ) {}

  goto(locale: 'en' | 'fr' = 'en', path = '') {
    return this.page.goto(`${this.baseURL}${locale === 'fr' ? '/fr' : ''}/speaker${path}`)
  }

  async askForLink(email: string) {
    await this.page.locator('#speaker-email').fill(email)
    await Promise.all([this.page.waitForURL(/\/speaker\/check-email$/), this.page.locator('main form button[type="submit"]').click()])
  }

  /** Opens the emailed link and presses its one button. */
  async signInWith(link: string) {
    await this.page.goto(link)
    await Promise.all([this.page.waitForURL(/\/speaker$/), this.page.locator('form button[type="submit"]').click()])
  }

  heading() {
    return this.page.locator('h1').first().innerText()
  }

  mainText() {
    return this.page.locator('main').innerText()
  }

  proposals() {
    return this.page.locator('[data-testid="my-proposals"] li')
  }

  status() {
    return this.page.locator('[data-testid="speaker-status"]').first().innerText()
  }

  async openProposal(title: string) {
    await Promise.all([this.page.waitForURL(/\/speaker\/proposals\/[^/]+$/), this.page.getByRole('link', { name: title }).click()])
  }

  field(name: string) {
    return this.page.locator(`#field-${name}`)
  }

  async save() {
    await Promise.all([this.page.waitForURL(/saved=1/), this.page.locator('form[action$="/edit"] button[type="submit"]').click()])
  }

  async withdraw() {
    await this.page.locator('form[action$="/withdraw"] input[name="confirm"]').check()
    await Promise.all([this.page.waitForURL(/withdrawn=1/), this.page.locator('form[action$="/withdraw"] button[type="submit"]').click()])
  }

  async invite(name: string, email: string, role: string) {
    await this.page.locator('#co-name').fill(name)
    await this.page.locator('#co-email').fill(email)
    await this.page.locator('#co-role').selectOption(role)
    await Promise.all([this.page.waitForURL(/invited=1/), this.page.locator('form[action$="/invite"] button[type="submit"]').click()])
  }

  /** Opens an invitation link and presses Accept. */
  async acceptInvitation(link: string) {
    await this.page.goto(link)
    await Promise.all([
      this.page.waitForURL(/\/speaker\/proposals\/[^/]+$/),
      this.page.getByRole('button', { name: /^(Accept|Accepter)$/ }).click(),
    ])
  }

  /** Presses "I confirm my participation" or "I cannot take part" (their French twins too). */
  async answerParticipation(answer: 'confirmed' | 'declined') {
    await Promise.all([
      this.page.waitForURL(new RegExp(`answered=${answer}`)),
      this.page.locator(`form[action$="/confirm"] button[value="${answer}"]`).click(),
    ])
  }

  participationResponse() {
    return this.page.locator('[data-testid="participation-response"]').innerText()
  }

  people() {
    return this.page.locator('[data-testid="people"]').innerText()
  }

  scriptCount() {
    return this.page.locator('script:not([type="application/ld+json"])').count()
  }
}
