/**
 * The SMTP path of the email pipeline against a real SMTP server started here (smtp-server on
 * 127.0.0.1): envelope sender, headers, a French UTF-8 subject, and a refused recipient (550)
 * recorded as failed with the proposal kept. Issue 12 finding 1: before the pipeline the server
 * received `MAIL FROM:<>` and no From header.
 */
import type { AddressInfo } from 'node:net'

import type { Payload } from 'payload'
import { SMTPServer } from 'smtp-server'

import { sendSubmissionEmails } from '../../../src/cfp/notify'
import { runEmailJobs } from '../../../src/platform/email'
import { startTestPayload, type TestPayload } from '../helpers/testPayload'

type Received = { from: string; to: string[]; raw: string }
const received: Received[] = []
let server: SMTPServer
let ctx: TestPayload
let payload: Payload
let edition: { id: number | string }
const saved = { ...process.env }

const REFUSED = 'refused@example.org'

function headersOf(raw: string): Record<string, string> {
  const head = raw.split(/\r?\n\r?\n/)[0]!.replace(/\r?\n[ \t]+/g, ' ')
  const headers: Record<string, string> = {}
  for (const line of head.split(/\r?\n/)) {
    const colon = line.indexOf(':')
    headers[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim()
  }
  return headers
}

/** RFC 2047 encoded words (what a mail client shows), enough for nodemailer's UTF-8 B and Q words. */
function decodeWords(value: string): string {
  return value.replace(/\?=\s+=\?/g, '?==?').replace(/=\?utf-8\?([bq])\?([^?]*)\?=/gi, (_all, kind: string, text: string) =>
    kind.toLowerCase() === 'b'
      ? Buffer.from(text, 'base64').toString('utf8')
      : Buffer.from(
          text.replace(/_/g, ' ').replace(/=([\dA-F]{2})/gi, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16))),
          'latin1',
        ).toString('utf8'),
  )
}

beforeAll(async () => {
  server = new SMTPServer({
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onRcptTo(address, _session, callback) {
      if (address.address === REFUSED) {
        const error = new Error('5.1.1 mailbox unavailable') as Error & { responseCode: number }
        error.responseCode = 550
        return callback(error)
      }
      callback()
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = []
      stream.on('data', (chunk: Buffer) => chunks.push(chunk))
      stream.on('end', () => {
        const from = session.envelope.mailFrom
        received.push({
          from: from ? from.address : '',
          to: session.envelope.rcptTo.map((entry) => entry.address),
          raw: Buffer.concat(chunks).toString('utf8'),
        })
        callback()
      })
    },
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.server.address() as AddressInfo
  Object.assign(process.env, {
    SMTP_HOST: '127.0.0.1',
    SMTP_PORT: String(port),
    EMAIL_FROM: 'cfp-sender@commons-ai.example',
    EMAIL_FROM_NAME: 'Commons AI (sample)',
  })
  ctx = await startTestPayload()
  payload = ctx.payload
  edition = await payload.create({
    collection: 'editions',
    data: {
      year: 2043,
      title: 'Édition d’essai 2043',
      status: 'current',
      _status: 'published',
      cfp: { contactEmail: 'cfp-contact@example.org' },
    } as never,
    overrideAccess: true,
    context: { disableRevalidate: true },
  })
})

afterAll(async () => {
  await ctx?.close()
  await new Promise<void>((resolve) => server.close(() => resolve()))
  process.env = saved
})

async function sampleProposal(email: string) {
  return payload.create({
    collection: 'proposals',
    data: {
      edition: edition.id,
      submitter: { name: 'Camille Exemple', email },
      title: 'Une proposition d’exemple',
      abstract:
        'Sample abstract for a generated proposal: data commons need governance that scales from one community to public infrastructure, and this sample compares cases.',
      format: 'framing-talk',
      bio: 'Sample bio.',
      consent: true,
      language: 'fr',
    } as never,
    overrideAccess: true,
    context: { disableRevalidate: true },
  })
}

const summaryOf = (doc: { id: number | string; reference?: string | null; submitter: { name: string; email: string } }) => ({
  id: doc.id,
  reference: doc.reference ?? '',
  title: 'Une proposition d’exemple',
  format: 'framing-talk',
  submitter: doc.submitter,
})

it('sends over SMTP with the sender in the envelope and headers, Reply-To, Date, Message-ID and a UTF-8 French subject', async () => {
  const proposal = await sampleProposal('camille@example.org')
  const entries = await sendSubmissionEmails(
    payload,
    summaryOf(proposal),
    { year: 2043, title: 'Édition d’essai 2043', contactEmail: 'cfp-contact@example.org' },
    'fr',
  )
  expect(entries.map((entry) => [entry.kind, entry.status])).toEqual([
    ['confirmation', 'sent'],
    ['notification', 'sent'],
  ])
  const confirmation = received.find((mail) => mail.to.includes('camille@example.org'))!
  expect(confirmation.from).toBe('cfp-sender@commons-ai.example')
  const headers = headersOf(confirmation.raw)
  expect(decodeWords(headers['from']!)).toBe('"Commons AI (sample)" <cfp-sender@commons-ai.example>')
  expect(headers['reply-to']).toBe('cfp-contact@example.org')
  expect(headers['message-id']).toMatch(/^<[\w-]+@commons-ai\.example>$/)
  expect(Number.isNaN(Date.parse(headers['date']!))).toBe(false)
  expect(decodeWords(headers['subject']!)).toBe(`Proposition reçue : ${proposal.reference} · Édition d’essai 2043`)
  expect(headers['content-type']).toMatch(/charset=utf-8/i)

  const stored = await payload.findByID({ collection: 'proposals', id: proposal.id, depth: 0, overrideAccess: true })
  expect(stored.emails?.map((entry) => [entry.kind, entry.status, entry.subject])).toEqual([
    ['confirmation', 'sent', `Proposition reçue : ${proposal.reference} · Édition d’essai 2043`],
    ['notification', 'sent', expect.stringContaining(String(proposal.reference))],
  ])
})

it('records a refused message (550) as failed, keeps the proposal and does not retry it', async () => {
  const proposal = await sampleProposal(REFUSED)
  const before = received.length
  const entries = await sendSubmissionEmails(
    payload,
    summaryOf(proposal),
    { year: 2043, title: 'Édition d’essai 2043', contactEmail: 'cfp-contact@example.org' },
    'fr',
  )
  expect(entries.map((entry) => [entry.kind, entry.status])).toEqual([
    ['confirmation', 'failed'],
    ['notification', 'sent'],
  ])
  expect(entries[0]!.error).toMatch(/550/)
  const stored = await payload.findByID({ collection: 'proposals', id: proposal.id, depth: 0, overrideAccess: true })
  expect(stored.title).toBe('Une proposition d’exemple')
  expect(stored.emails?.[0]).toMatchObject({ kind: 'confirmation', to: REFUSED, status: 'failed' })

  // A permanent refusal leaves no job waiting to try again.
  const waiting = await payload.count({
    collection: 'payload-jobs' as never,
    where: { completedAt: { exists: false } } as never,
    overrideAccess: true,
  })
  expect(waiting.totalDocs).toBe(0)
  await runEmailJobs(payload)
  expect(received.length).toBe(before + 1)
})
