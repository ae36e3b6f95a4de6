import type { Page } from 'playwright-core'

/** An edition's admin page with its "Prepare the next edition" and "Archive this edition" actions, and the dashboard. */
export class RolloverPage {
  constructor(
    readonly page: Page,
    readonly baseURL: string,
  ) {}

  async openEdition(id: number | string) {
    await this.page.goto(`${this.baseURL}/admin/collections/editions/${id}`)
    await this.page.locator('#field-title').waitFor({ timeout: 30_000 })
  }

  /** The buttons are in the server-rendered HTML before React handles their clicks: click until the modal opens. */
  private async openModal(button: string, heading: string) {
    const trigger = this.page.getByRole('button', { name: button })
    await trigger.waitFor({ timeout: 30_000 })
    const modal = this.page.getByText(heading)
    for (let attempt = 1; ; attempt++) {
      await trigger.click()
      try {
        await modal.waitFor({ timeout: 3_000 })
        return
      } catch (error) {
        if (attempt === 10) throw error
      }
    }
  }

  /** Prepares the next edition copying only the given choices (checkbox names copy-<choice>); waits for the new edition's page. */
  async prepareNext(fromYear: number, copy: string[]) {
    await this.openModal('Prepare the next edition', `Prepare the ${fromYear + 1} edition from ${fromYear}?`)
    for (const box of await this.page.locator('input[name^="copy-"]').all()) {
      const name = (await box.getAttribute('name'))!.slice('copy-'.length)
      if ((await box.isChecked()) !== copy.includes(name)) await box.click()
    }
    const from = this.page.url()
    await this.page.getByRole('button', { name: `Prepare ${fromYear + 1}` }).click()
    await this.page.waitForURL((url) => url.href !== from && /\/admin\/collections\/editions\/[^/]+$/.test(url.pathname), {
      timeout: 60_000,
    })
    await this.page.locator('#field-title').waitFor({ timeout: 30_000 })
  }

  async saveDraft() {
    await this.page.click('#action-save-draft')
    await this.page.locator('.toast-success, [data-sonner-toast][data-type="success"]').first().waitFor({ timeout: 30_000 })
  }

  /** Archives the open edition, choosing the edition that becomes current by its year. */
  async archive(year: number, nextCurrentYear: number) {
    await this.openModal('Archive this edition', `Archive the ${year} edition?`)
    const select = this.page.locator('#archive-next-current')
    await select.waitFor()
    const option = select.locator('option', { hasText: String(nextCurrentYear) })
    await select.selectOption(await option.getAttribute('value'))
    await this.page.getByRole('button', { name: 'Archive and freeze', exact: true }).click()
    await this.page.locator('.toast-success, [data-sonner-toast][data-type="success"]').first().waitFor({ timeout: 30_000 })
  }

  /** The dashboard's lines for one edition, as shown. */
  async dashboardLines(year: number): Promise<string[]> {
    await this.page.goto(`${this.baseURL}/admin`)
    const section = this.page.locator(`[data-testid="attention"] [data-edition="${year}"]`)
    await section.waitFor({ timeout: 30_000 })
    return section.locator('li').allInnerTexts()
  }
}
