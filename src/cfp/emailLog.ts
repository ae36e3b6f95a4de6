/** The proposal's `emails` log is the shared email log (src/platform/email/log.ts); its kinds here are confirmation, notification and decision. */

export type { EmailLogEntry } from '../platform/email/log'
