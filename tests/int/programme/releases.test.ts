/**
 * Programme releases: the diff between two releases (every kind of change, and nothing when nothing
 * changed), and "Publish programme version N" through the Local API on a throwaway database: drafts
 * become public only at a release, a release with no change is refused, and each speaker whose session
 * changed is mailed once per release. All people, rooms and sessions are sample data.
 */
import type { Payload, PayloadRequest } from 'payload'

import type { Doc, Factories, Id } from '../helpers/factories'
import { mockNextCache } from '../helpers/nextCache'
import type { TestPayload } from '../helpers/testPayload'

mockNextCache()

const { startWithEdition } = await import('./setup')
const { diffProgrammes } = await import('../../../src/programme/releases/diff')
const { publishProgrammeRelease } = await import('../../../src/programme/releases/publish')
const { notifySpeakersOfRelease } = await import('../../../src/programme/releases/notify')
const { describeChange } = await import('../../../src/programme/releases/changeText')
const { enqueueEmail, runEmailJobs } = await import('../../../src/platform/email')
const { loadProgramme } = await import('../../../src/programme/load')
type SnapshotSession = import('../../../src/programme/releases/snapshot').SnapshotSession

const snap = (id: string, extra: Partial<SnapshotSession> = {}): SnapshotSession => ({
  id,
  slug: `sample-${id}`,
  kind: 'talk',
  title: { en: `Sample ${id}`, fr: `Exemple ${id}` },
  start: '2026-12-01T09:00:00.000Z',
  end: '2026-12-01T10:00:00.000Z',
  room: { id: 'r1', name: { en: 'Sample room 1', fr: null } },
  speakers: [{ id: 's1', name: 'Sample Speaker One' }],
  ...extra,
})

describe('the diff between two releases', () => {
  const before = [snap('a'), snap('b'), snap('c'), snap('d'), snap('e'), snap('f')]

  it('names every kind of change, one entry per session', () => {
    const after = [
      snap('a'), // unchanged
      snap('b', { start: '2026-12-01T11:00:00.000Z', end: '2026-12-01T12:00:00.000Z' }),
      snap('c', { room: { id: 'r2', name: { en: 'Sample room 2', fr: null } } }),
      snap('d', { title: { en: 'Sample d renamed', fr: 'Exemple d' } }),
      snap('e', { speakers: [{ id: 's2', name: 'Sample Speaker Two' }] }),
      // f cancelled
      snap('g'), // added
    ]
    const changes = diffProgrammes(before, after)
    expect(changes.map((change) => [change.session, change.kinds])).toEqual([
      ['b', ['time']],
      ['c', ['room']],
      ['d', ['renamed']],
      ['e', ['speakers']],
      ['g', ['added']],
      ['f', ['cancelled']],
    ])
    expect(changes.find((change) => change.session === 'f')).toMatchObject({ before: { id: 'f' }, after: null })
    expect(changes.find((change) => change.session === 'g')).toMatchObject({ before: null, after: { id: 'g' } })
  })

  it('gives one entry with several kinds to a session renamed and moved at once', () => {
    const after = [snap('a', { title: { en: 'New', fr: 'Nouveau' }, room: null, end: '2026-12-01T10:30:00.000Z' })]
    expect(diffProgrammes([snap('a')], after)).toEqual([expect.objectContaining({ session: 'a', kinds: ['time', 'room', 'renamed'] })])
  })

  it('sees a French-only rename, and not a reordering of the same speakers', () => {
    const two = [
      { id: 's1', name: 'One' },
      { id: 's2', name: 'Two' },
    ]
    expect(diffProgrammes([snap('a')], [snap('a', { title: { en: 'Sample a', fr: 'Autre' } })])[0]?.kinds).toEqual(['renamed'])
    expect(diffProgrammes([snap('a', { speakers: two })], [snap('a', { speakers: [...two].reverse() })])).toEqual([])
  })

  it('is empty when nothing changed (same instants written differently count as the same)', () => {
    expect(
      diffProgrammes(
        before,
        before.map((session) => ({ ...session })),
      ),
    ).toEqual([])
    expect(diffProgrammes([snap('a')], [snap('a', { start: '2026-12-01T10:00:00+01:00' })])).toEqual([])
  })

  it('describes a move in Paris time, in both languages', () => {
    const [change] = diffProgrammes([snap('b')], [snap('b', { start: '2026-12-01T13:00:00.000Z', end: '2026-12-01T14:00:00.000Z' })])
    expect(describeChange(change!, 'en')).toEqual([
      'Moved in time: was Tuesday 1 December, 10:00–11:00, Sample room 1; now Tuesday 1 December, 14:00–15:00, Sample room 1',
    ])
    expect(describeChange(change!, 'fr')[0]).toMatch(/^Déplacée dans le temps\u00a0: avant mardi 1 décembre, 10:00–11:00/)
  })
})

describe('publishing programme versions', () => {
  let ctx: TestPayload
  let payload: Payload
  let make: Factories
  let req: PayloadRequest
  const ids: Record<string, Id> = {}
  const queued: Array<{ to: string; subject: string; text: string; log: { collection: string; id: Id; kind: string } }> = []
  const enqueue = async (
    _payload: Payload,
    message: { to: string; subject: string; text: string },
    log: { collection: string; id: Id; kind: string },
  ) => {
    queued.push({ ...message, log })
  }

  const draftSession = async (data: Record<string, unknown>) => (await make.session(ids.edition!, data, { draft: true })).id
  const editDraft = (id: Id, data: Record<string, unknown>) =>
    payload.update({ collection: 'sessions', id, data: data as never, draft: true })
  const publicTitles = async () => ((await loadProgramme(payload, 2026, 'en'))?.sessions ?? []).map((session) => session.title)
  const publish = async (note?: { en?: string; fr?: string }) => {
    const release = await publishProgrammeRelease(req, { edition: ids.edition!, note })
    const emails = await notifySpeakersOfRelease(req, release, enqueue as never)
    return { release, emails }
  }

  beforeAll(async () => {
    let edition: Doc
    ;({ ctx, payload, make, edition } = await startWithEdition())
    ids.edition = edition.id
    req = await make.reqAs(await make.user('editor', { email: 'editor@example.org' }))
    ids.room1 = (await make.room(edition, 'Sample room 1')).id
    ids.room2 = (await make.room(edition, 'Sample room 2')).id
    ids.ada = (await make.speaker(edition, 'Sample Speaker Ada')).id
    ids.bo = (await make.speaker(edition, 'Sample Speaker Bo')).id
    const proposal = async (email: string, language: 'en' | 'fr') =>
      (await make.proposal(edition, { submitter: { name: 'Sample Submitter', email }, title: 'Sample proposal', language })).id
    ids.adaProposal = await proposal('ada@example.org', 'en')
    ids.boProposal = await proposal('bo@example.org', 'fr')
    // An hour each, placed on the board.
    const placed = (title: string, start: string, room: Id, speaker: Id, proposal: Id) =>
      draftSession({ title, start, room, speakers: [speaker], proposal })
    ids.keynote = await placed('Sample keynote', '2026-12-01T08:00:00.000Z', ids.room1, ids.ada, ids.adaProposal)
    ids.workshop = await placed('Sample workshop', '2026-12-01T09:00:00.000Z', ids.room1, ids.ada, ids.adaProposal)
    ids.panel = await placed('Sample panel', '2026-12-01T10:00:00.000Z', ids.room2, ids.bo, ids.boProposal)
    // Accepted but not placed yet: stays aside, never published by a release.
    ids.unplaced = await draftSession({ title: 'Sample unplaced' })
  })

  afterAll(async () => {
    await ctx?.close()
  })

  it('version 1 publishes every placed draft at once and lists them as added', async () => {
    expect(await publicTitles()).toEqual([])
    const { release, emails } = await publish({ en: 'Sample first programme', fr: 'Premier programme (exemple)' })
    expect(release.number).toBe(1)
    expect(release.changes.map((change) => change.kinds)).toEqual([['added'], ['added'], ['added']])
    expect(await publicTitles()).toEqual(['Sample keynote', 'Sample workshop', 'Sample panel'])
    const stored = await payload.findByID({ collection: 'programme-releases', id: release.id, locale: 'fr', depth: 0 })
    expect(stored).toMatchObject({ number: 1, label: 'Version 1', note: 'Premier programme (exemple)', changeCount: 3 })
    // One email per address: Ada has two new sessions, one email listing both.
    expect(emails).toBe(2)
    const ada = queued.filter((email) => email.to === 'ada@example.org')
    expect(ada).toHaveLength(1)
    expect(ada[0]!.text).toContain('Sample keynote')
    expect(ada[0]!.text).toContain('Sample workshop')
    expect(ada[0]!.log).toEqual({ collection: 'programme-releases', id: release.id, kind: 'speaker-change' })
    expect(queued.find((email) => email.to === 'bo@example.org')?.subject).toMatch(/votre séance change \(programme version 1\)/)
  })

  it('refuses a release when the draft programme is the same as the last release', async () => {
    await expect(publish()).rejects.toMatchObject({
      status: 409,
      message: 'Nothing to publish: the draft programme is the same as version 1.',
    })
    // A draft edit that is then undone is no change either.
    await editDraft(ids.panel!, { title: 'Sample panel (temporary)' })
    await editDraft(ids.panel!, { title: 'Sample panel' })
    await expect(publish()).rejects.toMatchObject({ status: 409 })
  })

  it('keeps draft edits private until the next release, which records each change', async () => {
    queued.length = 0
    await editDraft(ids.keynote!, { start: '2026-12-01T08:30:00.000Z', end: '2026-12-01T09:00:00.000Z' })
    await editDraft(ids.workshop!, { room: ids.room2, title: 'Sample workshop, renamed' })
    await editDraft(ids.panel!, { speakers: [ids.bo, ids.ada] })
    expect(await publicTitles()).toEqual(['Sample keynote', 'Sample workshop', 'Sample panel'])
    const { release, emails } = await publish()
    expect(release.number).toBe(2)
    const kinds = Object.fromEntries(release.changes.map((change) => [change.after?.title.en ?? change.before?.title.en, change.kinds]))
    expect(kinds).toEqual({ 'Sample keynote': ['time'], 'Sample workshop, renamed': ['room', 'renamed'], 'Sample panel': ['speakers'] })
    expect(await publicTitles()).toContain('Sample workshop, renamed')
    expect(emails).toBe(2)
    expect(queued.map((email) => email.to).sort()).toEqual(['ada@example.org', 'bo@example.org'])
  })

  it('cancels a session that was deleted, or taken off the board, and takes it off the public programme', async () => {
    await payload.update({ collection: 'sessions', id: ids.keynote!, data: { start: null, end: null } as never, draft: true })
    const { release } = await publish()
    expect(release.changes).toEqual([expect.objectContaining({ session: String(ids.keynote), kinds: ['cancelled'] })])
    expect(await publicTitles()).not.toContain('Sample keynote')
    await payload.delete({ collection: 'sessions', id: ids.panel! })
    const { release: fourth } = await publish()
    expect(fourth.number).toBe(4)
    expect(fourth.changes.map((change) => [change.before?.title.en, change.kinds])).toEqual([['Sample panel', ['cancelled']]])
  })

  it('shows releases to the public with their changes, but not the snapshot or who published', async () => {
    const { docs } = await payload.find({ collection: 'programme-releases', sort: '-number', overrideAccess: false, depth: 0 })
    expect(docs.map((doc) => doc.number)).toEqual([4, 3, 2, 1])
    expect(docs[0]).not.toHaveProperty('snapshot')
    expect(docs[0]).not.toHaveProperty('publishedBy')
    expect(docs[0]!.changes).toEqual([expect.objectContaining({ kinds: ['cancelled'] })])
    await expect(
      payload.create({
        collection: 'programme-releases',
        data: { edition: ids.edition, number: 9 } as never,
        overrideAccess: false,
        user: req.user,
      }),
    ).rejects.toMatchObject({ status: 403 })
  })

  it("queues the speakers' emails through the email queue, logged on the release", async () => {
    await editDraft(ids.workshop!, { title: 'Sample workshop, final title' })
    const release = await publishProgrammeRelease(req, { edition: ids.edition! })
    expect(await notifySpeakersOfRelease(req, release, enqueueEmail)).toBe(1)
    await runEmailJobs(payload)
    const stored = await payload.findByID({ collection: 'programme-releases', id: release.id, depth: 0 })
    expect(stored.emails).toEqual([expect.objectContaining({ kind: 'speaker-change', to: 'ada@example.org', status: 'captured' })])
  })
})
