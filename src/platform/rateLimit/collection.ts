import type { CollectionConfig } from 'payload'

export const RATE_LIMIT_HITS = 'rate-limit-hits'

/**
 * One row per counted request, kept in the database so every app process on it shares the counts
 * (SQLite and MongoDB alike). Hidden and closed: it holds visitors' addresses; only server code
 * (Local API, overrideAccess) reads and writes it. Rows expire with their window.
 */
export const RateLimitHits: CollectionConfig = {
  slug: RATE_LIMIT_HITS,
  admin: { hidden: true },
  access: { read: () => false, create: () => false, update: () => false, delete: () => false },
  // Nobody edits it in the admin: no edit lock, and one column fewer in the lock-status query every
  // admin list sends (Payload checks each listed id against every lockable collection).
  lockDocuments: false,
  timestamps: false,
  fields: [
    { name: 'bucket', type: 'text', required: true, index: true },
    { name: 'key', type: 'text', required: true, index: true },
    { name: 'at', type: 'number', required: true, index: true },
    { name: 'expiresAt', type: 'number', required: true, index: true },
  ],
}
