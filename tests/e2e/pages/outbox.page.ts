import type { Page } from 'playwright-core'

/** The admin's Decisions outbox (/admin/decisions-outbox, src/cfp/admin/DecisionsOutboxView.tsx). */
export class OutboxPage {
  constructor(
    readonly page: Page,
    readonly baseURL: string,
  ) {}

  async open() {
    await this.page.goto(`${this.baseURL}/admin/decisions-outbox`)
    await this.page.getByRole('heading', { name: 'Decisions outbox' }).waitFor({ timeout: 60_000 })
  }

  edition(title: string) {
    return this.page.getByRole('region', { name: `Outbox of ${title}` })
  }

  rows(title: string) {
    return this.edition(title).locator('[data-testid="outbox-row"]')
  }

  /** Presses "Release all of this edition", accepts the confirmation, waits for the outcome line. */
  async releaseAll(title: string) {
    this.page.once('dialog', (dialog) => void dialog.accept())
    await this.edition(title).getByRole('button', { name: 'Release all of this edition' }).click()
    return this.page
      .getByRole('status')
      .filter({ hasText: /^Released \d+/ })
      .first()
      .innerText({ timeout: 60_000 })
  }
}
