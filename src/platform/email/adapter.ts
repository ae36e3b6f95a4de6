import nodemailer, { type Transporter } from 'nodemailer'
import type { EmailAdapter } from 'payload'

import { captureTransport } from './captureTransport'
import { emailSettings, type Env } from './settings'

/**
 * The nodemailer email adapter, written as `@payloadcms/email-nodemailer`'s `nodemailerAdapter` is
 * (same options, same sendEmail), because that package exists on npm only up to 3.90.1, and Payload's
 * dependency checker stops dev, tests and the CLI when one @payloadcms package differs from payload's
 * 3.90.2. Swap this function for the official one when 3.90.2 (or the next common version) is out.
 */
function nodemailerAdapter(args: { transport: Transporter; defaultFromAddress: string; defaultFromName: string }): EmailAdapter {
  const { transport, defaultFromAddress, defaultFromName } = args
  return () => ({
    name: 'nodemailer',
    defaultFromAddress,
    defaultFromName,
    sendEmail: async (message) => {
      const from =
        typeof message.from === 'object' && message.from
          ? message.from.name
            ? `"${message.from.name.replace(/["\\]/g, '')}" <${message.from.address}>`
            : message.from.address
          : message.from
      return transport.sendMail({
        ...(message as nodemailer.SendMailOptions),
        from: from || `"${defaultFromName}" <${defaultFromAddress}>`,
      })
    },
  })
}

/**
 * Payload's email adapter: nodemailer over SMTP when SMTP_HOST is set, else over the capture
 * transport. Headers (From, Reply-To, Date, Message-ID) are set before it, in compose.ts. The server
 * is not verified at start-up: an unreachable one must not stop the site; the queue retries and logs.
 */
export function emailAdapter(env: Env = process.env): EmailAdapter {
  const settings = emailSettings(env)
  const transport = settings.smtp
    ? nodemailer.createTransport({
        host: settings.smtp.host,
        port: settings.smtp.port,
        secure: settings.smtp.port === 465,
        ...(settings.smtp.user ? { auth: { user: settings.smtp.user, pass: settings.smtp.pass ?? '' } } : {}),
      })
    : nodemailer.createTransport(captureTransport(env))
  return nodemailerAdapter({ defaultFromAddress: settings.fromAddress, defaultFromName: settings.fromName, transport })
}
