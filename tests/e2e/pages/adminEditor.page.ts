import type { Locator, Page, Request } from 'playwright-core'

import { AdminPage } from './admin.page'
import { FIRST_ADMIN } from '../support/admin'

/**
 * What an editor does in a document's edit view beyond typing: switch the content language, save,
 * publish, read the errors and warnings. Selectors of Payload's admin live here only.
 */
export class AdminEditorPage {
  /** Payload's form-state round trips (server actions) still running, and when the last one started. */
  private formRequests = 0
  private lastFormRequestAt = 0

  constructor(
    readonly page: Page,
    readonly baseURL: string,
  ) {
    const isFormRequest = (request: Request) => request.method() === 'POST' && request.headers()['next-action'] !== undefined
    page.on('request', (request) => {
      if (!isFormRequest(request)) return
      this.formRequests++
      this.lastFormRequestAt = Date.now()
    })
    const done = (request: Request) => {
      if (isFormRequest(request)) this.formRequests = Math.max(0, this.formRequests - 1)
    }
    page.on('requestfinished', done)
    page.on('requestfailed', done)
  }

  /**
   * Waits, as a person would before clicking, until the form is quiet: Payload sends the form state to
   * the server 250 ms after each change, and an answer arriving after a refused save replaces the save's
   * field errors with its own (computed before the save, without them).
   */
  async settle(timeoutMs = 15_000) {
    const deadline = Date.now() + timeoutMs
    const quietMs = 400
    for (;;) {
      await this.page.waitForTimeout(100)
      if (this.formRequests === 0 && Date.now() - this.lastFormRequestAt >= quietMs) return
      if (Date.now() > deadline) throw new Error(`the admin form was still busy after ${timeoutMs} ms`)
    }
  }

  async login(credentials = FIRST_ADMIN) {
    const admin = new AdminPage(this.page, this.baseURL)
    await admin.open('/login')
    await admin.login(credentials.email, credentials.password)
    await this.page.waitForURL((url) => !url.pathname.startsWith('/admin/login'), { timeout: 60_000 })
  }

  async open(collection: string, id: number | string | 'create', locale?: 'en' | 'fr') {
    const query = locale ? `?locale=${locale}` : ''
    await this.page.goto(`${this.baseURL}/admin/collections/${collection}/${id}${query}`)
    await this.page.locator('#field-title, #field-name').first().waitFor({ timeout: 60_000 })
    // Payload's form is server-rendered before React takes it over: wait until a keystroke sticks.
    await this.page.waitForLoadState('networkidle')
  }

  field(name: string): Locator {
    return this.page.locator(`#field-${name.replace(/\./g, '__')}`)
  }

  async type(name: string, value: string) {
    const field = this.field(name)
    await field.fill(value)
    await field.press('Tab')
  }

  /** Opens the content-language menu and picks a language; retries while React is not yet listening. */
  async chooseLocale(code: 'en' | 'fr') {
    // The menu is portalled to the end of the page; its items carry the locale code.
    const option = this.page.locator(`.popup-button-list__button:has(.localizer__locale-code[data-locale="${code}"])`)
    for (let attempt = 1; ; attempt++) {
      await this.page.locator('.localizer .popup-button').first().click()
      try {
        await option.waitFor({ state: 'visible', timeout: 3_000 })
        break
      } catch (error) {
        if (attempt === 5) throw error
      }
    }
    await option.click()
  }

  /** The admin's own language (Account › settings), stored by Payload for this browser. */
  async chooseAdminLanguage(label: 'English' | 'Français') {
    await this.page.goto(`${this.baseURL}/admin/account`)
    const control = this.page.locator('.payload-settings__language .rs__control')
    await control.waitFor({ timeout: 60_000 })
    await this.page.waitForLoadState('networkidle')
    await control.click()
    const option = this.page.locator('.rs__option', { hasText: label })
    await option.waitFor({ timeout: 15_000 })
    await option.click()
    // Payload stores the choice in the payload-lng cookie through a server call: wait until it is set.
    const code = label === 'Français' ? 'fr' : 'en'
    for (let waited = 0; waited < 30_000; waited += 250) {
      const cookies = await this.page.context().cookies()
      if (cookies.some((cookie) => cookie.name === 'payload-lng' && cookie.value === code)) return
      await this.page.waitForTimeout(250)
    }
    throw new Error(`the admin language did not switch to ${label}`)
  }

  currentLocaleParam(): string | null {
    return new URL(this.page.url()).searchParams.get('locale')
  }

  dialog(name: RegExp | string): Locator {
    return this.page.getByRole('dialog', { name })
  }

  async clickSaveDraft() {
    await this.settle()
    await this.page.locator('#action-save-draft').click()
  }

  async clickPublish() {
    await this.settle()
    await this.page.locator('#action-save').click()
  }

  successToast(): Locator {
    return this.page.locator('.toast-success, [data-sonner-toast][data-type="success"]').first()
  }

  async openTab(label: string) {
    await this.tab(label).click()
  }

  tab(label: string): Locator {
    return this.page.locator('.tabs-field__tab-button', { hasText: label }).first()
  }

  /** Payload marks a tab holding invalid fields (an error pill or a modifier class). */
  async tabHasError(label: string): Promise<boolean> {
    const tab = this.tab(label)
    const className = (await tab.getAttribute('class')) ?? ''
    return /error/.test(className) || (await tab.locator('[class*="error"]').count()) > 0
  }

  /** Types a date into a date field's text input as an editor would, then leaves the field. */
  async typeDate(name: string, text: string) {
    const input = this.dateInput(name)
    await input.waitFor({ timeout: 30_000 })
    await input.click()
    await input.fill(text)
    await input.press('Enter')
    await input.press('Tab')
  }

  /** The date field's text input (Payload loads the date picker lazily: wait for it before reading). */
  dateInput(name: string): Locator {
    const id = name.replace(/\./g, '__')
    return this.page.locator(`#field-${id} .react-datepicker__input-container input`).first()
  }

  async dateText(name: string): Promise<string> {
    const input = this.dateInput(name)
    await input.waitFor({ timeout: 30_000 })
    return input.inputValue()
  }

  /** The list of what was refused, above the form. */
  errorSummary(): Locator {
    return this.page.getByRole('alert').filter({ has: this.page.getByRole('heading', { name: /not saved/i }) })
  }

  /** The error Payload shows under (or beside) one field. */
  fieldError(name: string): Locator {
    const id = name.replace(/\./g, '__')
    return this.page.locator(`.field-type:has(#field-${id}) .field-error, .field-type#field-${id} .field-error`).first()
  }
}
