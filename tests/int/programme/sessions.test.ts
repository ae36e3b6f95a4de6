/**
 * Programme sessions through the Local API on a throwaway database (SQLite by default, MongoDB when
 * DATABASE_URI says so): the timing refusal, the conflict warnings editors see without being blocked,
 * what the public programme holds, UIDs that survive edits, and the cache tags a change expires.
 * All people and sessions here are sample data.
 */
import type { Payload } from 'payload'
import ICAL from 'ical.js'

import { mockNextCache } from '../helpers/nextCache'

// Records what the revalidation hooks expire. They expire only inside a Next.js request (see
// src/platform/cache/expire.ts): the writes below run inside one (Next's own request store).
const { workAsyncStorage } = await import('next/dist/server/app-render/work-async-storage.external')
const inRequest = <T>(run: () => Promise<T>): Promise<T> =>
  workAsyncStorage.run({ page: '/api/[...slug]/route', route: '/api/[...slug]', incrementalCache: {}, cacheLifeProfiles: {} } as never, run)
const expired: string[] = []
mockNextCache((tag) => expired.push(tag))

const { startTestPayload } = await import('../helpers/testPayload')
const { factories } = await import('../helpers/factories')
const { loadProgramme } = await import('../../../src/programme/load')
const { writeIcs, sessionUid } = await import('../../../src/programme/ics')
const { programmeText } = await import('../../../src/programme/messages')

type Id = number | string
type Doc = Record<string, unknown> & { id: Id }

let ctx: Awaited<ReturnType<typeof startTestPayload>>
let payload: Payload
let editor: Doc & { collection: 'users' }
const ids: Record<string, Id> = {}

const day = (time: string) => `2026-12-01T${time}:00.000Z`
let sequence = 0

async function session(data: Record<string, unknown>, options: { draft?: boolean } = {}) {
  sequence += 1
  return (await payload.create({
    collection: 'sessions',
    data: {
      title: `Sample session ${sequence}`,
      edition: ids.edition,
      kind: 'workshop',
      _status: options.draft ? 'draft' : 'published',
      ...data,
    } as never,
    draft: options.draft ?? false,
  })) as unknown as Doc
}

const rooms = new Map<string, Id>()
/** The edition's sample room of that name, created on first use. */
async function room(name: string): Promise<Id> {
  if (!rooms.has(name)) {
    const doc = await payload.create({ collection: 'rooms', data: { name, edition: ids.edition } as never })
    rooms.set(name, doc.id)
  }
  return rooms.get(name)!
}

async function conflictsOf(id: Id): Promise<string | null | undefined> {
  const doc = (await payload.findByID({ collection: 'sessions', id, draft: true, overrideAccess: false, user: editor })) as unknown as Doc
  return doc.conflicts as string | null | undefined
}

beforeAll(async () => {
  ctx = await startTestPayload()
  payload = ctx.payload
  const make = factories(payload)
  await make.user('admin', { email: 'admin@example.org' })
  editor = await make.user('editor', { email: 'editor@example.org' })
  const edition = await make.edition(2026, { status: 'current', venue: 'Sample venue', city: 'Paris' })
  const other = await make.edition(2027)
  ids.edition = edition.id
  ids.other = other.id
  const speaker = (name: string, status: 'published' | 'draft') =>
    payload.create({ collection: 'speakers', data: { name, editions: [edition.id], _status: status } as never, draft: status === 'draft' })
  ids.ada = (await speaker('Sample Speaker Ada', 'published')).id
  ids.bo = (await speaker('Sample Speaker Bo', 'published')).id
  ids.hidden = (await speaker('Sample Draft Speaker', 'draft')).id
  ids.theme = (
    await payload.create({ collection: 'themes', data: { title: 'Sample theme', edition: edition.id, _status: 'published' } as never })
  ).id
})

afterAll(async () => {
  await ctx?.close()
})

describe('a session ending before it starts is refused', () => {
  it.each([
    ['published', false],
    ['draft', true],
  ])('as a %s, with a clear message on the end field', async (_label, draft) => {
    const before = (await payload.count({ collection: 'sessions' })).totalDocs
    await expect(session({ start: day('10:00'), end: day('09:00') }, { draft })).rejects.toMatchObject({
      status: 400,
      message: 'The following field is invalid: end. The session must end after it starts.',
      data: { errors: [{ path: 'end', message: 'The session must end after it starts.' }] },
    })
    expect((await payload.count({ collection: 'sessions' })).totalDocs).toBe(before)
  })

  it('and so are segments that cannot fit in the session', async () => {
    await expect(
      session({
        start: day('09:00'),
        end: day('10:00'),
        segments: [
          { kind: 'framing-talk', minutes: 20 },
          { kind: 'audience-reflection', minutes: 30 },
          { kind: 'inspiring-initiative', minutes: 15 },
        ],
      }),
    ).rejects.toMatchObject({
      data: { errors: [{ path: 'segments', message: expect.stringMatching(/add up to 65 minutes but the session lasts 60/) }] },
    })
  })
})

describe('conflicts are shown to editors and never block a save', () => {
  let a: Doc
  let sameRoom: Doc
  let sameSpeaker: Doc
  let later: Doc

  beforeAll(async () => {
    a = await session({ title: 'Sample A', start: day('09:00'), end: day('10:00'), room: await room('Room 1'), speakers: [ids.ada] })
    sameRoom = await session({ title: 'Sample same room', start: day('09:30'), end: day('10:30'), room: await room('Room 1') })
    sameSpeaker = await session({
      title: 'Sample same speaker',
      start: day('09:15'),
      end: day('09:50'),
      room: await room('Room 2'),
      speakers: [ids.ada, ids.bo],
    })
    later = await session(
      { title: 'Sample later', start: day('10:00'), end: day('11:00'), room: await room('Room 1'), speakers: [ids.ada] },
      { draft: true },
    )
  })

  it('every overlapping session was saved', async () => {
    // Overlaps are warnings, not refusals: each is stored with the times and room it was given.
    const expected: Array<[Doc, string, string, string, Id]> = [
      [a, 'Sample A', day('09:00'), day('10:00'), await room('Room 1')],
      [sameRoom, 'Sample same room', day('09:30'), day('10:30'), await room('Room 1')],
      [sameSpeaker, 'Sample same speaker', day('09:15'), day('09:50'), await room('Room 2')],
      [later, 'Sample later', day('10:00'), day('11:00'), await room('Room 1')],
    ]
    for (const [saved, title, start, end, room] of expected) {
      const stored = await payload.findByID({ collection: 'sessions', id: saved.id, draft: true, depth: 0, overrideAccess: true })
      expect({ title: stored.title, start: stored.start, end: stored.end, room: stored.room }).toEqual({ title, start, end, room })
    }
  })

  it('two sessions at once in the same room: each warns about the other', async () => {
    expect(await conflictsOf(sameRoom.id)).toBe(
      ['Room "Room 1" is also used by "Sample A" at the same time.', 'Room "Room 1" is also used by "Sample later" at the same time.'].join(
        '\n',
      ),
    )
    expect(await conflictsOf(a.id)).toContain('Room "Room 1" is also used by "Sample same room" at the same time.')
  })

  it('a speaker booked twice at once: named in the warning', async () => {
    expect(await conflictsOf(sameSpeaker.id)).toBe('Sample Speaker Ada is also booked in "Sample A" at the same time.')
    expect(await conflictsOf(a.id)).toContain('Sample Speaker Ada is also booked in "Sample same speaker" at the same time.')
  })

  it('back to back in the same room with the same speaker is fine; a move updates the warnings of both', async () => {
    // "later" starts when A ends: no conflict, though it overlaps "same room" (09:30–10:30) in Room 1.
    expect(await conflictsOf(later.id)).toBe('Room "Room 1" is also used by "Sample same room" at the same time.')
    await payload.update({ collection: 'sessions', id: sameRoom.id, data: { room: (await room('Room 3')) as never } })
    expect(await conflictsOf(later.id)).toBeNull()
    expect(await conflictsOf(a.id)).not.toContain('Sample same room')
  })

  it('the public never sees the conflicts field', async () => {
    const doc = (await payload.findByID({ collection: 'sessions', id: a.id, overrideAccess: false })) as unknown as Doc
    expect(doc.title).toBe('Sample A')
    expect(doc).not.toHaveProperty('conflicts')
  })
})

describe('the public programme', () => {
  it('holds published sessions only, with public speakers and themes, never the proposal', async () => {
    const published = await session({
      title: 'Sample public talk',
      kind: 'talk',
      start: day('13:00'),
      end: day('14:00'),
      room: await room('Room 4'),
      speakers: [ids.bo, ids.hidden],
      themes: [ids.theme],
    })
    const hidden = await session({ title: 'Sample draft talk', start: day('15:00'), end: day('16:00') }, { draft: true })
    const programme = (await loadProgramme(payload, 2026, 'en'))!
    const titles = programme.sessions.map((s) => s.title)
    expect(titles).toContain('Sample public talk')
    expect(titles).not.toContain('Sample draft talk')
    expect(titles).not.toContain('Sample later')
    const talk = programme.sessions.find((s) => s.id === String(published.id))!
    expect(talk.speakers.map((s) => s.name)).toEqual(['Sample Speaker Bo'])
    expect(talk.themes.map((t) => t.title)).toEqual(['Sample theme'])
    expect(talk).not.toHaveProperty('proposal')
    const preview = (await loadProgramme(payload, 2026, 'en', { preview: true }))!
    expect(preview.sessions.map((s) => s.id)).toContain(String(hidden.id))
  })

  it('keeps each VEVENT UID when an editor renames, re-slugs and moves a session', async () => {
    const options = { text: programmeText('en'), calendarName: 'Sample', sessionUrl: () => 'https://example.org/' }
    const events = async () => {
      const programme = (await loadProgramme(payload, 2026, 'en'))!
      const calendar = new ICAL.Component(ICAL.parse(writeIcs(programme, programme.sessions, options)))
      return { programme, events: calendar.getAllSubcomponents('vevent') }
    }
    const before = await events()
    expect(before.events).toHaveLength(before.programme.sessions.length)
    const target = before.programme.sessions[0]!
    await payload.update({
      collection: 'sessions',
      id: target.id,
      data: {
        title: 'Sample renamed',
        slug: 'sample-renamed',
        start: day('16:00'),
        end: day('17:00'),
        room: (await room('Room 9')) as never,
      },
    })
    const after = await events()
    const uid = sessionUid(target)
    const uids = (list: typeof before.events) => list.map((event) => String(event.getFirstPropertyValue('uid'))).sort()
    expect(uids(after.events)).toEqual(uids(before.events))
    const moved = new ICAL.Event(after.events.find((event) => event.getFirstPropertyValue('uid') === uid)!)
    expect(moved.summary).toBe('Sample renamed')
    expect(moved.location).toBe('Room 9, Sample venue, Paris')
  })
})

describe('revalidation', () => {
  // Theme pages show the sessions of the themes they continue (src/editions/threads): their tag goes too.
  it('a session change expires exactly the programme of its edition, of the one it left, and theme threads', async () => {
    expired.length = 0
    const doc = await inRequest(() => session({ start: day('18:00'), end: day('19:00') }))
    expect([...expired].sort()).toEqual(['programme:2026', 'theme-threads'])
    expired.length = 0
    await inRequest(() => payload.update({ collection: 'sessions', id: doc.id, data: { edition: ids.other } as never }))
    expect([...expired].sort()).toEqual(['programme:2026', 'programme:2027', 'theme-threads'])
    expired.length = 0
    await inRequest(() => payload.delete({ collection: 'sessions', id: doc.id }))
    expect([...expired].sort()).toEqual(['programme:2027', 'theme-threads'])
    // Outside a request (seed, scripts) nothing is expired: there is no page cache in that process.
    await session({ start: day('20:00'), end: day('21:00') })
    expect([...expired].sort()).toEqual(['programme:2027', 'theme-threads'])
  })
})
