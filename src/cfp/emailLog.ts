/** The proposal's `emails` log is the shared email log (src/platform/email/log.ts); these are its kinds here. */
const EMAIL_KINDS = ['confirmation', 'notification', 'decision'] as const
type EmailKind = (typeof EMAIL_KINDS)[number]

export type { EmailLogEntry } from '../platform/email/log'
