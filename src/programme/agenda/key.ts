import { randomBytes } from 'node:crypto'

/**
 * A personal agenda's id: 128 random bits, base64url (22 characters). It is the only key to the agenda:
 * it says nothing about the person and cannot be guessed or enumerated.
 */
export function newAgendaKey(): string {
  return randomBytes(16).toString('base64url')
}

export function isAgendaKey(value: unknown): value is string {
  return typeof value === 'string' && /^[A-Za-z0-9_-]{22}$/.test(value)
}
