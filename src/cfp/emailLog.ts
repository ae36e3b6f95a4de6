/** What the proposal's `emails` log records about each email sent about it. */
export const EMAIL_KINDS = ['confirmation', 'notification'] as const
export type EmailKind = (typeof EMAIL_KINDS)[number]

export const EMAIL_STATUSES = ['sent', 'failed'] as const
export type EmailStatus = (typeof EMAIL_STATUSES)[number]

export type EmailLogEntry = { kind: EmailKind; to: string; status: EmailStatus; error?: string | null; at: string }
