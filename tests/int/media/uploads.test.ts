/**
 * Upload rules of the media collection, through the Local API (what the admin and REST end up
 * calling) and through the REST endpoint for the size limit enforced while the request is read.
 * Real files are made by sharp in the test: png, jpeg, webp and avif are accepted; SVG, text
 * disguised as an image, a file whose bytes are another image type than its name says, and an
 * oversized file are refused with a clear message and the right status.
 */
import { APIError, handleEndpoints, type Payload, ValidationError } from 'payload'
import sharp from 'sharp'

import { MAX_UPLOAD_BYTES } from '../../../src/media/rules'
import { factories, type Factories } from '../helpers/factories'
import { startTestPayload, type TestPayload } from '../helpers/testPayload'

let ctx: TestPayload
let payload: Payload
let make: Factories
const created: Array<number | string> = []
const PREFIX = `upload-test-${process.pid}-${Date.now()}`

beforeAll(async () => {
  ctx = await startTestPayload()
  payload = ctx.payload
  make = factories(payload)
})
afterAll(async () => {
  for (const id of created) await payload.delete({ collection: 'media', id, overrideAccess: true }).catch(() => undefined)
  await ctx?.close()
})

async function image(format: 'png' | 'jpeg' | 'webp' | 'avif', width = 8): Promise<Buffer> {
  return sharp({ create: { width, height: width, channels: 3, background: { r: 200, g: 40, b: 90 } } })
    .toFormat(format)
    .toBuffer()
}

function upload(data: Buffer, name: string, mimetype: string) {
  return make.media({ data, mimetype, name: `${PREFIX}-${name}` }, { alt: 'Sample image for the upload test' })
}

/** The error a refused upload throws: its class, status and message. */
async function refusal(promise: Promise<unknown>): Promise<{ status: number; message: string; error: unknown }> {
  const error = await promise.then(
    (doc) => {
      created.push((doc as { id: number | string }).id)
      throw new Error('expected the upload to be refused, but it was saved')
    },
    (e: unknown) => e,
  )
  const status = (error as { status?: number }).status ?? 0
  const message = error instanceof ValidationError ? error.data.errors.map((e) => e.message).join(' ') : (error as Error).message
  return { status, message, error }
}

describe('accepted images', () => {
  it.each([
    ['png', 'image/png'],
    ['jpeg', 'image/jpeg'],
    ['webp', 'image/webp'],
    ['avif', 'image/avif'],
  ] as const)('%s is saved, with its generated sizes', async (format, mimetype) => {
    const doc = await upload(await image(format, 500), `ok.${format === 'jpeg' ? 'jpg' : format}`, mimetype)
    created.push(doc.id)
    expect(doc.mimeType).toBe(mimetype)
    expect(doc.width).toBe(500)
    expect(doc.sizes?.thumbnail?.filename).toEqual(expect.any(String))
  })
})

describe('refused files', () => {
  it('SVG is refused (it can carry scripts), with a message saying so', async () => {
    const svg = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" width="8" height="8"><script>alert(1)</script></svg>')
    const { status, message } = await refusal(upload(svg, 'logo.svg', 'image/svg+xml'))
    expect(status).toBe(400)
    expect(message).toMatch(/SVG/)
  })

  it('SVG renamed .png is refused too', async () => {
    const svg = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" width="8" height="8"><rect width="8" height="8"/></svg>')
    const { status, message } = await refusal(upload(svg, 'logo.png', 'image/png'))
    expect(status).toBe(400)
    expect(message).toMatch(/not a JPEG, PNG, WebP or AVIF image|SVG/)
  })

  it('a text file named .png is refused: its content is not an image', async () => {
    const text = Buffer.from('This is plain text pretending to be a picture.\n'.repeat(20))
    const { status, message } = await refusal(upload(text, 'fake.png', 'image/png'))
    expect(status).toBe(400)
    expect(message).toMatch(/not a JPEG, PNG, WebP or AVIF image/)
  })

  it('a JPEG named .png is refused: the content does not match the extension', async () => {
    const { status, message } = await refusal(upload(await image('jpeg'), 'mismatch.png', 'image/png'))
    expect(status).toBe(400)
    expect(message).toMatch(/is a JPEG image but its name ends in \.png/)
  })

  it('a PDF is refused (no collection needs documents)', async () => {
    const pdf = Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n')
    const { status, message } = await refusal(upload(pdf, 'paper.pdf', 'application/pdf'))
    expect(status).toBe(400)
    expect(message).toMatch(/JPEG, PNG, WebP or AVIF/)
  })

  it(`a file over the limit (${MAX_UPLOAD_BYTES} bytes) is refused with 413 through the Local API`, async () => {
    const png = await image('png')
    const big = Buffer.concat([png, Buffer.alloc(MAX_UPLOAD_BYTES + 1 - png.length)])
    const { status, message, error } = await refusal(upload(big, 'huge.png', 'image/png'))
    expect(error).toBeInstanceOf(APIError)
    expect(status).toBe(413)
    expect(message).toMatch(/larger than the 10 MB limit/)
  })

  it('a file over the limit is refused with 413 by the REST endpoint, and nothing is saved', async () => {
    const token = await make.token(await make.user('admin'))
    const before = (await payload.count({ collection: 'media' })).totalDocs
    const form = new FormData()
    form.append('_payload', JSON.stringify({ alt: 'Too big' }))
    const png = await image('png')
    form.append('file', new Blob([new Uint8Array(Buffer.concat([png, Buffer.alloc(MAX_UPLOAD_BYTES + 1024)]))], { type: 'image/png' }), `${PREFIX}-huge.png`)
    const response = await handleEndpoints({
      config: payload.config,
      request: new Request('http://localhost:3000/api/media', {
        method: 'POST',
        body: form,
        headers: { Authorization: `JWT ${token}` },
      }),
    })
    expect(response.status).toBe(413)
    expect(JSON.stringify(await response.json())).toMatch(/larger than the 10 MB limit/)
    expect((await payload.count({ collection: 'media' })).totalDocs).toBe(before)

    // The same REST endpoint answers a disguised file with 400 and the reason, for the admin to show.
    const disguised = new FormData()
    disguised.append('_payload', JSON.stringify({ alt: 'Disguised' }))
    disguised.append('file', new Blob([new Uint8Array(await image('jpeg'))], { type: 'image/png' }), `${PREFIX}-disguised.png`)
    const refused = await handleEndpoints({
      config: payload.config,
      request: new Request('http://localhost:3000/api/media', { method: 'POST', body: disguised, headers: { Authorization: `JWT ${token}` } }),
    })
    expect(refused.status).toBe(400)
    expect(JSON.stringify(await refused.json())).toMatch(/is a JPEG image but its name ends in \.png/)
    expect((await payload.count({ collection: 'media' })).totalDocs).toBe(before)
  })
})
