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
    // The admin's scripts load and hydrate slowly on a loaded machine: the buttons act only after.
    await this.page.waitForLoadState('networkidle', { timeout: 90_000 })
  }

  edition(title: string) {
    return this.page.getByRole('region', { name: `Outbox of ${title}` })
  }

  rows(title: string) {
    return this.edition(title).locator('[data-testid="outbox-row"]')
  }

  /**
   * Presses "Release all of this edition", says yes to its confirmation, waits for the outcome line.
   * The confirmation is answered inside the page (window.confirm, recorded): under load a native dialog
   * left Playwright's click waiting. Pressed again until the hydrated page asks.
   */
  async releaseAll(title: string) {
    await this.page.evaluate(() => {
      const page = window as unknown as { confirm: (question?: string) => boolean; releaseQuestions: string[] }
      page.releaseQuestions = []
      page.confirm = (question?: string) => {
        page.releaseQuestions.push(String(question))
        return true
      }
    })
    const button = this.edition(title).getByRole('button', { name: 'Release all of this edition' })
    const asked = () => this.page.evaluate(() => (window as unknown as { releaseQuestions: string[] }).releaseQuestions)
    for (let attempt = 0; (await asked()).length === 0; attempt++) {
      if (attempt >= 10) throw new Error('the release button never asked for confirmation')
      await button.click({ timeout: 90_000 })
      await this.page.waitForTimeout(1_000)
    }
    if (!/^Release every decision/.test((await asked())[0]!)) throw new Error(`unexpected confirmation: ${(await asked())[0]}`)
    return this.page.getByRole('region', { name: `Outbox of ${title}` })
  }

  rows(title: string) {
    return this.edition(title).locator('[data-testid="outbox-row"]')
  }

  /**
   * Presses "Release all of this edition", accepts the confirmation, waits for the outcome line. The
   * button only acts once the page is hydrated: pressed again until its confirmation dialog shows.
   */
  async releaseAll(title: string) {
    const button = this.edition(title).getByRole('button', { name: 'Release all of this edition' })
    let asked = false
    const accept = (dialog: Dialog) => {
      asked = true
      void dialog.accept()
    }
    this.page.on('dialog', accept)
    try {
      for (let attempt = 0; !asked; attempt++) {
        if (attempt >= 10) throw new Error('the release button never asked for confirmation')
        await button.click({ timeout: 90_000 })
        for (let wait = 0; wait < 50 && !asked; wait++) await this.page.waitForTimeout(100)
      }
    } finally {
      this.page.off('dialog', accept)
    }
    return this.page.getByRole('region', { name: `Outbox of ${title}` })
  }

  rows(title: string) {
    return this.edition(title).locator('[data-testid="outbox-row"]')
  }

  /**
   * Presses "Release all of this edition", accepts the confirmation, waits for the outcome line. The
   * button only acts once the page is hydrated: pressed again until its confirmation dialog shows.
   */
  async releaseAll(title: string) {
    const button = this.edition(title).getByRole('button', { name: 'Release all of this edition' })
    for (let attempt = 0; ; attempt++) {
      const dialog = this.page.waitForEvent('dialog', { timeout: 5_000 }).catch(() => null)
      await button.click({ timeout: 90_000 })
      const shown = await dialog
      if (shown) {
        await shown.accept()
        break
      }
      if (attempt >= 10) throw new Error('the release button never asked for confirmation')
    }
    return this.page
      .getByRole('status')
      .filter({ hasText: /^Released \d+/ })
      .first()
      .innerText({ timeout: 120_000 })
  }
}
