import { clientErrorResponse } from './errors'

/**
 * Malformed GraphQL is the client's mistake. graphql-http answers a request it could not run (a syntax
 * error, an unknown field: no `data` in the answer) with 200 for `application/json` clients, and a body
 * that is not JSON escaped Payload's handler as a 500 with a stack in the log. Both become 400 with
 * Payload's `{ errors: [{ message }] }`; answers that ran (with `data`) pass unchanged.
 */
export function graphqlClientErrors<A extends unknown[]>(handler: (request: Request, ...rest: A) => Promise<Response>) {
  return async (request: Request, ...rest: A): Promise<Response> => {
    let response: Response
    try {
      response = await handler(request, ...rest)
    } catch (error) {
      const answer = clientErrorResponse(error)
      if (answer) return answer
      throw error
    }
    if (response.status !== 200 || !(response.headers.get('content-type') ?? '').includes('json')) return response
    const text = await response.text()
    let notRun = false
    try {
      const body = JSON.parse(text) as Record<string, unknown>
      notRun = !('data' in body) && Array.isArray(body.errors)
    } catch {
      notRun = false
    }
    return new Response(text, {
      status: notRun ? 400 : 200,
      statusText: notRun ? 'Bad Request' : response.statusText,
      headers: response.headers,
    })
  }
}
