import type { Page } from 'playwright-core'

/** The admin's proposal edit view and proposals list, with the review and decision actions (src/cfp/admin). */
export class ProposalAdminPage {
  constructor(
    readonly page: Page,
    readonly baseURL: string,
  ) {}

  async open(id: number | string) {
    await this.page.goto(`${this.baseURL}/admin/collections/proposals/${id}`)
    await this.acceptButton().waitFor({ timeout: 60_000 })
  }

  async openList(editionId: number | string) {
    await this.page.goto(`${this.baseURL}/admin/collections/proposals?where[edition][equals]=${editionId}`)
    await this.page.waitForLoadState('networkidle')
  }

  acceptButton() {
    return this.page.getByRole('button', { name: /^Accept: create speaker and draft session|^Check speaker and draft session/ })
  }

  sendEmailButton() {
    return this.page.getByRole('button', { name: 'Release and send this email' })
  }

  status() {
    return this.page.getByRole('status').first()
  }

  exportLink() {
    return this.page.getByRole('link', { name: /^Export (these|all) proposals and their reviews/ })
  }
}
