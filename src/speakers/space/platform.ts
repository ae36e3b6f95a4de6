import type { Payload } from 'payload'

import { queueEmailJob, runEmailJobsNow, type EmailLogTarget, type OutgoingEmail } from '../../platform/email'

/**
 * What the speaker space needs from the shared platform: the database-backed rate limiter and the
 * email queue (src/platform). One place, so the speaker space calls them one way.
 */
export { consumeRateLimit } from '../../platform/rateLimit'

/**
 * Queues an email (logged on `log`'s document, retried by the queue) and starts its job at once
 * without waiting for it: a person waiting for a sign-in link or an invitation should not wait for
 * the queue's next round, and the caller's answer must not wait for the mail server (known and unknown
 * addresses answer alike). If this start fails, the queue's own round sends it.
 */
export async function sendSoon(payload: Payload, message: OutgoingEmail, log: EmailLogTarget): Promise<void> {
  const job = await queueEmailJob(payload, message, log)
  void runEmailJobsNow(payload, [job], log).catch((error: unknown) =>
    payload.logger.warn({ msg: `speakers: email job ${job} will be sent by the queue's next round: ${String(error)}` }),
  )
}
