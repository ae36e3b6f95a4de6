// Moved to src/platform/email; kept so existing imports keep working until the lead's restructure.
export { capturedEmails, emailAdapter, mailCaptureDir, type CapturedEmail } from '../platform/email'
