import type { Page } from 'playwright-core'

/** The speaker space's My profile (/speaker/profile, /fr/speaker/profile): selectors live here only. */
export class SpeakerProfilePage {
  constructor(
    readonly page: Page,
    readonly baseURL: string,
  ) {}

  goto(locale: 'en' | 'fr' = 'en') {
    return this.page.goto(`${this.baseURL}${locale === 'fr' ? '/fr' : ''}/speaker/profile`)
  }

  /** Follows the space's navigation link (Mon profil / My profile). */
  async openFromSpace(name: RegExp) {
    await Promise.all([this.page.waitForURL(/\/speaker\/profile$/), this.page.getByRole('link', { name }).click()])
  }

  private form() {
    return this.page.locator('form[id^="profile-"]').first()
  }

  field(name: string) {
    return this.form().locator(`[name="${name}"]`).first()
  }

  async setPhoto(file: { name: string; mimeType: string; buffer: Buffer }) {
    await this.form().locator('input[name="photo"]').setInputFiles(file)
  }

  /** Submits and waits for the page the server sends back (saved, or the errors). */
  async save(expect: RegExp) {
    await Promise.all([this.page.waitForURL(expect), this.form().locator('button[type="submit"]').click()])
  }

  /** The error printed under a field (ids are `error-<field>-<speaker id>`). */
  errorOf(name: string) {
    return this.form().locator(`[id^="error-${name}-"]`).innerText()
  }

  status() {
    return this.page.locator('main [role="status"]').innerText()
  }

  scriptCount() {
    return this.page.locator('script:not([type="application/ld+json"])').count()
  }
}
