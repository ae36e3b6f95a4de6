/**
 * "Publish programme version N" is all or nothing: a failure half-way (here the queue refusing the
 * second speaker's email, after the sessions were published, the release recorded and the first email
 * queued) leaves no session published, no release and no queued email; in the database's transaction
 * (SQLite) and by exact undo (the path of a database without transactions). The next attempt then
 * publishes version 1 as if nothing had happened. Sample data only.
 */
import type { Payload, PayloadRequest } from 'payload'

import type { Factories, Id } from '../helpers/factories'
import { mockNextCache } from '../helpers/nextCache'
import type { TestPayload } from '../helpers/testPayload'

mockNextCache()

const { startWithEdition } = await import('./setup')
const { publishReleaseAndNotify } = await import('../../../src/programme/releases/transaction')
const { queueEmailJob } = await import('../../../src/platform/email')
const { loadProgramme } = await import('../../../src/programme/load')

type QueueEmailJob = import('../../../src/programme/releases/transaction').QueueEmailJob

let ctx: TestPayload
let payload: Payload
let make: Factories
let req: PayloadRequest
const editions: Record<number, Id> = {}

beforeAll(async () => {
  let edition: { id: Id }
  ;({ ctx, payload, make, edition } = await startWithEdition(2026))
  editions[2026] = edition.id
  editions[2027] = (await make.edition(2027, { status: 'current' })).id
  await make.user('admin') // the first account is the admin; the next is an editor
  req = await make.reqAs(await make.user('editor'))
})

afterAll(async () => {
  await ctx?.close()
})

// One edition each: the two ways share the database.
describe.each([
  ['in one transaction', 2026, {}],
  ['by exact undo, without a transaction', 2027, { transaction: false }],
])('a release that fails half-way leaves nothing behind (%s)', (_how, year, options) => {
  const ids: Record<string, Id> = {}
  const at = (time: string) => `${year}-12-01T${time}:00.000Z`

  /** The real queue, refusing after `failAfter` emails. */
  const queueFailingAfter =
    (failAfter: number): QueueEmailJob =>
    async (...args) => {
      if (failAfter-- <= 0) throw new Error('Sample failure: the email queue is down')
      return queueEmailJob(...args)
    }
  const publicTitles = async () => ((await loadProgramme(payload, year, 'en'))?.sessions ?? []).map((session) => session.title).sort()
  const versionsOf = async (id: Id) =>
    (await payload.findVersions({ collection: 'sessions', where: { parent: { equals: id } }, pagination: false, depth: 0 })).docs
      .map((version) => ({ id: version.id, latest: version.latest, status: version.version._status, title: version.version.title }))
      .sort((a, b) => String(a.id).localeCompare(String(b.id)))
  const state = async () => ({
    public: await publicTitles(),
    releases: (await payload.count({ collection: 'programme-releases', where: { edition: { equals: ids.edition } } })).totalDocs,
    jobs: (await payload.count({ collection: 'payload-jobs' })).totalDocs,
    published: (
      await payload.find({ collection: 'sessions', where: { edition: { equals: ids.edition } }, draft: false, depth: 0, pagination: false })
    ).docs
      .map((doc) => [doc.title, doc._status])
      .sort(),
    versions: [await versionsOf(ids.keynote!), await versionsOf(ids.panel!), await versionsOf(ids.moved!)],
  })

  beforeAll(async () => {
    ids.edition = editions[year]!
    const proposal = async (email: string) => (await make.proposal(ids.edition!, { submitter: { name: 'Sample Submitter', email } })).id
    const session = async (title: string, start: string, proposalId: Id, status: 'draft' | 'published') =>
      (await make.session(ids.edition!, { title, start, proposal: proposalId }, { draft: status === 'draft' })).id
    // One session already public (published outside any release), then moved in the draft; two new drafts.
    ids.moved = await session('Sample moved talk', at('13:00'), await proposal('cy@example.org'), 'published')
    await payload.update({
      collection: 'sessions',
      id: ids.moved,
      data: { start: at('15:00'), end: at('16:00') } as never,
      draft: true,
      context: { disableRevalidate: true },
    })
    ids.keynote = await session('Sample keynote', at('08:00'), await proposal('ada@example.org'), 'draft')
    ids.panel = await session('Sample panel', at('10:00'), await proposal('bo@example.org'), 'draft')
  })

  it('publishes no session, records no release and queues no email', async () => {
    const before = await state()
    expect(before.public).toEqual(['Sample moved talk'])
    expect(before.releases).toBe(0)

    // Three speakers to mail: the first email is queued, the second fails.
    await expect(
      publishReleaseAndNotify(req, { edition: ids.edition!, note: { en: 'Sample note' } }, queueFailingAfter(1), options),
    ).rejects.toThrow('Sample failure: the email queue is down')
    expect(await state()).toEqual(before)
    const moved = await payload.findByID({ collection: 'sessions', id: ids.moved!, draft: false, depth: 0 })
    expect(moved.start).toBe(at('13:00'))
  })

  it('publishes version 1 in full at the next attempt', async () => {
    const jobs = (await payload.count({ collection: 'payload-jobs' })).totalDocs
    const release = await publishReleaseAndNotify(req, { edition: ids.edition! }, queueFailingAfter(Infinity), options)
    expect(release).toMatchObject({ number: 1, emails: 3 })
    expect(release.changes.map((change) => change.kinds).sort()).toEqual([['added'], ['added'], ['time']])
    expect(await publicTitles()).toEqual(['Sample keynote', 'Sample moved talk', 'Sample panel'])
    expect((await payload.count({ collection: 'payload-jobs' })).totalDocs).toBe(jobs + 3)
    const stored = await payload.findByID({ collection: 'programme-releases', id: release.id, depth: 0 })
    expect(stored.emails).toHaveLength(3)
  })
})
