/** Deliberately plain: one @, a dot in the domain, no spaces; the mail server is the final judge. */
const EMAIL = /^[^\s@]+@[^\s@.]+(?:\.[^\s@.]+)+$/

export function isValidEmail(value: string): boolean {
  return value.length <= 254 && EMAIL.test(value.trim())
}

export function normaliseEmail(value: string): string {
  return value.trim().toLowerCase()
}

/** Only http(s) links are accepted, so no javascript: or data: URL ever reaches a page. */
export function isValidHttpUrl(value: string): boolean {
  try {
    const url = new URL(value)
    return url.protocol === 'https:' || url.protocol === 'http:'
  } catch {
    return false
  }
}
