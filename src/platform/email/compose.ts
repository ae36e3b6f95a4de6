import crypto from 'node:crypto'

import type { SendEmailOptions } from 'payload'

import { emailSettings, type Env } from './settings'

/** One outgoing message as callers give it. */
export type OutgoingEmail = { to: string; subject: string; text: string; html?: string; replyTo?: string }

/** A Message-ID on the sender's domain, drawn once when the email is queued so retries keep it. */
export function newMessageId(env: Env = process.env): string {
  const domain = emailSettings(env).fromAddress.split('@')[1] || 'commons-ai.local'
  return `<${crypto.randomUUID()}@${domain}>`
}

/**
 * `"Name" <address>`, quoted: the nodemailer adapter writes an object sender as `Name <address>`,
 * and a name such as "Commons AI (sample)" would then lose "(sample)", read as a mail comment.
 */
function formatSender(name: string, address: string): string {
  return `"${name.replace(/["\\\r\n]/g, '')}" <${address}>`
}

/**
 * The one place every outgoing message gets its sender (header and envelope), Reply-To, Date and
 * Message-ID: an SMTP server never sees `MAIL FROM:<>` or a message without `From:`.
 */
export function composeEmail(message: OutgoingEmail & { messageId: string }, now = new Date(), env: Env = process.env): SendEmailOptions {
  const { fromAddress, fromName } = emailSettings(env)
  return {
    from: formatSender(fromName, fromAddress),
    envelope: { from: fromAddress, to: message.to },
    to: message.to,
    ...(message.replyTo ? { replyTo: message.replyTo } : {}),
    subject: message.subject,
    text: message.text,
    ...(message.html ? { html: message.html } : {}),
    date: now,
    messageId: message.messageId,
  }
}
