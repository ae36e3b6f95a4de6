import type { Payload, PayloadRequest } from 'payload'

import { newMessageId, type OutgoingEmail } from './compose'
import { changeEmailLog, readEmailLog, type EmailLogEntry, type EmailLogTarget } from './log'
import { EMAIL_QUEUE, SEND_EMAIL_TASK, type SendEmailInput } from './task'

/** Queues one email and returns its job id (as text); its log entry starts as `queued`. */
export async function queueEmailJob(payload: Payload, message: OutgoingEmail, log: EmailLogTarget, req?: PayloadRequest): Promise<string> {
  const input: SendEmailInput = {
    to: message.to,
    subject: message.subject,
    text: message.text,
    html: message.html ?? null,
    replyTo: message.replyTo ?? null,
    messageId: newMessageId(),
    collection: log.collection,
    docId: log.id,
    kind: log.kind,
    field: log.field ?? null,
  }
  const job = (await payload.jobs.queue({
    task: SEND_EMAIL_TASK as never,
    queue: EMAIL_QUEUE,
    input: input as never,
    ...(req ? { req } : {}),
  })) as { id: number | string }
  const id = String(job.id)
  const entry: EmailLogEntry = {
    kind: log.kind,
    to: message.to,
    subject: message.subject,
    status: 'queued',
    error: null,
    at: new Date().toISOString(),
    job: id,
  }
  // The queue may already have run it (another process): its outcome then stands.
  await changeEmailLog(payload, log, (entries) => (entries.some((item) => item.job === id) ? entries : [...entries, entry]), req)
  return id
}

/**
 * Queues one email: sent by the `send-email` job with From, Date and Message-ID set in one place,
 * retried with backoff, its state kept on the document's email log.
 */
export async function enqueueEmail(payload: Payload, message: OutgoingEmail, log: EmailLogTarget, req?: PayloadRequest): Promise<void> {
  await queueEmailJob(payload, message, log, req)
}

/** Runs the queued email jobs now, one after the other (they may write to the same document's log). */
export async function runEmailJobs(payload: Payload): Promise<void> {
  await payload.jobs.run({ queue: EMAIL_QUEUE, limit: 100, sequential: true, silent: { error: true } })
}

/** Runs the given email jobs now (a reply that wants to say what became of them) and returns their log entries. */
export async function runEmailJobsNow(
  payload: Payload,
  jobs: string[],
  log: EmailLogTarget,
  req?: PayloadRequest,
): Promise<EmailLogEntry[]> {
  for (const id of jobs) {
    await payload.jobs.runByID({
      id: payload.db.defaultIDType === 'number' ? Number(id) : id,
      silent: { error: true },
      ...(req ? { req } : {}),
    })
  }
  const entries = await readEmailLog(payload, log, req)
  return jobs.map((id) => entries.find((entry) => entry.job === id)).filter((entry): entry is EmailLogEntry => Boolean(entry))
}

/**
 * Sends one email now, for a caller that answers with the outcome (an editor's button). A failure is
 * not retried behind the editor's back: the job is cancelled, the log says failed, the editor tries again.
 */
export async function sendEmailNow(
  payload: Payload,
  message: OutgoingEmail,
  log: EmailLogTarget,
  req?: PayloadRequest,
): Promise<EmailLogEntry> {
  const job = await queueEmailJob(payload, message, log, req)
  const [entry] = await runEmailJobsNow(payload, [job], log, req)
  if (!entry || entry.status === 'failed' || entry.status === 'queued') {
    await payload.jobs
      .cancelByID({ id: payload.db.defaultIDType === 'number' ? Number(job) : job, ...(req ? { req } : {}) })
      .catch(() => undefined)
  }
  return (
    entry ?? { kind: log.kind, to: message.to, subject: message.subject, status: 'queued', error: null, at: new Date().toISOString(), job }
  )
}
