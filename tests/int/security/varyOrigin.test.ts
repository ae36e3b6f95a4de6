/**
 * Issue 12 finding 6 (Vary): API answers carry CORS headers that depend on the request's Origin, so
 * a shared cache must key them by it: every API response says `Vary: Origin`, keeping other Vary values.
 */
import { varyOnOrigin } from '../../../src/platform/http/vary'

it('adds Origin to Vary on API responses, once, and keeps what was there', async () => {
  const plain = varyOnOrigin(async (_request: Request) =>
    Response.json({ ok: true }, { headers: { 'access-control-allow-origin': 'https://commons-ai.example' } }),
  )
  expect((await plain(new Request('http://localhost/api/editions'))).headers.get('vary')).toBe('Origin')
  const withVary = varyOnOrigin(async (_request: Request) => new Response('x', { headers: { vary: 'Accept-Encoding' } }))
  expect((await withVary(new Request('http://localhost/api/editions'))).headers.get('vary')).toBe('Accept-Encoding, Origin')
  const already = varyOnOrigin(async (_request: Request) => new Response('x', { headers: { vary: 'origin' } }))
  expect((await already(new Request('http://localhost/api/editions'))).headers.get('vary')).toBe('origin')
})
