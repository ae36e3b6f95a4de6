/** Restoring a backup of an older schema version (src/backup/upgrade.ts): derived fields are filled. */
import { BACKUP_SCHEMA_VERSION, type BackupFile } from '../../../src/backup/format'
import { upgradeBackup } from '../../../src/backup/upgrade'

const v1 = (): BackupFile => ({
  format: 'commons-hub-backup',
  schemaVersion: 1,
  createdAt: '2026-11-25T00:00:00.000Z',
  adapter: { name: 'sqlite', idType: 'number' },
  migration: null,
  collections: { speakers: [{ id: 1, name: 'Élodie  Sample-Speaker' }], editions: [] },
  versions: { speakers: [{ parent: 1, version: { name: 'Élodie Sample' }, createdAt: 'x', updatedAt: 'x' }] },
  globals: {},
  media: [],
})

it('version 1: speakers and their versions get the normalised name key accepting matches on', () => {
  const upgraded = upgradeBackup(v1())
  expect(upgraded.schemaVersion).toBe(BACKUP_SCHEMA_VERSION)
  expect(upgraded.collections.speakers![0]!.nameKey).toBe('elodie sample speaker')
  expect(upgraded.versions.speakers![0]!.version.nameKey).toBe('elodie sample')
})

it('leaves a current backup as it is', () => {
  const current = { ...v1(), schemaVersion: BACKUP_SCHEMA_VERSION }
  expect(upgradeBackup(current)).toBe(current)
})

describe('version 1: free-text session rooms become rooms', () => {
  const withRooms = (idType: 'number' | 'text'): BackupFile => {
    const file = v1()
    file.adapter.idType = idType
    const [a, b] = idType === 'number' ? [1, 2] : ['e1', 'e2']
    file.collections.sessions = [
      { id: 10, edition: a, room: 'Salle 2' },
      { id: 11, edition: a, room: ' salle 2 ' },
      { id: 12, edition: a, room: 'Amphi' },
      { id: 13, edition: b, room: 'Salle 2' },
      { id: 14, edition: a, room: '' },
      { id: 15, edition: a },
    ]
    file.versions.sessions = [{ parent: 10, version: { edition: a, room: 'SALLE 2' }, createdAt: 'x', updatedAt: 'x' }]
    return file
  }

  it('one room per distinct text of an edition (trimmed, any case), named as first written, numbered alphabetically', () => {
    const upgraded = upgradeBackup(withRooms('number'))
    expect(upgraded.collections.rooms).toEqual([
      { id: 1, name: { en: 'Amphi' }, edition: 1, order: 1, createdAt: '2026-11-25T00:00:00.000Z', updatedAt: '2026-11-25T00:00:00.000Z' },
      {
        id: 2,
        name: { en: 'Salle 2' },
        edition: 1,
        order: 2,
        createdAt: '2026-11-25T00:00:00.000Z',
        updatedAt: '2026-11-25T00:00:00.000Z',
      },
      {
        id: 3,
        name: { en: 'Salle 2' },
        edition: 2,
        order: 1,
        createdAt: '2026-11-25T00:00:00.000Z',
        updatedAt: '2026-11-25T00:00:00.000Z',
      },
    ])
    expect(upgraded.collections.sessions!.map((doc) => [doc.id, doc.room])).toEqual([
      [10, 2],
      [11, 2],
      [12, 1],
      [13, 3],
      [14, null],
      [15, undefined],
    ])
    expect(upgraded.versions.sessions![0]!.version.room).toBe(2)
  })

  it('gives rooms ObjectId-shaped ids when the backup has text ids (MongoDB)', () => {
    const ids = upgradeBackup(withRooms('text')).collections.rooms!.map((room) => room.id)
    expect(ids).toHaveLength(3)
    for (const id of ids) expect(id).toMatch(/^[0-9a-f]{24}$/)
    expect(new Set(ids).size).toBe(3)
  })
})

it('version 2: reviews get the copies of their proposal label and reviewer name the reviews list shows', () => {
  const file = v1()
  file.schemaVersion = 2
  file.collections.proposals = [{ id: 7, reference: 'CAI26-007', title: 'Sample proposal', status: 'submitted' }]
  file.collections.users = [
    { id: 3, email: 'reviewer@example.org', name: 'Sample Reviewer' },
    { id: 4, email: 'nameless@example.org', name: '  ' },
  ]
  file.collections.reviews = [
    { id: 1, proposal: 7, reviewer: 3 },
    { id: 2, proposal: 7, reviewer: 4 },
  ]
  const reviews = upgradeBackup(file).collections.reviews!
  expect(reviews.map((review) => [review.proposalLabel, review.reviewerName])).toEqual([
    ['CAI26-007 — Sample proposal', 'Sample Reviewer'],
    ['CAI26-007 — Sample proposal', 'Reviewer #4'],
  ])
})
