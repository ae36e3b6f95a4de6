/** The proposal's `emails` log is the shared email log (src/platform/email/log.ts); these are its kinds here. */
export const EMAIL_KINDS = ['confirmation', 'notification', 'decision'] as const
export type EmailKind = (typeof EMAIL_KINDS)[number]

export type { EmailLogEntry, EmailStatus } from '../platform/email/log'
