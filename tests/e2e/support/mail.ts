import fs from 'node:fs'
import path from 'node:path'

/**
 * The emails the test server captured (it runs without SMTP_HOST: each email is a JSON file under
 * `$E2E_DIR/mail`, see tests/e2e/run.ts), oldest first.
 */
export type CapturedMail = { to: string; subject: string; text: string }

export function capturedMails(): CapturedMail[] {
  const dir = path.join(process.env.E2E_DIR ?? '', 'mail')
  if (!process.env.E2E_DIR || !fs.existsSync(dir)) return []
  return fs
    .readdirSync(dir)
    .sort()
    .map((name) => JSON.parse(fs.readFileSync(path.join(dir, name), 'utf8')) as CapturedMail)
}

export const mailsTo = (address: string): CapturedMail[] => capturedMails().filter((mail) => mail.to === address)

/**
 * The newest email to `address` whose text matches `pattern`, and the match, once it arrives: emails are
 * sent by the server's job queue, a moment after the request that queued them.
 */
export async function mailMatching(address: string, pattern: RegExp, timeoutMs = 30_000): Promise<{ mail: CapturedMail; match: string }> {
  const until = Date.now() + timeoutMs
  do {
    for (const mail of mailsTo(address).reverse()) {
      const match = pattern.exec(mail.text)
      if (match) return { mail, match: match[0] }
    }
    await new Promise((resolve) => setTimeout(resolve, 100))
  } while (Date.now() < until)
  throw new Error(`no email matching ${String(pattern)} reached ${address}`)
}

/** The sign-in (`link`) or co-speaker invitation link of the newest such email to `address`. */
export async function speakerLinkTo(address: string, kind: 'link' | 'invitation' = 'link'): Promise<string> {
  return (await mailMatching(address, new RegExp(`https?://\\S+/speaker/${kind}\\?token=[\\w-]+`))).match
}
