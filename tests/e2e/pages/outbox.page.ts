import type { Dialog, Locator, Page } from 'playwright-core'

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

  /** The release outcome lines on the page ("Released N…"). */
  outcomes() {
    return this.page.getByRole('status').filter({ hasText: /^Released \d+/ })
  }

  /** Presses "Release all of this edition" (see `confirmRelease`). */
  releaseAll(title: string): Promise<{ outcome: string; question: string }> {
    return this.confirmRelease(this.edition(title).getByRole('button', { name: 'Release all of this edition' }))
  }

  /** Ticks these proposals (by reference) in the edition's outbox and presses "Release selected" (see `confirmRelease`). */
  async releaseSelected(title: string, references: string[]): Promise<{ outcome: string; question: string }> {
    for (const reference of references) await this.edition(title).getByLabel(`Select ${reference}`).check()
    return this.confirmRelease(this.edition(title).getByRole('button', { name: 'Release selected' }))
  }

  /**
   * Presses a release button, says yes to its confirmation (accepted from a handler set before the
   * click: a dialog left pending holds the click), waits for the outcome line. Pressed again until the
   * hydrated page asks. Returns the outcome line and the question asked.
   */
  private async confirmRelease(button: Locator): Promise<{ outcome: string; question: string }> {
    let question = ''
    const accept = (dialog: Dialog) => {
      question = dialog.message()
      void dialog.accept()
    }
    this.page.on('dialog', accept)
    try {
      for (let attempt = 0; !question; attempt++) {
        if (attempt >= 10) throw new Error('the release button never asked for confirmation')
        await button.click({ timeout: 90_000 })
        for (let wait = 0; wait < 50 && !question; wait++) await this.page.waitForTimeout(100)
      }
    } finally {
      this.page.off('dialog', accept)
    }
    const outcome = await this.outcomes().first().innerText({ timeout: 120_000 })
    return { outcome, question }
  }
}
