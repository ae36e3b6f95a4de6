import type { CollectionSlug, PayloadRequest, TaskConfig } from 'payload'

import { composeEmail } from './compose'
import { changeEmailLog, type EmailLogEntry, type EmailLogTarget, type EmailStatus } from './log'

export const SEND_EMAIL_TASK = 'send-email'
/** Email jobs have their own queue, so running them on demand runs nothing else. */
export const EMAIL_QUEUE = 'email'

export type SendEmailInput = {
  to: string
  subject: string
  text: string
  html?: string | null
  replyTo?: string | null
  messageId: string
  collection: string
  docId: number | string
  kind: string
  field?: string | null
}

/** An SMTP answer in the 5xx range refuses this message for good: retrying it would be refused again. */
function isPermanent(error: unknown): boolean {
  const code = (error as { responseCode?: unknown } | null)?.responseCode
  return typeof code === 'number' && code >= 500 && code < 600
}

/** Sets (or adds, when the job ran before its entry was written) the log entry of this job. */
async function markEmail(
  req: PayloadRequest,
  target: EmailLogTarget,
  job: string,
  entry: Omit<EmailLogEntry, 'at' | 'job'>,
): Promise<void> {
  const next: EmailLogEntry = { ...entry, at: new Date().toISOString(), job }
  await changeEmailLog(
    req.payload,
    target,
    (entries) => (entries.some((item) => item.job === job) ? entries.map((item) => (item.job === job ? next : item)) : [...entries, next]),
    req,
  )
}

export const sendEmailTask: TaskConfig<{ input: SendEmailInput; output: { status: EmailStatus } }> = {
  slug: SEND_EMAIL_TASK,
  label: 'Send an email',
  inputSchema: [
    { name: 'to', type: 'text', required: true },
    { name: 'subject', type: 'text', required: true },
    { name: 'text', type: 'textarea', required: true },
    { name: 'html', type: 'textarea' },
    { name: 'replyTo', type: 'text' },
    { name: 'messageId', type: 'text', required: true },
    { name: 'collection', type: 'text', required: true },
    { name: 'docId', type: 'json', required: true },
    { name: 'kind', type: 'text', required: true },
    { name: 'field', type: 'text' },
  ],
  outputSchema: [{ name: 'status', type: 'text', required: true }],
  // A mail server that is down or slow (4xx, no connection) is tried again: after 30 s, 1, 2, 4 minutes.
  retries: { attempts: 4, backoff: { type: 'exponential', delay: 30_000 } },
  handler: async ({ input, job, req }) => {
    const target: EmailLogTarget = {
      collection: input.collection as CollectionSlug,
      id: input.docId,
      kind: input.kind,
      field: input.field ?? undefined,
    }
    const about = { kind: input.kind, to: input.to, subject: input.subject }
    const jobId = String(job.id)
    let info: unknown
    try {
      info = await req.payload.sendEmail(
        composeEmail({
          to: input.to,
          subject: input.subject,
          text: input.text,
          ...(input.html ? { html: input.html } : {}),
          ...(input.replyTo ? { replyTo: input.replyTo } : {}),
          messageId: input.messageId,
        }),
      )
    } catch (error) {
      const reason = (error instanceof Error ? error.message : String(error)).slice(0, 500)
      req.payload.logger.error({ msg: `email: the ${input.kind} email to ${input.to} failed: ${reason}` })
      await markEmail(req, target, jobId, { ...about, status: 'failed', error: reason })
      if (isPermanent(error)) return { output: { status: 'failed' } }
      throw error
    }
    const status: EmailStatus = (info as { captured?: unknown } | null)?.captured ? 'captured' : 'sent'
    await markEmail(req, target, jobId, { ...about, status, error: null })
    return { output: { status } }
  },
}
