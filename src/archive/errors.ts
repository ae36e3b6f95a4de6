import { Forbidden } from 'payload'

import { archivedMessage } from './messages'

/**
 * A refused change to archived content. A `Forbidden` (403, and `instanceof Forbidden` for callers
 * that check access) whose message says why, instead of Payload's generic "not allowed".
 */
export class EditionArchivedError extends Forbidden {
  constructor(year: number | string | undefined, what: string) {
    super()
    this.message = archivedMessage(year, what)
    this.name = 'EditionArchivedError'
  }
}
