import type { PayloadRequest, Where } from 'payload'

import { queueEmailJob, readEmailLog } from '../../platform/email'
import { isLocale, localePath, type Locale } from '../../platform/i18n'
import { withLock } from '../../platform/locks/lock'
import { relationId } from '../../platform/relations'
import { speakerRoutes } from '../../speakers/space/routes'
import { decisionKindFor } from './decisionEmailTemplates'
import { prepareDecisionEmail } from './decisionEmails'
import { participantsOf, type ParticipationRow } from './participation'

/**
 * Releasing decisions from the outbox: each pending decision becomes visible to its speaker and its
 * prepared email goes out as a job of the email queue (retries, backoff, state on the proposal). A
 * proposal is released under a database lock and only from a state that has not been sent: releasing
 * twice, or from two processes at once, sends nothing twice. A failed email is sent again by
 * releasing it again (its old job is cancelled first, so a late retry cannot send it too).
 */
export type ReleaseOutcome =
  | { id: number | string; outcome: 'released'; job: string; status: string; to: string; error?: string | null }
  | { id: number | string; outcome: 'skipped'; reason: string }

type ProposalDoc = {
  id: number | string
  status?: unknown
  language?: unknown
  edition?: unknown
  releasedDecision?: unknown
  submitter?: { name?: unknown; email?: unknown } | null
  coSpeakers?: Array<{ name?: unknown; email?: unknown; role?: unknown; status?: unknown }> | null
  participation?: ParticipationRow[] | null
  decisionEmail?: {
    kind?: unknown
    locale?: unknown
    status?: unknown
    subject?: unknown
    body?: unknown
    job?: unknown
    sentAt?: unknown
  } | null
}

/** Sent, captured (no mail server) or on its way: not to be sent again. */
const GONE = ['queued', 'sent', 'captured']

const CONFIRM_LINES: Record<Locale, (link: string) => string[]> = {
  en: (link) => ['', 'Please confirm (or decline) your participation in your speaker space:', link],
  fr: (link) => ['', 'Merci de confirmer (ou de décliner) votre participation dans votre espace intervenant :', link],
}

/** The speaker-space page where the submitter and co-speakers confirm (sign-in by link if needed). */
function confirmationLink(origin: string, locale: Locale, id: number | string): string {
  return `${origin}${localePath(locale, speakerRoutes.proposal(id))}`
}

async function load(req: PayloadRequest, id: number | string): Promise<ProposalDoc | null> {
  return (await req.payload.findByID({
    collection: 'proposals',
    id,
    depth: 0,
    overrideAccess: true,
    disableErrors: true,
  })) as unknown as ProposalDoc | null
}

async function contactOf(req: PayloadRequest, edition: number | string | undefined): Promise<string | undefined> {
  if (edition === undefined) return undefined
  const doc = await req.payload.findByID({ collection: 'editions', id: edition, depth: 0, overrideAccess: true, disableErrors: true })
  return (doc as { cfp?: { contactEmail?: string | null } } | null)?.cfp?.contactEmail || undefined
}

const toJobId = (req: PayloadRequest, job: string) => (req.payload.db.defaultIDType === 'number' ? Number(job) : job)

/** Releases one proposal's decision (queues its email); the job is run by the caller or the queue. */
async function releaseOne(req: PayloadRequest, id: number | string, origin: string): Promise<ReleaseOutcome> {
  let proposal = await load(req, id)
  if (!proposal) return { id, outcome: 'skipped', reason: 'No proposal with this id.' }
  const kind = decisionKindFor(proposal.status)
  if (!kind) return { id, outcome: 'skipped', reason: `A ${String(proposal.status)} proposal has no decision to release.` }
  let email = proposal.decisionEmail
  if (proposal.releasedDecision === kind && email?.kind === kind && GONE.includes(String(email.status))) {
    return { id, outcome: 'skipped', reason: `This ${kind} was already released (email ${String(email.status)}).` }
  }
  // An email prepared for another decision is never sent in its place: the editor prepares it again.
  if (email?.kind && email.kind !== kind) {
    return {
      id,
      outcome: 'skipped',
      reason: `The prepared email is a ${String(email.kind)} but the proposal is ${String(proposal.status)}: prepare it again.`,
    }
  }
  // None prepared yet (a decision recorded before emails were prepared): prepare it from the template.
  if (!email?.kind) {
    await prepareDecisionEmail(req, id)
    proposal = (await load(req, id))!
    email = proposal.decisionEmail
  }
  const subject = String(email?.subject ?? '').trim()
  const body = String(email?.body ?? '').trim()
  if (!subject || !body) return { id, outcome: 'skipped', reason: 'The prepared email has no subject or text.' }
  const to = typeof proposal.submitter?.email === 'string' ? proposal.submitter.email : ''
  if (!to) return { id, outcome: 'skipped', reason: 'The proposal has no submitter email address.' }

  // A failed email's job may still be waiting for a retry: cancel it, so only the new one can send.
  if (email?.status === 'failed' && email.job) {
    await req.payload.jobs.cancelByID({ id: toJobId(req, String(email.job)), overrideAccess: true }).catch(() => undefined)
  }
  const locale: Locale = isLocale(email?.locale) ? email.locale : isLocale(proposal.language) ? proposal.language : 'en'
  const text = kind === 'accept' ? [body, ...CONFIRM_LINES[locale](confirmationLink(origin, locale, id))].join('\n') : body
  const now = new Date().toISOString()
  // Claimed first (queued, released), then queued: a crash in between leaves a claimed email that an
  // editor sees as queued without a job, never an email sent twice.
  await req.payload.update({
    collection: 'proposals',
    id,
    data: {
      releasedDecision: kind,
      releasedAt: now,
      decisionEmail: { ...email, status: 'queued', job: null, error: null, sentBy: req.user?.id ?? null },
      ...(kind === 'accept' ? { participation: participantsOf(proposal) } : {}),
    } as never,
    depth: 0,
    overrideAccess: true,
    context: { disableRevalidate: true },
  })
  const contact = await contactOf(req, relationId(proposal.edition))
  let job: string
  try {
    job = await queueEmailJob(
      req.payload,
      { to, subject, text, ...(contact ? { replyTo: contact } : {}) },
      { collection: 'proposals', id, kind: 'decision' },
    )
  } catch (error) {
    const reason = (error instanceof Error ? error.message : String(error)).slice(0, 500)
    await setEmailState(req, id, { status: 'failed', error: reason })
    return { id, outcome: 'released', job: '', status: 'failed', to, error: reason }
  }
  // The job may already have run in another process: take its outcome from the log.
  const entry = (await readEmailLog(req.payload, { collection: 'proposals', id, kind: 'decision' })).find((item) => item.job === job)
  await setEmailState(req, id, { job, status: entry?.status ?? 'queued', error: entry?.error ?? null })
  return { id, outcome: 'released', job, status: entry?.status ?? 'queued', to }
}

async function setEmailState(req: PayloadRequest, id: number | string, change: { job?: string; status: string; error: string | null }) {
  const current = (await load(req, id))?.decisionEmail ?? {}
  const done = change.status === 'sent' || change.status === 'captured'
  await req.payload.update({
    collection: 'proposals',
    id,
    data: { decisionEmail: { ...current, ...change, ...(done ? { sentAt: new Date().toISOString() } : {}) } } as never,
    depth: 0,
    overrideAccess: true,
    context: { disableRevalidate: true },
  })
}

/**
 * Releases the given proposals' decisions, one at a time under a lock each, then runs their email jobs
 * now (a job that fails stays with the queue, which retries it with backoff). Returns each outcome with
 * the email's state after the run.
 */
export async function releaseDecisions(
  req: PayloadRequest,
  ids: Array<number | string>,
  options: { origin: string; runJobs?: boolean },
): Promise<ReleaseOutcome[]> {
  const outcomes: ReleaseOutcome[] = []
  for (const id of [...new Set(ids.map(String))].map((raw) => ids.find((item) => String(item) === raw)!)) {
    outcomes.push(await withLock(req.payload, `release-decision:${String(id)}`, () => releaseOne(req, id, options.origin)))
  }
  if (options.runJobs === false) return outcomes
  for (const outcome of outcomes) {
    if (outcome.outcome !== 'released' || !outcome.job || outcome.status !== 'queued') continue
    await req.payload.jobs.runByID({ id: toJobId(req, outcome.job), silent: true, overrideAccess: true })
    const email = (await load(req, outcome.id))?.decisionEmail
    outcome.status = String(email?.status ?? outcome.status)
    outcome.error = (email as { error?: string | null } | undefined)?.error ?? null
  }
  return outcomes
}

/** What the outbox shows: pending decisions, and released ones whose email failed (to send again). */
export function outboxWhere(edition?: number | string): Where {
  const waiting: Where = { or: [{ decisionPending: { equals: true } }, { 'decisionEmail.status': { equals: 'failed' } }] }
  return edition === undefined ? waiting : { and: [{ edition: { equals: edition } }, waiting] }
}

/** Every proposal of the edition the outbox holds (for "release all"). */
export async function outboxIds(req: PayloadRequest, edition: number | string): Promise<Array<number | string>> {
  const { docs } = await req.payload.find({
    collection: 'proposals',
    where: outboxWhere(edition),
    depth: 0,
    pagination: false,
    overrideAccess: true,
    select: { reference: true },
  })
  return docs.map((doc) => doc.id)
}
