import { CAPTURED_NOTE, emailSettings, type Env } from './settings'
import { mailCaptureDir } from './captureTransport'

let warned = false

/** Production without SMTP_HOST sends nothing: say it once, loudly, at start-up. */
export function warnIfCapturing(env: Env = process.env, print: (line: string) => void = console.warn): boolean {
  if (warned || env['NODE_ENV'] !== 'production' || emailSettings(env).smtp) return false
  warned = true
  const bar = '!'.repeat(78)
  print(
    `${bar}\n!! EMAIL IS OFF: SMTP_HOST is not set. No email leaves this server (${CAPTURED_NOTE});\n!! each one is only written to ${mailCaptureDir(env)} and logged as "captured".\n${bar}`,
  )
  return true
}
