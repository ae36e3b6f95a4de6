import type { Locator, Page } from 'playwright-core'

/** A collection's list view in Payload's admin: columns, cells, search, the filter menu. */
export class AdminListPage {
  constructor(
    readonly page: Page,
    readonly baseURL: string,
  ) {}

  async open(collection: string, query = '') {
    await this.page.goto(`${this.baseURL}/admin/collections/${collection}${query ? `?${query}` : ''}`)
    await this.page.locator('.collection-list').first().waitFor({ timeout: 60_000 })
    await this.page.waitForLoadState('networkidle')
  }

  async headings(): Promise<string[]> {
    return (await this.page.locator('.collection-list table thead th').allInnerTexts()).map((text) => text.trim())
  }

  rows(): Locator {
    return this.page.locator('.collection-list table tbody tr')
  }

  /** The row whose text contains `text`. */
  row(text: string): Locator {
    return this.rows().filter({ hasText: text }).first()
  }

  /** The text of the row's cell under the column headed `heading` (exact heading text). */
  async cell(row: Locator, heading: string): Promise<string> {
    const headings = await this.headings()
    const index = headings.indexOf(heading)
    if (index < 0) throw new Error(`no column "${heading}" in ${JSON.stringify(headings)}`)
    return (await row.locator('td').nth(index).innerText()).trim()
  }

  async search(text: string) {
    const input = this.page.locator('.search-filter__input, #search-filter-input').first()
    await input.fill(text)
    await this.page.waitForURL((url) => url.searchParams.get('search') === text, { timeout: 30_000 })
    await this.page.waitForLoadState('networkidle')
  }

  /** The field names the filter menu offers ("Filters", "Add filter", open the field picker). */
  async filterFieldOptions(): Promise<string[]> {
    await this.page
      .getByRole('button', { name: /^Filters?$/ })
      .first()
      .click()
    await this.page
      .getByRole('button', { name: /Add filter/i })
      .first()
      .click()
    const picker = this.page.locator('.condition__field .rs__control').first()
    await picker.click()
    await this.page.locator('.rs__option').first().waitFor({ timeout: 15_000 })
    return (await this.page.locator('.rs__option').allInnerTexts()).map((text) => text.trim())
  }
}
