/**
 * Issue 12 finding 6 (body limits): JSON and GraphQL bodies over 1 MB are refused with 413 before
 * they are read (a 10 MB post to /api/users/login used to be read whole). Uploads keep their own limit.
 */
import { limitJsonBody, MAX_JSON_BODY_BYTES } from '../../../src/platform/http/bodyLimit'

const seen: number[] = []
const inner = async (request: Request) => {
  seen.push((await request.text()).length)
  return new Response('ok')
}
const handler = limitJsonBody(inner)

const post = (body: BodyInit, headers: Record<string, string>) =>
  handler(new Request('http://localhost/api/users/login', { method: 'POST', headers, body, duplex: 'half' } as RequestInit))

it('answers 413 to a JSON body announced over 1 MB, without passing it on', async () => {
  const response = await post('x'.repeat(MAX_JSON_BODY_BYTES + 1), { 'content-type': 'application/json' })
  expect(response.status).toBe(413)
  expect(((await response.json()) as { errors: { message: string }[] }).errors[0]!.message).toMatch(/1 MB/)
  expect(seen).toEqual([])
})

it('answers 413 to a streamed JSON body that grows over 1 MB', async () => {
  const chunk = new TextEncoder().encode('y'.repeat(64 * 1024))
  const stream = new ReadableStream<Uint8Array>({
    start(controller) {
      for (let i = 0; i < 20; i++) controller.enqueue(chunk)
      controller.close()
    },
  })
  expect((await post(stream, { 'content-type': 'application/json' })).status).toBe(413)
  expect(seen).toEqual([])
})

it('passes small JSON bodies and uploads (multipart) through unchanged', async () => {
  expect((await post('{"email":"a@example.org"}', { 'content-type': 'application/json' })).status).toBe(200)
  expect((await post('z'.repeat(MAX_JSON_BODY_BYTES + 10), { 'content-type': 'multipart/form-data; boundary=x' })).status).toBe(200)
  expect(seen).toEqual([25, MAX_JSON_BODY_BYTES + 10])
})
