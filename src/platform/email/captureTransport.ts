import fs from 'node:fs'
import path from 'node:path'

import type { SentMessageInfo, Transport } from 'nodemailer'
import type MailMessage from 'nodemailer/lib/mailer/mail-message'

import type { Env } from './settings'

/**
 * A nodemailer transport that sends nothing: each message is written as JSON under MAIL_CAPTURE_DIR
 * (default ./.mail, git-ignored) and kept in memory for tests. Development and production go through
 * the same nodemailer adapter and headers; only this last step differs from SMTP.
 */
export type CapturedEmail = {
  from: string
  to: string
  replyTo?: string
  subject: string
  text: string
  html?: string
  messageId: string
  date: string
  sentAt: string
}

const captured: CapturedEmail[] = []

export function capturedEmails(): readonly CapturedEmail[] {
  return captured
}

export function mailCaptureDir(env: Env = process.env): string {
  return path.resolve(/* turbopackIgnore: true */ process.cwd(), env['MAIL_CAPTURE_DIR'] || '.mail')
}

function header(mail: MailMessage, name: string): string {
  const value = mail.message.getHeader(name)
  return typeof value === 'string' ? value : ''
}

export function captureTransport(env: Env = process.env): Transport<SentMessageInfo> {
  return {
    name: 'capture',
    version: '1',
    send(mail, callback) {
      try {
        const data = mail.data
        const email: CapturedEmail = {
          from: header(mail, 'from'),
          to: header(mail, 'to'),
          ...(header(mail, 'reply-to') ? { replyTo: header(mail, 'reply-to') } : {}),
          subject: typeof data.subject === 'string' ? data.subject : '',
          text: typeof data.text === 'string' ? data.text : '',
          ...(typeof data.html === 'string' ? { html: data.html } : {}),
          messageId: mail.message.messageId(),
          date: header(mail, 'date'),
          sentAt: new Date().toISOString(),
        }
        captured.push(email)
        const dir = mailCaptureDir(env)
        fs.mkdirSync(dir, { recursive: true })
        const name = `${email.sentAt.replace(/[:.]/g, '-')}-${captured.length}.json`
        fs.writeFileSync(path.join(dir, name), JSON.stringify(email, null, 2))
        callback(null, { envelope: mail.message.getEnvelope(), messageId: email.messageId, captured: true, file: name })
      } catch (error) {
        callback(error as Error, undefined as never)
      }
    },
  }
}
