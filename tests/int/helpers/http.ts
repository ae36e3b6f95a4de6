import { graphql, type GraphQLSchema } from 'graphql'
import { configToSchema } from '@payloadcms/graphql'
import { createLocalReq, createPayloadRequest, handleEndpoints, type Endpoint, type Payload } from 'payload'

/**
 * The REST and GraphQL APIs as a browser or script reaches them, without a running server: a fetch
 * Request goes through Payload's own REST router (the same `handleEndpoints` the Next.js route calls)
 * or its GraphQL schema, authenticated by a JWT from `login` (or not at all, for the public).
 */
export async function login(payload: Payload, email: string, password: string): Promise<string> {
  const result = await payload.login({ collection: 'users', data: { email, password } })
  if (!result.token) throw new Error(`no token for ${email}`)
  return result.token
}

function headersFor(token: string | undefined, json: boolean): Headers {
  const headers = new Headers()
  if (token) headers.set('Authorization', `JWT ${token}`)
  if (json) headers.set('Content-Type', 'application/json')
  return headers
}

export async function rest(
  payload: Payload,
  method: 'GET' | 'POST' | 'PATCH' | 'DELETE',
  path: string,
  options: { token?: string; body?: unknown } = {},
): Promise<Response> {
  const request = new Request(`http://localhost:3000/api${path}`, {
    method,
    headers: headersFor(options.token, options.body !== undefined),
    body: options.body === undefined ? undefined : JSON.stringify(options.body),
  })
  return handleEndpoints({ config: payload.config, request })
}

/**
 * POSTs to one of our custom endpoints (`path` among `endpoints`, its `:id` being `id`) by calling its
 * handler as Payload's REST route does, as `user` (or the public). A string body is sent as it is,
 * anything else as JSON; none, an empty body.
 */
export async function postToEndpoint(
  payload: Payload,
  endpoint: { endpoints: Endpoint[]; path: string; id: number | string },
  user: Record<string, unknown> | undefined,
  body?: unknown,
): Promise<{ status: number; body: Record<string, unknown> }> {
  const { handler } = endpoint.endpoints.find((candidate) => candidate.path === endpoint.path)!
  const text = body === undefined ? '' : typeof body === 'string' ? body : JSON.stringify(body)
  const req = await createLocalReq(
    {
      user: user as never,
      req: {
        method: 'POST',
        routeParams: { id: String(endpoint.id) },
        headers: new Headers({ 'Content-Type': 'application/json' }),
        body: (text ? text : null) as never,
        text: async () => text,
      } as never,
    },
    payload,
  )
  const response = await handler(req)
  return { status: response.status, body: (await response.json()) as Record<string, unknown> }
}

/** The message of the first error in an `{ errors: [{ message }] }` answer. */
export const firstErrorMessage = (body: Record<string, unknown>) => (body.errors as Array<{ message: string }>)[0]!.message

let schema: GraphQLSchema | undefined

export async function gql(
  payload: Payload,
  query: string,
  options: { token?: string; variables?: Record<string, unknown> } = {},
): Promise<{ data?: Record<string, unknown> | null; errors?: ReadonlyArray<{ message: string }> }> {
  schema ??= configToSchema(payload.config).schema
  const request = new Request('http://localhost:3000/api/graphql', { method: 'POST', headers: headersFor(options.token, true) })
  const req = await createPayloadRequest({ config: payload.config, request })
  const result = await graphql({ schema, source: query, contextValue: { req, headers: {} }, variableValues: options.variables })
  return { data: result.data as Record<string, unknown> | null | undefined, errors: result.errors }
}
