/**
 * Payload answers API requests with CORS headers chosen by the request's Origin: a cache in between
 * (nginx, a CDN, the browser) must not hand one origin's answer to another, so every API answer
 * says `Vary: Origin`.
 */
export function varyOnOrigin<A extends unknown[]>(handler: (...args: A) => Promise<Response>) {
  return async (...args: A): Promise<Response> => {
    const response = await handler(...args)
    const vary = response.headers.get('vary') ?? ''
    if (vary.split(',').some((item) => item.trim().toLowerCase() === 'origin' || item.trim() === '*')) return response
    const value = vary ? `${vary}, Origin` : 'Origin'
    try {
      response.headers.set('vary', value)
      return response
    } catch {
      // Immutable headers (a fetched response): copy it.
      const headers = new Headers(response.headers)
      headers.set('vary', value)
      return new Response(response.body, { status: response.status, statusText: response.statusText, headers })
    }
  }
}
