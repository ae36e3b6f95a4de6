import { warnIfCapturing } from '../../../src/platform/email/startupWarning'

// Issue 17 item 2: production without a mail server says so once, loudly, at start-up.
it('warns once in production without SMTP_HOST, never with one or in development', () => {
  const lines: string[] = []
  const print = (line: string) => lines.push(line)
  expect(warnIfCapturing({ NODE_ENV: 'development' }, print)).toBe(false)
  expect(warnIfCapturing({ NODE_ENV: 'production', SMTP_HOST: 'smtp.example.org' }, print)).toBe(false)
  expect(lines).toEqual([])
  expect(warnIfCapturing({ NODE_ENV: 'production', MAIL_CAPTURE_DIR: '/tmp/sample-mail' }, print)).toBe(true)
  expect(warnIfCapturing({ NODE_ENV: 'production' }, print)).toBe(false)
  expect(lines).toHaveLength(1)
  expect(lines[0]).toContain('SMTP_HOST is not set')
  expect(lines[0]).toContain('/tmp/sample-mail')
})
