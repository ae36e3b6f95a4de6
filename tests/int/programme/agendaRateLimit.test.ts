/**
 * The personal agenda form is rate limited per visitor address (counted in the database): past the
 * limit a post gets 429 with a page that says when to try again (in the visitor's language, JSON errors
 * on request), other addresses are not affected, and nothing is saved. Sample data.
 */
import type { Payload } from 'payload'

import type { Id } from '../helpers/factories'
import { mockNextCache } from '../helpers/nextCache'
import type { TestPayload } from '../helpers/testPayload'

mockNextCache()

const { startWithEdition } = await import('./setup')
const { handleAgendaPost } = await import('../../../src/programme/agenda/http')

describe('agenda form rate limit', () => {
  let ctx: TestPayload
  let payload: Payload
  let session: Id
  const limit = { limit: 3, windowMs: 60_000 }

  const post = (address: string, options: { locale?: string; accept?: string; fields?: Array<[string, string]> } = {}) =>
    handleAgendaPost(
      new Request('http://localhost/editions/2026/programme/agenda/save', {
        method: 'POST',
        body: new URLSearchParams(options.fields ?? [['session', String(session)]]),
        headers: { 'x-real-ip': address, accept: options.accept ?? 'text/html' },
      }),
      { payload: async () => payload, locale: options.locale ?? 'en', year: '2026', limit },
    )
  const agendas = async () => (await payload.count({ collection: 'agendas', overrideAccess: true })).totalDocs

  beforeAll(async () => {
    const started = await startWithEdition()
    ;({ ctx, payload } = started)
    session = (await started.make.session(started.edition, { title: 'Sample session', start: '2026-12-01T09:00:00.000Z' })).id
  })

  afterAll(async () => {
    await ctx?.close()
  })

  it('answers 429 with a page saying when to try again once an address used its posts, and saves nothing more', async () => {
    // Every post counts, an empty one too.
    expect((await post('203.0.113.7', { fields: [] })).status).toBe(303)
    expect((await post('203.0.113.7')).status).toBe(303)
    expect((await post('203.0.113.7')).status).toBe(303)
    const saved = await agendas()
    expect(saved).toBe(2)

    const refused = await post('203.0.113.7')
    expect(refused.status).toBe(429)
    expect(refused.headers.get('content-type')).toMatch(/^text\/html/)
    expect(refused.headers.get('cache-control')).toBe('no-store')
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0)
    expect(Number(refused.headers.get('retry-after'))).toBeLessThanOrEqual(60)
    const html = await refused.text()
    expect(html).toContain('<h1>Too many saves</h1>')
    expect(html).toContain('try again in 1 minute.')
    expect(html).toContain('href="/editions/2026/programme/agenda"')
    expect(html).not.toContain('<script')
    expect(await agendas()).toBe(saved)
  })

  it('says it in French on the French form, and as JSON errors when asked', async () => {
    const fr = await post('203.0.113.7', { locale: 'fr' })
    expect(fr.status).toBe(429)
    const html = await fr.text()
    expect(html).toContain('<html lang="fr">')
    expect(html).toContain('Trop d’enregistrements')
    expect(html).toContain('href="/fr/editions/2026/programme/agenda"')

    const json = await post('203.0.113.7', { accept: 'application/json' })
    expect(json.status).toBe(429)
    expect(await json.json()).toEqual({ errors: [{ message: expect.stringMatching(/saved too many times/) }] })
  })

  it('does not hold back other addresses', async () => {
    const other = await post('198.51.100.20')
    expect(other.status).toBe(303)
    expect(other.headers.get('location')).toMatch(/^\/editions\/2026\/programme\/agenda\/[A-Za-z0-9_-]{22}$/)
  })
})
