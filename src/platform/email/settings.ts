/** Where outgoing mail goes and who sends it, read from the environment in one place. */
export type Env = Record<string, string | undefined>

type SmtpSettings = { host: string; port: number; user?: string; pass?: string }

export type EmailSettings = {
  fromAddress: string
  fromName: string
  /** Null: no mail server configured, every message is captured (written to disk), never sent. */
  smtp: SmtpSettings | null
}

export function emailSettings(env: Env = process.env): EmailSettings {
  const host = env['SMTP_HOST']?.trim()
  return {
    fromAddress: env['EMAIL_FROM']?.trim() || 'no-reply@commons-ai.local',
    fromName: env['EMAIL_FROM_NAME']?.trim() || 'Commons AI',
    smtp: host
      ? {
          host,
          port: Number(env['SMTP_PORT'] || 587),
          ...(env['SMTP_USER'] ? { user: env['SMTP_USER'], pass: env['SMTP_PASS'] ?? '' } : {}),
        }
      : null,
  }
}

/** What editors read on a captured email: it exists on disk only. */
export const CAPTURED_NOTE = 'not sent: no mail server configured'
