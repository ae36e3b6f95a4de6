import { isDecisionPending } from '../cfp/decisions/pending'
import { proposalLabel, reviewerLabel } from '../cfp/review/reviewLabels'
import { normaliseName } from '../speakers/nameKey'
import { BACKUP_SCHEMA_VERSION, type BackupFile } from './format'
import { upgradeFreeTextRooms } from './upgradeRooms'

/**
 * Brings a backup made by an older schema version up to this one before it is written (restore
 * writes without hooks, so derived fields must be filled here).
 * 1 → 2: speakers gained `nameKey`, the normalised name accepting a proposal matches on; sessions'
 * free-text rooms became documents of `rooms` (upgradeRooms.ts).
 * 2 → 3: decisions are released from an outbox: a decision whose email went out counts as released,
 * any other is pending (as the migration `outbox` does to a live database).
 * Speakers' `changedBy` (3) is absent from older files and stays empty; reviews' copies of their
 * proposal's label and reviewer's name are filled.
 */
export function upgradeBackup(file: BackupFile): BackupFile {
  if (file.schemaVersion >= BACKUP_SCHEMA_VERSION) return file
  const upgraded = structuredClone(file)
  if (upgraded.schemaVersion < 2) {
    const key = (name: unknown) => (typeof name === 'string' ? normaliseName(name) : null)
    for (const doc of upgraded.collections.speakers ?? []) doc.nameKey ??= key(doc.name)
    for (const row of upgraded.versions.speakers ?? []) row.version.nameKey ??= key(row.version.name)
    upgradeFreeTextRooms(upgraded)
  }
  if (upgraded.schemaVersion < 3) {
    for (const doc of upgraded.collections.proposals ?? []) {
      const email = (doc.decisionEmail ?? {}) as { kind?: unknown; status?: unknown; sentAt?: unknown }
      if (email.status === 'sent' || email.status === 'captured') {
        doc.releasedDecision ??= email.kind ?? null
        doc.releasedAt ??= email.sentAt ?? null
      }
      doc.decisionPending = isDecisionPending(doc.status, doc.releasedDecision)
    }
    // Reviews keep a copy of their proposal's label and their reviewer's name (the reviews list shows
    // and searches them), filled here as the migration does: restore runs no hooks.
    const proposals = new Map((upgraded.collections.proposals ?? []).map((doc) => [String(doc.id), doc]))
    const users = new Map((upgraded.collections.users ?? []).map((doc) => [String(doc.id), doc]))
    for (const review of upgraded.collections.reviews ?? []) {
      const proposal = proposals.get(String(review.proposal))
      const user = users.get(String(review.reviewer))
      if (proposal) review.proposalLabel ??= proposalLabel(proposal as Parameters<typeof proposalLabel>[0])
      if (user) review.reviewerName ??= reviewerLabel(user as Parameters<typeof reviewerLabel>[0])
    }
  }
  upgraded.schemaVersion = BACKUP_SCHEMA_VERSION
  return upgraded
}
