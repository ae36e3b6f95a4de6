import fs from 'node:fs'
import path from 'node:path'

import nodemailer from 'nodemailer'
import type { EmailAdapter, SendEmailOptions } from 'payload'

/**
 * Payload's email adapter. With SMTP_HOST set, mail goes out over SMTP (production). Without it,
 * every message is captured: written as JSON under MAIL_CAPTURE_DIR (default ./.mail, git-ignored)
 * and kept in memory, so development and tests can read what would have been sent.
 */
export type CapturedEmail = { to: string; from: string; subject: string; text: string; html?: string; sentAt: string }

const captured: CapturedEmail[] = []

export function capturedEmails(): readonly CapturedEmail[] {
  return captured
}

export function mailCaptureDir(env: Record<string, string | undefined> = process.env): string {
  return path.resolve(/* turbopackIgnore: true */ process.cwd(), env['MAIL_CAPTURE_DIR'] || '.mail')
}

function addressList(value: SendEmailOptions['to']): string {
  const list = Array.isArray(value) ? value : value ? [value] : []
  return list.map((entry) => (typeof entry === 'string' ? entry : entry.address)).join(', ')
}

export function emailAdapter(env: Record<string, string | undefined> = process.env): EmailAdapter {
  const fromAddress = env['EMAIL_FROM'] || 'no-reply@commons-ai.local'
  const fromName = env['EMAIL_FROM_NAME'] || 'Commons AI'
  const host = env['SMTP_HOST']

  if (host) {
    const port = Number(env['SMTP_PORT'] || 587)
    const transport = nodemailer.createTransport({
      host,
      port,
      secure: port === 465,
      ...(env['SMTP_USER'] ? { auth: { user: env['SMTP_USER'], pass: env['SMTP_PASS'] ?? '' } } : {}),
    })
    return () => ({
      name: 'smtp',
      defaultFromAddress: fromAddress,
      defaultFromName: fromName,
      sendEmail: (message) => transport.sendMail(message as nodemailer.SendMailOptions),
    })
  }

  return ({ payload }) => {
    if (env['NODE_ENV'] === 'production') {
      payload.logger.warn(`SMTP_HOST is not set: emails are not sent, only written to ${mailCaptureDir(env)}`)
    }
    return captureAdapter()
  }

  function captureAdapter() {
    return {
    name: 'capture',
    defaultFromAddress: fromAddress,
    defaultFromName: fromName,
    sendEmail: async (message: SendEmailOptions) => {
      const email: CapturedEmail = {
        to: addressList(message.to),
        from: typeof message.from === 'string' ? message.from : (message.from?.address ?? fromAddress),
        subject: String(message.subject ?? ''),
        text: typeof message.text === 'string' ? message.text : '',
        ...(typeof message.html === 'string' ? { html: message.html } : {}),
        sentAt: new Date().toISOString(),
      }
      captured.push(email)
      const dir = mailCaptureDir(env)
      fs.mkdirSync(dir, { recursive: true })
      const name = `${email.sentAt.replace(/[:.]/g, '-')}-${captured.length}.json`
      fs.writeFileSync(path.join(dir, name), JSON.stringify(email, null, 2))
      return { captured: true, file: name }
    },
    }
  }
}
