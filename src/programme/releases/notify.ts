import type { CollectionSlug, Payload, PayloadRequest } from 'payload'

import type { Locale } from '../../platform/i18n'
import { absoluteUrl, routes } from '../../platform/routes'
import { relationId } from '../../platform/relations'
import { changeTitle, describeChange } from './changeText'
import type { SessionChange } from './diff'
import type { PublishedRelease } from './publish'

/**
 * After a release: each speaker whose session changed gets one email listing all their changed
 * sessions. The address we hold for a speaker is the submitter's on the session's proposal; grouping by
 * address means one email per person per release even with several changed sessions. The release is
 * created once per number (unique index), so a release never mails anyone twice.
 */
/** The email queue's entry point (src/platform/email, contract in the team notes): passed in, so tests record it. */
export type EnqueueEmail = (
  payload: Payload,
  message: { to: string; subject: string; text: string; html?: string; replyTo?: string },
  log: { collection: CollectionSlug; id: number | string; kind: string; field?: string },
  req?: PayloadRequest,
) => Promise<void>

type Recipient = { email: string; locale: Locale; changes: SessionChange[] }

async function recipientsOf(req: PayloadRequest, changes: SessionChange[]): Promise<Recipient[]> {
  if (changes.length === 0) return []
  const { docs: sessions } = await req.payload.find({
    collection: 'sessions',
    where: { id: { in: changes.map((change) => change.session) } },
    draft: true,
    depth: 0,
    pagination: false,
    overrideAccess: true,
    select: { proposal: true },
    req,
  })
  const proposalOf = new Map(sessions.map((session) => [String(session.id), relationId(session.proposal)]))
  const proposalIds = [...new Set([...proposalOf.values()].filter((id) => id !== undefined).map(String))]
  if (proposalIds.length === 0) return []
  const { docs: proposals } = await req.payload.find({
    collection: 'proposals',
    where: { id: { in: proposalIds } },
    depth: 0,
    pagination: false,
    overrideAccess: true,
    select: { submitter: true, language: true },
    req,
  })
  const byProposal = new Map(proposals.map((proposal) => [String(proposal.id), proposal]))
  const recipients = new Map<string, Recipient>()
  for (const change of changes) {
    const proposal = byProposal.get(String(proposalOf.get(change.session)))
    const email = proposal?.submitter?.email?.trim().toLowerCase()
    if (!proposal || !email) continue
    const recipient = recipients.get(email) ?? { email, locale: proposal.language === 'fr' ? 'fr' : 'en', changes: [] }
    recipient.changes.push(change)
    recipients.set(email, recipient)
  }
  return [...recipients.values()]
}

function releaseEmail(release: Pick<PublishedRelease, 'number' | 'year'>, recipient: Recipient): { subject: string; text: string } {
  const fr = recipient.locale === 'fr'
  const changesUrl = absoluteUrl(recipient.locale, routes.programmeChanges(release.year))
  const lines = recipient.changes.flatMap((change) => [
    `• ${changeTitle(change, recipient.locale)}`,
    ...describeChange(change, recipient.locale).map((line) => `  ${line}`),
  ])
  return fr
    ? {
        subject: `Commons AI ${release.year} : votre séance change (programme version ${release.number})`,
        text: [
          `Bonjour,`,
          '',
          `La version ${release.number} du programme change votre séance :`,
          '',
          ...lines,
          '',
          `Tous les changements : ${changesUrl}`,
        ].join('\n'),
      }
    : {
        subject: `Commons AI ${release.year}: your session changed (programme version ${release.number})`,
        text: [
          `Hello,`,
          '',
          `Version ${release.number} of the programme changes your session:`,
          '',
          ...lines,
          '',
          `Every change: ${changesUrl}`,
        ].join('\n'),
      }
}

/** Queues the emails (through the shared email queue, logged on the release); returns how many. */
export async function notifySpeakersOfRelease(req: PayloadRequest, release: PublishedRelease, enqueueEmail: EnqueueEmail): Promise<number> {
  const recipients = await recipientsOf(req, release.changes)
  for (const recipient of recipients) {
    await enqueueEmail(
      req.payload,
      { to: recipient.email, ...releaseEmail(release, recipient) },
      { collection: 'programme-releases', id: release.id, kind: 'speaker-change' },
      req,
    )
  }
  return recipients.length
}
