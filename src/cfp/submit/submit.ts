import type { Payload } from 'payload'

import type { Locale } from '../../platform/i18n'
import type { CfpEdition, CfpWindow } from './edition'
import { cfpChoices, cfpWindow } from './edition'
import type { EmailLogEntry } from '../emailLog'
import { sendSubmissionEmails } from '../notify'
import type { Admission } from './rateLimit'
import { validateSubmission, type FieldErrors, type FormValues } from './submission'

/**
 * Submitting a proposal, whatever the transport (the form's route, a test): the one place that decides
 * whether a proposal is stored. Order matters:
 *  1. a token already used answers with the proposal it made (a double click after the deadline too);
 *  2. the CfP window (isCfpOpen, to the second) refuses late and early posts;
 *  3. validation returns every field error;
 *  4. `admit` (the per-address rate limit) takes a slot only for a new proposal;
 *  5. the proposal is stored BEFORE any email is sent, so a mail failure cannot lose it;
 *  6. the emails are queued (their log is kept on the proposal) and run at once.
 */
export type SubmitRequest = {
  edition: CfpEdition
  values: FormValues
  token: string
  locale: Locale
  now: Date
  /** Called once before a new proposal is created; refusing it answers `rateLimited`. */
  admit?: () => Promise<Admission>
}

export type SubmitOutcome =
  | { kind: 'created'; id: number | string; reference: string; emails: EmailLogEntry[] }
  | { kind: 'duplicate'; id: number | string; reference: string }
  | { kind: 'closed'; window: Exclude<CfpWindow, { open: true }> }
  | { kind: 'invalid'; errors: FieldErrors }
  | { kind: 'rateLimited'; retryAfterMs: number }

/** The proposal a token created, if any (server code: the token is readable by nobody else). */
export async function findByToken(payload: Payload, token: string): Promise<{ id: number | string; reference: string } | null> {
  const { docs } = await payload.find({
    collection: 'proposals',
    where: { submissionToken: { equals: token } },
    limit: 1,
    depth: 0,
    pagination: false,
    overrideAccess: true,
    select: { reference: true },
  })
  const doc = docs[0]
  return doc ? { id: doc.id, reference: doc.reference ?? '' } : null
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

export async function submitProposal(payload: Payload, request: SubmitRequest): Promise<SubmitOutcome> {
  const { edition, values, token, locale, now } = request

  const existing = await findByToken(payload, token)
  if (existing) return { kind: 'duplicate', ...existing }

  const window = cfpWindow(edition, now)
  if (!window.open) return { kind: 'closed', window }

  const validation = validateSubmission(values, cfpChoices(edition))
  if (!validation.ok) return { kind: 'invalid', errors: validation.errors }

  const admitted: Admission = request.admit ? await request.admit() : { ok: true, release: async () => {} }
  if (!admitted.ok) return { kind: 'rateLimited', retryAfterMs: admitted.retryAfterMs }

  const { data } = validation
  let created: { id: number | string; reference: string } | null = null
  // A second post with the same token loses on the unique index: it then finds the winner's proposal
  // (which may take a moment to be visible on MongoDB). Any other failure (a reference drawn twice,
  // one in a billion) is retried with a fresh reference.
  for (let attempt = 1; created === null; attempt++) {
    try {
      const doc = await payload.create({
        collection: 'proposals',
        data: {
          edition: edition.id as never,
          status: 'submitted',
          submitter: data.submitter,
          title: data.title,
          abstract: data.abstract,
          format: data.format as never,
          themes: data.themes as never,
          otherTheme: data.otherTheme ?? null,
          durationWish: data.durationWish ?? null,
          bio: data.bio,
          links: data.links,
          consent: true,
          submissionToken: token,
          language: locale,
        },
        depth: 0,
        overrideAccess: true,
        context: { disableRevalidate: true },
      })
      created = { id: doc.id, reference: doc.reference ?? '' }
    } catch (error) {
      for (let look = 0; look < 5; look++) {
        const winner = await findByToken(payload, token)
        if (winner) {
          await admitted.release()
          return { kind: 'duplicate', ...winner }
        }
        await pause(20 * (look + 1))
      }
      if (attempt >= 3) {
        await admitted.release()
        throw error
      }
    }
  }

  const summary = { id: created.id, reference: created.reference, title: data.title, format: data.format, submitter: data.submitter }
  let emails: EmailLogEntry[] = []
  try {
    emails = await sendSubmissionEmails(
      payload,
      summary,
      { year: edition.year, title: edition.title, contactEmail: edition.contactEmail },
      locale,
    )
  } catch (error) {
    // The proposal is stored; only its emails could not be queued. Say so in the server log.
    payload.logger.error({ msg: `cfp: could not queue the emails of ${created.reference}: ${String(error)}` })
  }
  return { kind: 'created', id: created.id, reference: created.reference, emails }
}
