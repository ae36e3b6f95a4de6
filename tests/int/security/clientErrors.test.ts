/**
 * Issue 12 finding 4, the rest: a missing media file, a `near` filter on a field that is no point and
 * malformed GraphQL are the client's mistakes: 400 or 404, and at most one line in the log, never an
 * error with its stack.
 */
import { jest } from '@jest/globals'
import type { Payload } from 'payload'

import { rest } from '../helpers/http'
import { startTestPayload, type TestPayload } from '../helpers/testPayload'

let ctx: TestPayload
let payload: Payload
let graphqlPost: (request: Request) => Promise<Response>
let logged: string[] = []

beforeAll(async () => {
  ctx = await startTestPayload()
  payload = ctx.payload
  // The app's own GraphQL route, as Next calls it.
  graphqlPost = (await import('../../../src/app/(payload)/api/graphql/route')).POST
  // Everything Payload logs at error level, as it would reach the server's log (errors with their stacks).
  const text = (value: unknown): string => {
    if (value instanceof Error) return `${value.message}\n${value.stack ?? ''}`
    if (value && typeof value === 'object') return Object.values(value).map(text).join(' ')
    return String(value)
  }
  for (const level of ['error', 'fatal'] as const) {
    jest.spyOn(payload.logger, level).mockImplementation(((...args: unknown[]) => {
      logged.push(args.map(text).join(' '))
    }) as never)
  }
})

beforeEach(() => {
  logged = []
})

afterAll(async () => {
  jest.restoreAllMocks()
  await ctx?.close()
})

const graphql = (body: string) =>
  graphqlPost(new Request('http://localhost:3000/api/graphql', { method: 'POST', headers: { 'content-type': 'application/json' }, body }))

async function expectClientError(response: Response, statuses: number[]) {
  expect(statuses).toContain(response.status)
  expect(logged.join('\n')).not.toMatch(/\n\s+at /)
  expect(logged.length).toBeLessThanOrEqual(1)
}

it('GET /api/media/file/nothing.png answers 404 without a stack in the log', async () => {
  await expectClientError(await rest(payload, 'GET', '/media/file/nothing.png'), [404])
})

it.each(['editions', 'themes', 'perspectives', 'sessions', 'speakers', 'media'])(
  'where[title][near]=… on %s answers 400 without a stack',
  async (collection) => {
    const field = collection === 'speakers' ? 'name' : collection === 'media' ? 'alt' : 'title'
    await expectClientError(await rest(payload, 'GET', `/${collection}?where[${field}][near]=1,2`), [400])
  },
)

it.each([
  ['an unfinished document', JSON.stringify({ query: '{' })],
  ['a query that is not a string', JSON.stringify({ query: 42 })],
  ['an unknown field', JSON.stringify({ query: '{ Editions { docs { nosuchfield } } }' })],
  ['a body that is not JSON', '{"query": '],
])('GraphQL: %s answers 400 without a stack', async (_name, body) => {
  const response = await graphql(body)
  await expectClientError(response, [400])
  const answer = (await response.json()) as { errors?: { message: string }[] }
  expect(answer.errors?.[0]?.message).toBeTruthy()
})
