/**
 * The public submission of proposals through its one endpoint (src/cfp/submit/http.ts, the handler behind
 * POST /editions/[year]/propose/submit), against a throwaway database with a controlled clock.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { Forbidden, type Payload, type PayloadRequest } from 'payload'

import { proposalReferenceExists } from '../../../src/cfp/submit/confirmation'
import { readFormState } from '../../../src/cfp/submit/formState'
import { handleProposalPost, MAX_BODY_BYTES } from '../../../src/cfp/submit/http'
import { newSubmissionToken } from '../../../src/cfp/submit/idempotency'
import { createLimiters, type CfpLimiters } from '../../../src/cfp/submit/rateLimit'
import { resendConfirmationEndpoint } from '../../../src/cfp/submit/resendEndpoint'
import { endOfDayInParis } from '../../../src/platform/dates'
import type { CapturedEmail } from '../../../src/platform/email'
import { startTestPayload, type TestPayload } from '../helpers/testPayload'

let ctx: TestPayload
let payload: Payload
let mailDir: string
const context = { disableRevalidate: true }

// A sample edition (test data, not a real one) whose call closes at the end of 26 October 2031 in Paris,
// the day summer time ends that year (03:00 CEST → 02:00 CET): the deadline is 22:59:59 UTC.
const YEAR = 2031
const DEADLINE_DAY = '2031-10-26'
const DEADLINE = endOfDayInParis(DEADLINE_DAY)
const OPENS = new Date('2031-03-01T08:00:00.000Z')
const DURING = new Date('2031-06-01T10:00:00.000Z')
const second = (date: Date, delta: number) => new Date(date.getTime() + delta * 1000)

/** Errors come in the house shape, { errors: [{ message, field? }] }: the first message, or messages by field. */
type ErrorBody = { errors: Array<{ message: string; field?: string }> }
const messageOf = (body: unknown) => (body as ErrorBody).errors[0]!.message
const fieldMessages = (body: unknown) => Object.fromEntries((body as ErrorBody).errors.map(({ field, message }) => [field, message]))

let edition: { id: number | string }
const themeIds: Array<number | string> = []
let archivedYear = 0
let editor: Record<string, unknown>

const ABSTRACT =
  'Sample abstract for a test proposal. It is long enough to pass the one hundred character minimum of the form, and then some.'

function fields(extra: Record<string, string | string[]> = {}): Record<string, string | string[]> {
  return {
    token: newSubmissionToken(),
    name: 'Sam Sample',
    email: '  Sam.Sample@Example.ORG ',
    affiliation: 'Sample Lab',
    title: 'A sample proposal',
    abstract: ABSTRACT,
    format: 'framing-talk',
    themes: [String(themeIds[0])],
    durationWish: '30',
    bio: 'A sample bio.',
    links: 'https://sample.example/',
    consent: 'yes',
    homepage: '',
    ...extra,
  }
}

function encode(values: Record<string, string | string[]>): URLSearchParams {
  const body = new URLSearchParams()
  for (const [name, value] of Object.entries(values)) for (const item of [value].flat()) body.append(name, item)
  return body
}

type PostOptions = { accept?: string; ip?: string; now?: Date; limiters?: CfpLimiters; locale?: string; year?: string }
let limiters: CfpLimiters

function post(values: Record<string, string | string[]>, options: PostOptions = {}) {
  const request = new Request(`http://localhost/editions/${YEAR}/propose/submit`, {
    method: 'POST',
    headers: {
      'content-type': 'application/x-www-form-urlencoded',
      accept: options.accept ?? 'application/json',
      'x-real-ip': options.ip ?? '198.51.100.1',
    },
    body: encode(values),
  })
  return handleProposalPost(request, {
    payload,
    locale: options.locale ?? 'en',
    year: options.year ?? String(YEAR),
    now: options.now ?? DURING,
    limiters: options.limiters ?? limiters,
  })
}

const count = async (where: Record<string, unknown> = {}) =>
  (await payload.count({ collection: 'proposals', where: where as never, overrideAccess: true })).totalDocs

async function proposalByReference(reference: string) {
  const { docs } = await payload.find({
    collection: 'proposals',
    where: { reference: { equals: reference } },
    overrideAccess: true,
    depth: 0,
  })
  return docs[0]!
}

const mailsTo = (address: string) =>
  fs
    .readdirSync(mailDir)
    .map((name) => JSON.parse(fs.readFileSync(path.join(mailDir, name), 'utf8')) as CapturedEmail)
    .filter((mail) => mail.to === address)

beforeAll(async () => {
  mailDir = fs.mkdtempSync(path.join(os.tmpdir(), 'cfp-mail-'))
  process.env.MAIL_CAPTURE_DIR = mailDir
  ctx = await startTestPayload()
  payload = ctx.payload
  const created = await payload.create({
    collection: 'editions',
    data: {
      year: YEAR,
      title: 'Sample edition 2031',
      status: 'upcoming',
      _status: 'published',
      format: [
        { blockType: 'framing-talk', title: 'Sample framing talk', description: 'Sample description.' },
        { blockType: 'inspiring-initiative', title: 'Sample initiative', description: 'Sample description.' },
      ],
      cfp: { opensAt: OPENS.toISOString(), deadline: DEADLINE.toISOString(), contactEmail: 'cfp-contact@example.org' },
    } as never,
    context,
  })
  edition = created
  for (const title of ['Sample theme A', 'Sample theme B']) {
    const theme = await payload.create({
      collection: 'themes',
      data: { title, edition: created.id, _status: 'published' } as never,
      context,
    })
    themeIds.push(theme.id)
  }
  archivedYear = 2019
  await payload.create({
    collection: 'editions',
    data: {
      year: archivedYear,
      title: 'Sample archived edition',
      status: 'archived',
      _status: 'published',
      cfp: { deadline: DEADLINE.toISOString() },
    } as never,
    context,
  })
  editor = (await payload.create({
    collection: 'users',
    data: { email: 'first-admin@example.org', password: 'a-long-test-password', role: 'admin' } as never,
    context,
  })) as unknown as Record<string, unknown>
  editor = (await payload.create({
    collection: 'users',
    data: { email: 'editor@example.org', password: 'a-long-test-password', role: 'editor' } as never,
    context,
  })) as unknown as Record<string, unknown>
})

beforeEach(() => {
  // Generous limits unless a test is about them.
  limiters = createLimiters({ CFP_RATE_LIMIT: '1000', CFP_ATTEMPT_LIMIT: '1000' })
})

afterAll(async () => {
  await ctx?.close()
  fs.rmSync(mailDir, { recursive: true, force: true })
  delete process.env.MAIL_CAPTURE_DIR
})

describe('a valid submission', () => {
  it('is stored with a reference, confirmed to the submitter and notified to the edition contact', async () => {
    const values = fields({ title: 'Stored and confirmed' })
    const response = await post(values)
    expect(response.status).toBe(201)
    const body = (await response.json()) as { reference: string; confirmationUrl: string }
    expect(body.reference).toMatch(/^CAI-2031-[2-9A-HJ-NP-Z]{6}$/)
    expect(body.confirmationUrl).toBe(`/editions/2031/propose/confirmation/${body.reference}`)

    const stored = await proposalByReference(body.reference)
    expect(stored.title).toBe('Stored and confirmed')
    expect(stored.submitter.email).toBe('sam.sample@example.org')
    expect(stored.status).toBe('submitted')
    expect(stored.language).toBe('en')
    expect(stored.submissionToken).toBe(values.token)
    expect(stored.themes?.map(String)).toEqual([String(themeIds[0])])
    expect(stored.links?.map((link) => link.url)).toEqual(['https://sample.example/'])
    expect(stored.emails?.map((entry) => [entry.kind, entry.to, entry.status])).toEqual([
      // No SMTP_HOST in tests: captured (written to disk), and recorded as such, never as "sent".
      ['confirmation', 'sam.sample@example.org', 'captured'],
      ['notification', 'cfp-contact@example.org', 'captured'],
    ])

    const confirmation = mailsTo('sam.sample@example.org').find((mail) => mail.text.includes(body.reference))
    expect(confirmation?.subject).toBe(`Proposal received: ${body.reference} · Sample edition 2031`)
    expect(confirmation?.text).toContain('“Stored and confirmed”')
    expect(confirmation?.from).toBe('"Commons AI" <no-reply@commons-ai.local>')
    expect(confirmation?.replyTo).toBe('cfp-contact@example.org')
    expect(confirmation?.messageId).toMatch(/^<[\w-]+@commons-ai\.local>$/)
    const notification = mailsTo('cfp-contact@example.org').find((mail) => mail.subject.includes(body.reference))
    expect(notification?.text).toContain(`/admin/collections/proposals/${stored.id}`)
    expect(await proposalReferenceExists(payload, edition.id, body.reference)).toBe(true)
    expect(await proposalReferenceExists(payload, edition.id, 'CAI-2031-ZZZZZZ')).toBe(false)
  })

  it('confirms in French from the French form', async () => {
    const response = await post(fields({ email: 'fr.sample@example.org' }), { locale: 'fr' })
    expect(response.status).toBe(201)
    const { reference, confirmationUrl } = (await response.json()) as { reference: string; confirmationUrl: string }
    expect(confirmationUrl).toBe(`/fr/editions/2031/propose/confirmation/${reference}`)
    expect((await proposalByReference(reference)).language).toBe('fr')
    expect(mailsTo('fr.sample@example.org').some((mail) => mail.subject === `Proposition reçue : ${reference} · Sample edition 2031`)).toBe(
      true,
    )
  })

  it('without JavaScript, redirects (303) to the confirmation page', async () => {
    const response = await post(fields(), { accept: 'text/html,application/xhtml+xml' })
    expect(response.status).toBe(303)
    expect(response.headers.get('location')).toMatch(/^\/editions\/2031\/propose\/confirmation\/CAI-2031-[2-9A-HJ-NP-Z]{6}$/)
  })

  it('answers a plain-text reference to a client that asks for neither JSON nor HTML (curl)', async () => {
    const response = await post(fields(), { accept: '*/*' })
    expect(response.status).toBe(201)
    expect(await response.text()).toMatch(/^Your reference: CAI-2031-/)
  })
})

describe('invalid input', () => {
  it('answers 422 with a message per field in the reader’s language, and stores nothing', async () => {
    const before = await count()
    const response = await post({ token: newSubmissionToken(), email: 'not-an-email', format: 'audience-reflection' })
    expect(response.status).toBe(422)
    expect(fieldMessages(await response.json())).toEqual({
      name: 'Enter your name.',
      email: 'Enter a valid email address, e.g. name@example.org.',
      title: 'Enter a title for your proposal.',
      abstract: 'Enter an abstract.',
      format: 'Choose one of the options offered for “Format”.',
      bio: 'Enter a short bio.',
      consent: 'Your consent is needed to store and review your proposal.',
    })
    const french = fieldMessages(await (await post({ token: newSubmissionToken() }, { locale: 'fr' })).json())
    expect(french.title).toBe('Donnez un titre à votre proposition.')
    expect(await count()).toBe(before)
  })

  it('refuses a theme of another edition', async () => {
    const response = await post(fields({ themes: ['999999'] }))
    expect(response.status).toBe(422)
    expect(fieldMessages(await response.json())).toEqual({
      themes: 'Choose one of the options offered for “Themes”.',
    })
  })

  it('without JavaScript, sends the browser back to the form with the errors and everything typed', async () => {
    const values = fields({ abstract: 'Too short.', title: 'Kept title' })
    const response = await post(values, { accept: 'text/html' })
    expect(response.status).toBe(303)
    const location = response.headers.get('location')!
    expect(location).toMatch(/^\/editions\/2031\/propose\?form=[A-Za-z0-9_-]+#errors$/)
    const state = await readFormState(payload, new URL(location, 'http://x').searchParams.get('form'))
    expect(state?.errors).toEqual({ abstract: { code: 'tooShort', limit: 100, length: 10 } })
    expect(state?.values).toMatchObject({ title: 'Kept title', abstract: 'Too short.', email: 'Sam.Sample@Example.ORG', consent: true })
    // The same token comes back, so the corrected form still cannot create two proposals.
    expect(state?.token).toBe(values.token)
    expect(await readFormState(payload, 'no-such-state-id')).toBeNull()
  })

  it('answers 415 for a body that is not a form', async () => {
    const request = new Request(`http://localhost/editions/${YEAR}/propose/submit`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify(fields()),
    })
    const response = await handleProposalPost(request, { payload, locale: 'en', year: String(YEAR), now: DURING, limiters })
    expect(response.status).toBe(415)
  })

  it('answers 404 for an unknown edition or locale', async () => {
    expect((await post(fields(), { year: '2099' })).status).toBe(404)
    expect((await post(fields(), { locale: 'de' })).status).toBe(404)
  })
})

describe('the deadline (end of 26 October 2031 in Paris, the day summer time ends)', () => {
  it('is 22:59:59 UTC', () => {
    expect(DEADLINE.toISOString()).toBe('2031-10-26T22:59:59.000Z')
  })

  it('accepts a proposal one second before the deadline and at the deadline itself', async () => {
    expect((await post(fields(), { now: second(DEADLINE, -1) })).status).toBe(201)
    expect((await post(fields(), { now: DEADLINE })).status).toBe(201)
  })

  it('refuses one second after, with 403 and the closing date, and stores nothing', async () => {
    const before = await count()
    const response = await post(fields(), { now: second(DEADLINE, 1) })
    expect(response.status).toBe(403)
    expect(messageOf(await response.json())).toBe('The call for proposals closed on 26 October 2031. Proposals are no longer accepted.')
    const french = await post(fields(), { now: second(DEADLINE, 1), locale: 'fr', accept: '*/*' })
    expect(french.status).toBe(403)
    expect(await french.text()).toContain('L’appel à propositions s’est clos le 26 octobre 2031.')
    // Posted directly, without the form's token: still told the call is closed.
    const direct = await post({ name: 'Late', email: 'late@example.org' }, { now: second(DEADLINE, 1), accept: '*/*' })
    expect(direct.status).toBe(403)
    expect(await direct.text()).toContain('closed on 26 October 2031')
    expect(await count()).toBe(before)
  })

  it('refuses a browser post after the deadline with a 403 page, not a redirect', async () => {
    const response = await post(fields(), { now: second(DEADLINE, 1), accept: 'text/html' })
    expect(response.status).toBe(403)
    expect(response.headers.get('content-type')).toMatch(/text\/html/)
    expect(await response.text()).toContain('closed on 26 October 2031')
  })

  it('refuses before the opening (one second before it) and accepts at it', async () => {
    const early = await post(fields(), { now: second(OPENS, -1) })
    expect(early.status).toBe(403)
    expect(messageOf(await early.json())).toBe('The call for proposals opens on 1 March 2031. Please come back then.')
    expect((await post(fields(), { now: OPENS })).status).toBe(201)
  })

  it('refuses any proposal for an archived edition, even before its deadline', async () => {
    const response = await post(fields(), { year: String(archivedYear), now: DURING })
    expect(response.status).toBe(403)
    expect(messageOf(await response.json())).toMatch(/closed/)
  })
})

describe('bots and abuse', () => {
  it('refuses a filled honeypot with 400 and stores nothing', async () => {
    const before = await count()
    const response = await post(fields({ homepage: 'https://spam.example' }))
    expect(response.status).toBe(400)
    expect(messageOf(await response.json())).toMatch(/looks automated/)
    expect(await count()).toBe(before)
  })

  it('refuses a post without a well-formed token with 400', async () => {
    for (const token of ['', 'short', 'x'.repeat(65), 'not a token with spaces!!']) {
      const response = await post(fields({ token }))
      expect(response.status).toBe(400)
      expect(messageOf(await response.json())).toBe('The form is out of date. Please reload the page and send your proposal again.')
    }
  })

  it('limits new proposals per address (429 with Retry-After and a message); other addresses are not affected', async () => {
    limiters = createLimiters({ CFP_RATE_LIMIT: '2', CFP_RATE_WINDOW_MS: String(10 * 60_000), CFP_ATTEMPT_LIMIT: '100' })
    const ip = '203.0.113.7'
    expect((await post(fields(), { ip })).status).toBe(201)
    // An invalid post does not use up a slot.
    expect((await post(fields({ title: '' }), { ip })).status).toBe(422)
    expect((await post(fields(), { ip })).status).toBe(201)
    const limited = await post(fields(), { ip })
    expect(limited.status).toBe(429)
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(500)
    expect(messageOf(await limited.json())).toBe('Too many proposals were sent from your address. Please wait 10 minutes and try again.')
    expect((await post(fields(), { ip, accept: 'text/html', locale: 'fr' })).status).toBe(429)
    expect((await post(fields(), { ip: '203.0.113.8' })).status).toBe(201)
  })

  it('limits every kind of post per address (a bot sending garbage in a loop)', async () => {
    limiters = createLimiters({ CFP_ATTEMPT_LIMIT: '3' })
    const ip = '203.0.113.9'
    for (let i = 0; i < 3; i++) expect((await post({ token: newSubmissionToken() }, { ip })).status).toBe(422)
    expect((await post(fields(), { ip })).status).toBe(429)
  })

  it('counts the address the server settled (X-Real-IP), never a forwarding header the visitor wrote', async () => {
    const { clientAddress } = await import('../../../src/cfp/submit/clientIp')
    expect(clientAddress(new Headers({ 'x-real-ip': '192.0.2.1', 'x-forwarded-for': '10.0.0.1, 192.0.2.9' }))).toBe('192.0.2.1')
    expect(clientAddress(new Headers({ 'x-forwarded-for': 'spoofed, 192.0.2.9' }))).toBe('unknown')
    expect(clientAddress(new Headers())).toBe('unknown')
  })

  it('refuses a body over the limit with 413, whether announced or streamed', async () => {
    const before = await count()
    const big = fields({ abstract: 'a'.repeat(MAX_BODY_BYTES) })
    const response = await post(big)
    expect(response.status).toBe(413)
    expect(messageOf(await response.json())).toBe('The proposal is too large (more than 64 KB). Please shorten it.')
    // A chunked body without Content-Length is cut off while reading.
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        for (let i = 0; i < 20; i++) controller.enqueue(new TextEncoder().encode('a'.repeat(8 * 1024)))
        controller.close()
      },
    })
    const request = new Request(`http://localhost/editions/${YEAR}/propose/submit`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'application/json' },
      body: stream,
      duplex: 'half',
    } as RequestInit)
    expect((await handleProposalPost(request, { payload, locale: 'en', year: String(YEAR), now: DURING, limiters })).status).toBe(413)
    expect(await count()).toBe(before)
  })
})

describe('idempotency', () => {
  it('a resubmitted form (same token) answers the same reference and creates one proposal', async () => {
    const values = fields({ title: 'Sent twice' })
    const first = (await (await post(values)).json()) as { reference: string }
    const again = await post(values)
    expect(again.status).toBe(200)
    expect((await again.json()) as { reference: string; duplicate: boolean }).toMatchObject({ reference: first.reference, duplicate: true })
    // Even after the deadline (a double click at the last second) and from a browser.
    const late = await post(values, { now: second(DEADLINE, 5), accept: 'text/html' })
    expect(late.status).toBe(303)
    expect(late.headers.get('location')).toContain(first.reference)
    expect(await count({ title: { equals: 'Sent twice' } })).toBe(1)
  })

  it('a double click (10 concurrent posts of one form) creates exactly one proposal', async () => {
    const values = fields({ title: 'Double click' })
    const responses = await Promise.all(Array.from({ length: 10 }, () => post(values)))
    const bodies = (await Promise.all(responses.map((response) => response.json()))) as Array<{ reference: string }>
    expect(responses.map((response) => response.status).sort()).toEqual([200, 200, 200, 200, 200, 200, 200, 200, 200, 201])
    expect(new Set(bodies.map((body) => body.reference)).size).toBe(1)
    expect(await count({ title: { equals: 'Double click' } })).toBe(1)
  })

  it('50 different submissions sent concurrently make 50 proposals with 50 distinct references', async () => {
    const responses = await Promise.all(
      Array.from({ length: 50 }, (_, i) => post(fields({ title: `Concurrent ${i}` }), { ip: `198.51.100.${i + 10}` })),
    )
    expect(responses.map((response) => response.status)).toEqual(Array(50).fill(201))
    const references = ((await Promise.all(responses.map((response) => response.json()))) as Array<{ reference: string }>).map(
      (body) => body.reference,
    )
    expect(new Set(references).size).toBe(50)
    expect(await count({ title: { like: 'Concurrent ' } })).toBe(50)
    const stored = await payload.find({
      collection: 'proposals',
      where: { title: { like: 'Concurrent ' } },
      pagination: false,
      overrideAccess: true,
      depth: 0,
    })
    expect(new Set(stored.docs.map((doc) => doc.reference)).size).toBe(50)
  })
})

describe('email failures', () => {
  it('never lose the proposal: it is stored, the failure recorded, and an editor can resend the confirmation', async () => {
    const send = payload.sendEmail
    payload.sendEmail = async () => {
      throw new Error('SMTP connection refused (test)')
    }
    let reference: string
    try {
      const response = await post(fields({ title: 'Mail server down', email: 'unlucky@example.org' }))
      expect(response.status).toBe(201)
      reference = ((await response.json()) as { reference: string }).reference
    } finally {
      payload.sendEmail = send
    }
    const stored = await proposalByReference(reference)
    expect(stored.title).toBe('Mail server down')
    expect(stored.emails?.map((entry) => [entry.kind, entry.status, entry.error])).toEqual([
      ['confirmation', 'failed', 'SMTP connection refused (test)'],
      ['notification', 'failed', 'SMTP connection refused (test)'],
    ])

    const call = (user: unknown) =>
      resendConfirmationEndpoint.handler({ payload, user, routeParams: { id: stored.id } } as unknown as PayloadRequest)
    expect((await call(null)).status).toBe(401)
    const reviewer = await payload.create({
      collection: 'users',
      data: { email: 'reviewer@example.org', password: 'a-long-test-password', role: 'reviewer' } as never,
      context,
    })
    expect((await call({ ...reviewer, collection: 'users' })).status).toBe(403)

    const resent = await call({ ...editor, collection: 'users' })
    expect(resent.status).toBe(200)
    const after = await proposalByReference(reference)
    expect(after.emails?.map((entry) => [entry.kind, entry.status])).toEqual([
      ['confirmation', 'failed'],
      ['notification', 'failed'],
      ['confirmation', 'captured'],
    ])
    expect(mailsTo('unlucky@example.org').some((mail) => mail.text.includes(reference))).toBe(true)
  })
})

describe('access to what the form stores', () => {
  it('the public cannot create a proposal through the API (only through the form)', async () => {
    await expect(
      payload.create({
        collection: 'proposals',
        data: {
          edition: edition.id,
          submitter: { name: 'x', email: 'x@example.org' },
          title: 'x',
          abstract: ABSTRACT,
          format: 'framing-talk',
          bio: 'x',
          consent: true,
        } as never,
        overrideAccess: false,
      }),
    ).rejects.toBeInstanceOf(Forbidden)
  })

  it('the idempotency token is readable by no one through the API, the email log by editors only', async () => {
    const reference = ((await (await post(fields())).json()) as { reference: string }).reference
    const { id } = await proposalByReference(reference)
    const forEditor = await payload.findByID({
      collection: 'proposals',
      id,
      overrideAccess: false,
      user: { ...editor, collection: 'users' } as never,
    })
    expect(forEditor).not.toHaveProperty('submissionToken')
    expect(forEditor.emails?.length).toBe(2)
    const reviewer = await payload.create({
      collection: 'users',
      data: {
        email: 'reviewer-2031@example.org',
        password: 'a-long-test-password',
        role: 'reviewer',
        reviewerEditions: [edition.id],
      } as never,
      context,
    })
    const forReviewer = await payload.findByID({
      collection: 'proposals',
      id,
      overrideAccess: false,
      user: { ...reviewer, collection: 'users' } as never,
    })
    expect(forReviewer.title).toBe('A sample proposal')
    // Field access hides the log (the SQLite adapter leaves an empty list in its place).
    expect(forReviewer.emails ?? []).toEqual([])
    expect(forReviewer).not.toHaveProperty('submissionToken')
  })

  it('an editor cannot set the token through the API', async () => {
    const created = await payload.create({
      collection: 'proposals',
      data: {
        edition: edition.id,
        submitter: { name: 'x', email: 'x@example.org' },
        title: 'Editor-made',
        abstract: ABSTRACT,
        format: 'framing-talk',
        bio: 'x',
        consent: true,
        submissionToken: 'forged-token-forged-token-forged',
      } as never,
      overrideAccess: false,
      user: { ...editor, collection: 'users' } as never,
    })
    const raw = await payload.findByID({ collection: 'proposals', id: created.id, overrideAccess: true })
    expect(raw.submissionToken ?? null).toBeNull()
  })
})
