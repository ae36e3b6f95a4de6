/**
 * Issue 12 finding 5: a stranger cannot lock an editor out. Login attempts are throttled per address
 * (429) before the per-account lock (5 failures) is reached, and an unknown account hears the same
 * answer as a wrong password.
 */
import { handleEndpoints, type Payload } from 'payload'

import { factories, TEST_PASSWORD as PASSWORD } from '../helpers/factories'
import { startTestPayload, type TestPayload } from '../helpers/testPayload'

let ctx: TestPayload
let payload: Payload

beforeAll(async () => {
  ctx = await startTestPayload()
  payload = ctx.payload
  const make = factories(payload)
  await make.user('admin', { email: 'first-admin@example.org' })
  await make.user('editor', { email: 'sample-editor@example.org' })
})
afterAll(async () => {
  await ctx?.close()
})

// The production server sets X-Real-IP on every request (src/platform/server/trustedProxy).
const loginFrom = (address: string, email: string, password: string) =>
  handleEndpoints({
    config: payload.config,
    request: new Request('http://localhost:3000/api/users/login', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-real-ip': address },
      body: JSON.stringify({ email, password }),
    }),
  })

it('throttles one address before the account locks, and the editor can still log in', async () => {
  const statuses: number[] = []
  for (let i = 0; i < 8; i++) statuses.push((await loginFrom('203.0.113.90', 'sample-editor@example.org', 'wrong-password')).status)
  expect(statuses.slice(0, 4)).toEqual([401, 401, 401, 401])
  expect(statuses.slice(4)).toEqual([429, 429, 429, 429])
  const editor = await loginFrom('198.51.100.90', 'sample-editor@example.org', PASSWORD)
  expect(editor.status).toBe(200)
})

it('answers an unknown account exactly as a wrong password', async () => {
  const unknown = await loginFrom('203.0.113.91', 'nobody-here@example.org', 'wrong-password')
  const wrong = await loginFrom('203.0.113.92', 'first-admin@example.org', 'wrong-password')
  expect(unknown.status).toBe(wrong.status)
  expect(await unknown.json()).toEqual(await wrong.json())
})
