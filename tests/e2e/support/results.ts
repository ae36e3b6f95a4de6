/** The pure parts of the browser-test runner (tests/e2e/run.ts), tested in tests/int/platform/tooling.test.ts. */

/** The e2e files whose names contain one of `words` (all of them without words), sorted. */
export function selectFiles(names: readonly string[], words: readonly string[]): string[] {
  return names
    .filter((name) => name.endsWith('.e2e.ts'))
    .filter((name) => words.length === 0 || words.some((word) => name.includes(word)))
    .sort((a, b) => a.localeCompare(b))
}

/**
 * Tests passed and failed, from the TAP summary of node's test runner (a cancelled test, e.g. one
 * stopped with its suite, counts as failed), or null when the output has no summary.
 */
export function countResults(tap: string): { passed: number; failed: number } | null {
  const value = (key: string): number | null => {
    const match = tap.match(new RegExp(`^# ${key} (\\d+)$`, 'm'))
    return match ? Number(match[1]) : null
  }
  const passed = value('pass')
  const failed = value('fail')
  if (passed === null || failed === null) return null
  return { passed, failed: failed + (value('cancelled') ?? 0) }
}
