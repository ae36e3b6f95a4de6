/**
 * The speaker space's sign-in by emailed link (src/speakers/space), through its route handlers, on a
 * throwaway database. Sample data only (example.org addresses, a sample edition).
 */
import type { Payload } from 'payload'

import { capturedEmails } from '../../../src/platform/email'
import { handleLinkGet, handleLinkPost, handleSignInPost, handleSignOut, SESSION_COOKIE } from '../../../src/speakers/space/http'
import { LINK_TTL_MS, SIGN_IN_LIMITS, speakerFromSession } from '../../../src/speakers/space/signIn'
import { startTestPayload, type TestPayload } from '../helpers/testPayload'

let ctx: TestPayload
let payload: Payload
let ipSequence = 0
const freshIp = () => `203.0.113.${++ipSequence}`

const KNOWN = 'sample.speaker@example.org'
let editionId: number | string
let speakerSequence = 0

/** A person with a proposal (a known address), fresh for each test so its per-email limit is its own. */
async function knownSpeaker(email = `sample.speaker${++speakerSequence}@example.org`): Promise<string> {
  await payload.create({
    collection: 'proposals',
    data: {
      edition: editionId,
      submitter: { name: 'Sample Speaker', email },
      title: 'A sample proposal',
      abstract: 'Sample abstract long enough for the collection: it needs one hundred characters at least, so here are some more.',
      format: 'framing-talk',
      bio: 'A sample bio.',
      consent: true,
    } as never,
    overrideAccess: true,
    context: { disableRevalidate: true },
  })
  return email
}

beforeAll(async () => {
  ctx = await startTestPayload()
  payload = ctx.payload
  const edition = await payload.create({
    collection: 'editions',
    data: { year: 2041, title: 'Sample edition 2041', status: 'upcoming', _status: 'published' } as never,
    overrideAccess: true,
    context: { disableRevalidate: true },
  })
  editionId = edition.id
  await knownSpeaker(KNOWN)
})

afterAll(async () => {
  await ctx?.close()
})

type Options = { ip?: string; accept?: string; origin?: string; now?: Date; cookie?: string }

function form(path: string, values: Record<string, string>, options: Options = {}): Request {
  return new Request(`http://localhost:3000${path}`, {
    method: 'POST',
    headers: {
      'content-type': 'application/x-www-form-urlencoded',
      accept: options.accept ?? 'text/html',
      'x-real-ip': options.ip ?? freshIp(),
      host: 'localhost:3000',
      ...(options.origin ? { origin: options.origin } : {}),
      ...(options.cookie ? { cookie: options.cookie } : {}),
    },
    body: new URLSearchParams(values),
  })
}

const ask = (email: string, options: Options = {}) =>
  handleSignInPost(form('/speaker/sign-in', { email }, options), { payload, locale: 'en', minAnswerMs: 0, now: options.now })

async function emailsTo(address: string, count: number): Promise<string[]> {
  // The interim sender does not hold up the answer: wait for the capture.
  for (let i = 0; i < 100; i++) {
    const texts = capturedEmails()
      .filter((email) => email.to === address)
      .map((email) => email.text)
    if (texts.length >= count) return texts
    await new Promise((resolve) => setTimeout(resolve, 20))
  }
  return capturedEmails()
    .filter((email) => email.to === address)
    .map((email) => email.text)
}

function linkToken(text: string): string {
  const match = /\/speaker\/link\?token=([A-Za-z0-9_-]+)/.exec(text)
  if (!match) throw new Error(`no link in: ${text}`)
  return match[1]!
}

async function newLink(now?: Date): Promise<string> {
  const email = await knownSpeaker()
  const answer = await ask(email, { now })
  expect(answer.status).toBe(303)
  const texts = await emailsTo(email, 1)
  expect(texts.length).toBe(1)
  return linkToken(texts.at(-1)!)
}

const redeem = (token: string, options: Options = {}) =>
  handleLinkPost(form('/speaker/link', { token }, options), { payload, locale: 'en', now: options.now })

const open = (token: string, now?: Date) =>
  handleLinkGet(
    new Request(`http://localhost:3000/speaker/link?token=${encodeURIComponent(token)}`, { headers: { accept: 'text/html' } }),
    {
      payload,
      locale: 'en',
      now,
    },
  )

const countTokens = async (kind: string) =>
  (await payload.count({ collection: 'speaker-tokens', where: { kind: { equals: kind } }, overrideAccess: true })).totalDocs

function cookieValue(response: Response): string {
  const header = response.headers.get('set-cookie') ?? ''
  return new RegExp(`${SESSION_COOKIE}=([^;]*)`).exec(header)?.[1] ?? ''
}

describe('asking for a link', () => {
  test('a known and an unknown address get the same answer; only the known one gets an email', async () => {
    const known = await ask(KNOWN)
    const unknown = await ask('nobody.here@example.org')
    expect(known.status).toBe(303)
    expect(unknown.status).toBe(303)
    expect(unknown.headers.get('location')).toBe(known.headers.get('location'))
    expect(await unknown.text()).toBe(await known.text())
    expect(await emailsTo('nobody.here@example.org', 1)).toHaveLength(0)
    const mails = await emailsTo(KNOWN, 1)
    expect(mails.at(-1)).toContain('/speaker/link?token=')

    const jsonKnown = await ask(KNOWN, { accept: 'application/json' })
    const jsonUnknown = await ask('nobody.else@example.org', { accept: 'application/json' })
    expect([jsonKnown.status, jsonUnknown.status]).toEqual([202, 202])
    expect(await jsonUnknown.json()).toEqual(await jsonKnown.json())
  })

  test('the address is matched whatever its case and spaces; the link is in the French email for /fr', async () => {
    const before = (await emailsTo(KNOWN, 0)).length
    const answer = await handleSignInPost(form('/fr/speaker/sign-in', { email: '  Sample.Speaker@EXAMPLE.org ' }), {
      payload,
      locale: 'fr',
      minAnswerMs: 0,
    })
    expect(answer.headers.get('location')).toBe('/fr/speaker/check-email')
    const texts = await emailsTo(KNOWN, before + 1)
    expect(texts.at(-1)).toContain('/fr/speaker/link?token=')
    expect(texts.at(-1)).toContain('30 minutes')
  })

  test('a malformed address is sent back to the form (HTML) or answered 422 with the field', async () => {
    const html = await ask('not an address')
    expect(html.status).toBe(303)
    expect(html.headers.get('location')).toBe('/speaker?error=invalid')
    const json = await ask('not an address', { accept: 'application/json' })
    expect(json.status).toBe(422)
    expect(await json.json()).toEqual({ errors: [{ message: expect.any(String), field: 'email' }] })
  })

  test('only the hash of a link is stored', async () => {
    const token = await newLink()
    const { docs } = await payload.find({
      collection: 'speaker-tokens',
      where: { kind: { equals: 'sign-in' } },
      overrideAccess: true,
      pagination: false,
    })
    expect(docs.length).toBeGreaterThan(0)
    for (const doc of docs) expect(JSON.stringify(doc)).not.toContain(token)
  })

  test('1,000 requests from one address: the first ones pass, the rest are 429, known address or not', async () => {
    const ip = freshIp()
    const known = await knownSpeaker()
    const statuses: number[] = []
    for (let i = 0; i < 1000; i++) statuses.push((await ask(i % 100 === 1 ? known : `visitor${i}@example.org`, { ip })).status)
    const allowed = SIGN_IN_LIMITS.perAddress.limit
    expect(statuses.slice(0, allowed).every((status) => status === 303)).toBe(true)
    expect(statuses.slice(allowed).every((status) => status === 429)).toBe(true)
    const refused = await ask(known, { ip, accept: 'application/json' })
    expect(refused.status).toBe(429)
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0)
    expect(await refused.json()).toEqual({ errors: [{ message: expect.stringContaining('Too many requests') }] })
  })

  test('one address asked for from many visitor addresses is limited too (no mailbox flooding)', async () => {
    const target = 'flooded.inbox@example.org'
    const statuses: number[] = []
    for (let i = 0; i < SIGN_IN_LIMITS.perEmail.limit + 3; i++) statuses.push((await ask(target)).status)
    expect(statuses.filter((status) => status === 303)).toHaveLength(SIGN_IN_LIMITS.perEmail.limit)
    expect(statuses.slice(SIGN_IN_LIMITS.perEmail.limit).every((status) => status === 429)).toBe(true)
  })

  test('a cross-site post is refused', async () => {
    const answer = await ask(KNOWN, { origin: 'https://evil.example' })
    expect(answer.status).toBe(403)
  })
})

describe('using a link', () => {
  test('opening the link uses nothing; posting it signs in with an HttpOnly, SameSite=Lax cookie', async () => {
    const token = await newLink()
    const page = await open(token)
    expect(page.status).toBe(200)
    const html = await page.text()
    expect(html).toContain('sample.speaker')
    expect(html).toContain('method="post"')
    expect((await open(token)).status).toBe(200)

    const answer = await redeem(token)
    expect(answer.status).toBe(303)
    expect(answer.headers.get('location')).toBe('/speaker')
    const header = answer.headers.get('set-cookie') ?? ''
    expect(header).toMatch(/HttpOnly/)
    expect(header).toMatch(/SameSite=Lax/)
    expect(header).toMatch(/Path=\//)
    expect(await speakerFromSession(payload, cookieValue(answer))).toEqual({
      email: expect.stringMatching(/^sample\.speaker\d+@example\.org$/),
    })
  })

  test('a link works once: the second use is a clear 410 page and opens no session', async () => {
    const token = await newLink()
    expect((await redeem(token)).status).toBe(303)
    const sessions = await countTokens('session')
    const again = await redeem(token)
    expect(again.status).toBe(410)
    expect(await again.text()).toContain('already used')
    expect(again.headers.get('set-cookie')).toBeNull()
    expect((await open(token)).status).toBe(410)
    expect(await countTokens('session')).toBe(sessions)
  })

  test('two uses at the same moment: one session, one refusal', async () => {
    const token = await newLink()
    const sessions = await countTokens('session')
    const answers = await Promise.all([redeem(token), redeem(token), redeem(token)])
    expect(answers.map((answer) => answer.status).sort()).toEqual([303, 410, 410])
    expect(await countTokens('session')).toBe(sessions + 1)
  })

  test('a link older than 30 minutes is refused with 410 and opens no session', async () => {
    const token = await newLink()
    const later = new Date(Date.now() + LINK_TTL_MS + 1000)
    const sessions = await countTokens('session')
    const page = await open(token, later)
    expect(page.status).toBe(410)
    expect(await page.text()).toContain('expired')
    expect((await redeem(token, { now: later })).status).toBe(410)
    expect(await countTokens('session')).toBe(sessions)
    // Still good within the 30 minutes.
    expect((await redeem(token, { now: new Date(Date.now() + LINK_TTL_MS - 60_000) })).status).toBe(303)
  })

  test.each([
    ['a made-up token', 'A'.repeat(43)],
    ['a malformed token', '../../etc/passwd'],
    ['no token', ''],
  ])('%s → 404 page, no session', async (_name, token) => {
    const sessions = await countTokens('session')
    expect((await open(token)).status).toBe(404)
    const answer = await redeem(token, { accept: 'application/json' })
    expect(answer.status).toBe(404)
    expect(await answer.json()).toEqual({ errors: [{ message: expect.any(String) }] })
    expect(await countTokens('session')).toBe(sessions)
  })

  test('a session cookie is not a login: Payload (and so /admin and the API) sees nobody', async () => {
    const answer = await redeem(await newLink())
    const cookie = `${SESSION_COOKIE}=${cookieValue(answer)}`
    const { user } = await payload.auth({ headers: new Headers({ cookie }) })
    expect(user).toBeNull()
    // Nor does a Payload token name a speaker session.
    expect(await speakerFromSession(payload, 'payload-token')).toBeNull()
  })

  test('signing out ends the session in the database', async () => {
    const answer = await redeem(await newLink())
    const value = cookieValue(answer)
    const out = await handleSignOut(form('/speaker/sign-out', {}, { cookie: `${SESSION_COOKIE}=${value}` }), { payload, locale: 'en' })
    expect(out.status).toBe(303)
    expect(out.headers.get('set-cookie')).toMatch(/Max-Age=0/)
    expect(await speakerFromSession(payload, value)).toBeNull()
  })
})
