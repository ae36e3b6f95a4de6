import type { Page } from 'playwright-core'

/** The schedule board in the admin (/admin/programme-board). */
export class ScheduleBoard {
  constructor(
    readonly page: Page,
    readonly baseURL: string,
  ) {}

  async open() {
    await this.page.goto(`${this.baseURL}/admin/programme-board`)
    await this.page.getByRole('heading', { name: 'Schedule board' }).waitFor({ timeout: 30_000 })
  }

  async chooseEdition(year: number) {
    const select = this.page.getByLabel('Edition')
    const value = await select
      .locator('option', { hasText: String(year) })
      .first()
      .getAttribute('value')
    await select.selectOption(value!)
  }

  unplaced(title: string) {
    return this.page.getByRole('region', { name: /Not placed/ }).getByRole('button', { name: title, exact: true })
  }

  placed(title: string) {
    return this.page.locator('[data-board-grid] [data-board-session]', { hasText: title })
  }

  announcement() {
    return this.page.locator('[data-board-announce]')
  }

  saved() {
    return this.page.getByText('All changes saved')
  }
}
