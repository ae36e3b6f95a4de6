export type ReleaseCounts = { released: number; failed: number; skipped: number }

/** What a release did, in one line, shown above the outbox's list once it is read again (see OutboxReleaseForm). */
export function releaseOutcomeText({ released, failed, skipped }: ReleaseCounts): string {
  return `Released ${released}${failed ? `, ${failed} email(s) failed: release them again` : ''}; ${skipped} skipped.`
}

/** The counts a release put in the outbox's address (whole numbers only), or null. */
export function releaseCountsFrom(searchParams: Record<string, string | string[] | undefined> | undefined): ReleaseCounts | null {
  const read = (key: string) => {
    const value = searchParams?.[key]
    return typeof value === 'string' && /^\d{1,6}$/.test(value) ? Number(value) : null
  }
  const [released, failed, skipped] = [read('released'), read('failed'), read('skipped')]
  return released === null || failed === null || skipped === null ? null : { released, failed, skipped }
}
