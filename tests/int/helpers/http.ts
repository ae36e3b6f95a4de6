import { graphql, type GraphQLSchema } from 'graphql'
import { configToSchema } from '@payloadcms/graphql'
import { createPayloadRequest, handleEndpoints, type Payload } from 'payload'

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
