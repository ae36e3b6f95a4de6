import type { CollectionConfig } from 'payload'

import { emailLogField } from '../../platform/email'

/**
 * The speaker space's secrets: one-time sign-in links and the sessions they open. Only their SHA-256
 * hashes are stored, so a copy of the database signs nobody in. Nobody reads or writes them through the
 * API or the admin: the speaker space's server code does, with overrideAccess.
 *
 * `redeemedFrom` makes a link single-use under concurrency: the session a link opens carries the link's
 * hash in a unique field, so a second redemption (a double click, a replayed request) loses on the index.
 */
const SPEAKER_TOKEN_KINDS = ['sign-in', 'session'] as const

const nobody = () => false

export const SpeakerTokens: CollectionConfig = {
  slug: 'speaker-tokens',
  labels: { singular: 'Speaker sign-in token', plural: 'Speaker sign-in tokens' },
  admin: { hidden: true },
  access: { read: nobody, create: nobody, update: nobody, delete: nobody },
  // Nobody edits it in the admin: no edit lock, and one column fewer in the lock-status query every
  // admin list sends (Payload checks each listed id against every lockable collection).
  lockDocuments: false,
  indexes: [{ fields: ['kind', 'email'] }],
  fields: [
    { name: 'kind', type: 'select', required: true, options: SPEAKER_TOKEN_KINDS.map((value) => ({ label: value, value })) },
    { name: 'tokenHash', type: 'text', required: true, unique: true, index: true, maxLength: 64 },
    // Normalised (trimmed, lower case): the address the link was sent to, the identity of the session.
    { name: 'email', type: 'text', required: true, index: true, maxLength: 254 },
    { name: 'expiresAt', type: 'date', required: true, index: true },
    { name: 'usedAt', type: 'date' },
    { name: 'redeemedFrom', type: 'text', unique: true, index: true, maxLength: 64 },
    // The sign-in email's fate (queued, sent, failed…), as every email has on its document.
    emailLogField('emails'),
  ],
}
