/** Set by tests/e2e/run.ts, which starts the server these tests talk to. */
export function baseURL(): string {
  const url = process.env.E2E_BASE_URL
  if (!url) throw new Error('E2E_BASE_URL is not set: run the browser tests with `npm run test:e2e`')
  return url
}
