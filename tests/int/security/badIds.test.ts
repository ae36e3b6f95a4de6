/**
 * Issue 12 finding 4: a malformed id is a client error (400 or 404), never a 500 with a stack in the
 * log, and ids are parsed strictly (`2abc` is not edition 2).
 */
import type { Payload } from 'payload'

import { rest } from '../helpers/http'
import { startTestPayload, type TestPayload } from '../helpers/testPayload'

let ctx: TestPayload
let payload: Payload
let editionId: number | string

beforeAll(async () => {
  ctx = await startTestPayload()
  payload = ctx.payload
  const edition = await payload.create({
    collection: 'editions',
    data: { year: 2044, title: 'Sample edition 2044', status: 'current', _status: 'published' } as never,
    overrideAccess: true,
    context: { disableRevalidate: true },
  })
  editionId = edition.id
})

afterAll(async () => {
  await ctx?.close()
})

it.each(['notanid', '%20', '1e0', '1.0', '-1', '0x1', ' 1'])('GET /api/editions/%s answers 400 or 404, not 500', async (id) => {
  const response = await rest(payload, 'GET', `/editions/${id}`)
  expect([400, 404]).toContain(response.status)
  const body = (await response.json()) as { errors?: { message: string }[] }
  expect(body.errors?.[0]?.message).toBeTruthy()
})

it('an id with trailing letters is not that document', async () => {
  expect((await rest(payload, 'GET', `/editions/${editionId}abc`)).status).toBe(404)
})

it('a well-formed id still reads its document, and a missing one is 404', async () => {
  expect((await rest(payload, 'GET', `/editions/${editionId}`)).status).toBe(200)
  expect(
    (await rest(payload, 'GET', `/editions/${payload.db.defaultIDType === 'number' ? 987654 : 'aaaaaaaaaaaaaaaaaaaaaaaa'}`)).status,
  ).toBe(404)
})

it('PATCH and DELETE with a malformed id answer 400 or 404', async () => {
  const patched = await rest(payload, 'PATCH', `/editions/${editionId}abc`, { body: { title: 'x' } })
  expect([400, 401, 403, 404]).toContain(patched.status)
  expect(patched.status).not.toBe(200)
  const deleted = await rest(payload, 'DELETE', `/editions/notanid`)
  expect([400, 401, 403, 404]).toContain(deleted.status)
})
