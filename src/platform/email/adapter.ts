import { nodemailerAdapter } from '@payloadcms/email-nodemailer'
import nodemailer from 'nodemailer'
import type { EmailAdapter } from 'payload'

import { captureTransport } from './captureTransport'
import { emailSettings, type Env } from './settings'

/**
 * Payload's email adapter: the official `@payloadcms/email-nodemailer`, over SMTP when SMTP_HOST is
 * set, else over the capture transport, so development, tests and production go through the same
 * adapter. Headers (From, Reply-To, Date, Message-ID) are set before it, in compose.ts. The SMTP
 * server is not verified at start-up: an unreachable one must not stop the site; the queue retries
 * and logs.
 */
export function emailAdapter(env: Env = process.env): Promise<EmailAdapter> {
  const settings = emailSettings(env)
  const transport = settings.smtp
    ? nodemailer.createTransport({
        host: settings.smtp.host,
        port: settings.smtp.port,
        secure: settings.smtp.port === 465,
        ...(settings.smtp.user ? { auth: { user: settings.smtp.user, pass: settings.smtp.pass ?? '' } } : {}),
      })
    : nodemailer.createTransport(captureTransport(env))
  return nodemailerAdapter({
    defaultFromAddress: settings.fromAddress,
    defaultFromName: settings.fromName,
    transport,
    skipVerify: true,
  })
}
