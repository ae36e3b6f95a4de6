import type { Page } from 'playwright-core'

/** Payload's admin: create-first-user, login and dashboard. */
export class AdminPage {
  constructor(
    readonly page: Page,
    readonly baseURL: string,
  ) {}

  async open(path = '') {
    await this.page.goto(`${this.baseURL}/admin${path}`)
    await this.page.waitForLoadState('networkidle')
  }

  async createFirstUser(email: string, password: string) {
    await this.page.waitForURL(/\/admin\/create-first-user/)
    await this.page.fill('input[name="email"]', email)
    await this.page.fill('input[name="password"]', password)
    await this.page.fill('input[name="confirm-password"]', password)
    await this.page.click('button[type="submit"]')
    await this.page.waitForURL((url) => url.pathname === '/admin' || url.pathname === '/admin/', { timeout: 60_000 })
  }

  async login(email: string, password: string) {
    await this.page.waitForURL(/\/admin\/login/)
    await this.page.fill('input[name="email"]', email)
    await this.page.fill('input[name="password"]', password)
    await this.page.click('button[type="submit"]')
  }

  navLinks() {
    return this.page.locator('nav a[href^="/admin/collections/"], nav a[href^="/admin/globals/"]')
  }
}
