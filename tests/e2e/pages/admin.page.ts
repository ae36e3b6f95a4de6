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

/** A document's edit view in the admin: fields, draft saving, the Preview link. */
export class AdminDocumentPage {
  constructor(
    readonly page: Page,
    readonly baseURL: string,
  ) {}

  async open(collection: string, id: number | string) {
    await this.page.goto(`${this.baseURL}/admin/collections/${collection}/${id}`)
    await this.page.locator('#field-title').waitFor()
  }

  async fill(field: string, value: string) {
    await this.page.fill(`#field-${field}`, value)
  }

  async saveDraft() {
    await this.page.click('#action-save-draft')
    await this.page.locator('.toast-success, [data-sonner-toast][data-type="success"]').first().waitFor({ timeout: 30_000 })
  }

  /** Publish changes: the admin sends the whole form with `_status: "published"`. */
  async publish() {
    await this.page.click('#action-save')
    await this.page.locator('.toast-success, [data-sonner-toast][data-type="success"]').first().waitFor({ timeout: 30_000 })
  }

  /** Clicks Preview (it opens a new tab) and returns that tab once its page has loaded. */
  async openPreview(): Promise<Page> {
    const [preview] = await Promise.all([this.page.context().waitForEvent('page'), this.page.click('#preview-button')])
    await preview.waitForLoadState('load')
    return preview
  }

  sidebarFieldText(field: string) {
    return this.page.locator(`#field-${field}`).inputValue()
  }
}
