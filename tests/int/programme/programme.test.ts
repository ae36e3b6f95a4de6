/**
 * The programme's pure parts (src/programme): grouping and ordering in Paris time, conflicts, the
 * iCalendar writer read back with a real parser (ical.js), and the JSON feed against its JSON Schema.
 */
import fs from 'node:fs'
import path from 'node:path'

import Ajv2020 from 'ajv/dist/2020.js'
import ICAL from 'ical.js'

import { findConflicts, overlaps, sameRoom } from '../../../src/programme/conflicts'
import { isoWithOffset, formatTime } from '../../../src/programme/eventTime'
import { escapeText, foldLine, sessionUid, writeIcs } from '../../../src/programme/ics'
import { programmeJson } from '../../../src/programme/json'
import { programmeText } from '../../../src/programme/messages'
import type { Programme, ProgrammeRoom, ProgrammeSession } from '../../../src/programme/model'
import { groupByDay, sessionsOfSpeaker, sessionsWithTheme, sortSessions, themesInUse } from '../../../src/programme/schedule'
import { timingErrors } from '../../../src/programme/timing'
import { parseSessionFile } from '../../../src/programme/feeds'

/** A sample room; its id is its name, its order the editors' (0 unless given). */
function room(name: string, order = 0): ProgrammeRoom {
  return { id: name, name, order, capacity: null, accessibility: null }
}

let counter = 0
function sampleSession(extra: Partial<ProgrammeSession> = {}): ProgrammeSession {
  counter += 1
  return {
    id: String(counter),
    slug: `sample-session-${counter}`,
    title: `Sample session ${counter}`,
    kind: 'workshop',
    start: '2026-12-01T09:00:00.000Z',
    end: '2026-12-01T10:30:00.000Z',
    room: room('Room A'),
    description: null,
    segments: [],
    speakers: [],
    themes: [],
    createdAt: '2026-11-20T10:00:00.000Z',
    updatedAt: '2026-11-21T10:00:00.000Z',
    ...extra,
  }
}

const edition = { id: '1', year: 2026, title: 'Commons AI 2026', venue: 'CNIT', city: 'Paris' }

describe('grouping and ordering', () => {
  it('groups by Paris day, then start time, sessions at the same time in room order', () => {
    const late = sampleSession({ start: '2026-12-01T23:30:00.000Z', end: '2026-12-02T00:30:00.000Z', room: room('Room A') }) // 00:30 on 2 Dec in Paris
    const b = sampleSession({ start: '2026-12-01T09:00:00.000Z', room: room('Room B') })
    const a10 = sampleSession({ start: '2026-12-01T09:00:00.000Z', room: room('Room 10') })
    const a2 = sampleSession({ start: '2026-12-01T09:00:00.000Z', room: room('Room 2') })
    const early = sampleSession({ start: '2026-12-01T08:00:00.000Z', end: '2026-12-01T09:00:00.000Z', room: null })
    const days = groupByDay([late, b, a10, early, a2])
    expect(days.map((day) => day.date)).toEqual(['2026-12-01', '2026-12-02'])
    expect(days[0]!.slots.map((slot) => formatTime(slot.start))).toEqual(['09:00', '10:00'])
    expect(days[0]!.slots[1]!.sessions.map((s) => s.room?.name)).toEqual(['Room 2', 'Room 10', 'Room B'])
    expect(days[1]!.slots[0]!.sessions).toEqual([late])
  })

  it('puts sessions without a room after those with one, then orders by title', () => {
    const noRoom = sampleSession({ room: null, title: 'A' })
    const roomed = sampleSession({ room: room('Room A'), title: 'Z' })
    const sameRoomB = sampleSession({ room: room('Room A'), title: 'B' })
    expect(sortSessions([noRoom, roomed, sameRoomB]).map((s) => s.title)).toEqual(['B', 'Z', 'A'])
  })

  it('filters by theme and by speaker, and lists only themes in use', () => {
    const governance = { id: '7', slug: 'governance', title: 'Governance' }
    const data = { id: '8', slug: 'data', title: 'Data' }
    const speaker = { id: '42', slug: 'sample-speaker', name: 'Sample Speaker', affiliation: null }
    const one = sampleSession({ themes: [governance], speakers: [speaker] })
    const two = sampleSession({ themes: [governance, data] })
    expect(sessionsWithTheme([one, two], 'data')).toEqual([two])
    expect(themesInUse([one, two]).map((t) => t.slug)).toEqual(['governance', 'data'])
    expect(sessionsOfSpeaker([one, two], 42)).toEqual([one])
  })

  it('writes times with the Paris offset of their date (winter and summer)', () => {
    expect(isoWithOffset('2026-12-01T09:00:00.000Z')).toBe('2026-12-01T10:00:00+01:00')
    expect(isoWithOffset('2026-06-01T09:00:00.000Z')).toBe('2026-06-01T11:00:00+02:00')
  })
})

describe('timing rules', () => {
  it('refuses an end before or at the start', () => {
    expect(timingErrors({ start: '2026-12-01T10:00:00Z', end: '2026-12-01T09:00:00Z' })).toEqual([
      { path: 'end', message: 'The session must end after it starts.' },
    ])
    expect(timingErrors({ start: '2026-12-01T10:00:00Z', end: '2026-12-01T10:00:00Z' })[0]?.path).toBe('end')
  })

  it('refuses segments longer than the session, accepts shorter ones', () => {
    const start = '2026-12-01T09:00:00Z'
    const end = '2026-12-01T10:30:00Z'
    expect(timingErrors({ start, end, segments: [{ minutes: 30 }, { minutes: 45 }, { minutes: 20 }] })[0]?.message).toMatch(
      /add up to 95 minutes but the session lasts 90 minutes/,
    )
    expect(timingErrors({ start, end, segments: [{ minutes: 30 }, { minutes: 45 }, { minutes: null }] })).toEqual([])
  })
})

describe('conflicts', () => {
  const base = { start: '2026-12-01T09:00:00Z', end: '2026-12-01T10:00:00Z' }

  it('overlap is strict: back-to-back sessions do not conflict', () => {
    expect(overlaps(base, { start: '2026-12-01T10:00:00Z', end: '2026-12-01T11:00:00Z' })).toBe(false)
    expect(overlaps(base, { start: '2026-12-01T09:59:00Z', end: '2026-12-01T11:00:00Z' })).toBe(true)
  })

  it('same room is the same room of the list (an id or the populated room); no room is never shared', () => {
    expect(sameRoom(7, { id: 7, name: 'Room A' })).toBe(true)
    expect(sameRoom('7', 7)).toBe(true)
    expect(sameRoom(7, 8)).toBe(false)
    expect(sameRoom(null, null)).toBe(false)
    expect(sameRoom(undefined, undefined)).toBe(false)
  })

  it("orders rooms by the editors' order, then by name", () => {
    const late = sampleSession({ room: room('Amphitheatre', 2) })
    const first = sampleSession({ room: room('Zeta room', 1) })
    expect(sortSessions([late, first]).map((s) => s.room?.name)).toEqual(['Zeta room', 'Amphitheatre'])
  })

  it('finds a room clash and a double-booked speaker, not the session itself', () => {
    const me = { id: 1, title: 'Mine', ...base, room: 5, speakers: [10, { id: 11 }] }
    const others = [
      me,
      {
        id: 2,
        title: 'Same room',
        start: '2026-12-01T09:30:00Z',
        end: '2026-12-01T10:30:00Z',
        room: { id: 5, name: 'Room A' },
        speakers: [],
      },
      { id: 3, title: 'Same speaker', ...base, room: 6, speakers: [11] },
      { id: 4, title: 'Later', start: '2026-12-01T10:00:00Z', end: '2026-12-01T11:00:00Z', room: 5, speakers: [10] },
    ]
    const conflicts = findConflicts(me, others)
    expect(conflicts).toEqual([
      { kind: 'room', room: 5, with: { id: 2, title: 'Same room' } },
      { kind: 'speaker', speaker: 11, with: { id: 3, title: 'Same speaker' } },
    ])
  })
})

describe('iCalendar', () => {
  const text = programmeText('en')
  const tricky = sampleSession({
    title: 'Commons, data; and \\ back-slashes',
    room: room('Salle 1, niveau 2'),
    description: {
      root: {
        type: 'root',
        children: [
          { type: 'paragraph', children: [{ type: 'text', text: 'Line one' }] },
          { type: 'paragraph', children: [{ type: 'text', text: 'Line two — élan, café' }] },
        ],
      },
    },
    segments: [
      { kind: 'framing-talk', title: 'Sample framing', minutes: 20 },
      { kind: 'audience-reflection', title: null, minutes: 40 },
    ],
    speakers: [{ id: '5', slug: 'sample-speaker', name: 'Sample Speaker', affiliation: 'Sample Lab' }],
    themes: [{ id: '9', slug: 'sample-theme', title: 'Sample, theme' }],
  })
  const other = sampleSession({ start: '2026-12-02T13:00:00.000Z', end: '2026-12-02T14:00:00.000Z', title: 'É'.repeat(60) })
  const programme: Programme = { edition, sessions: [tricky, other] }
  const options = {
    text,
    calendarName: 'Commons AI 2026 — programme',
    sessionUrl: (s: ProgrammeSession) => `https://example.org/editions/2026/programme/${s.slug}`,
  }
  const ics = writeIcs(programme, programme.sessions, options)

  it('carries the programme release number once there is one', () => {
    const calendar = (p: Programme) => new ICAL.Component(ICAL.parse(writeIcs(p, p.sessions, options)))
    expect(calendar(programme).getFirstPropertyValue('x-commons-programme-release')).toBeNull()
    const released = calendar({ ...programme, release: { number: 4, publishedAt: '2026-11-28T10:00:00.000Z' } })
    expect(released.getFirstPropertyValue('x-commons-programme-release')).toBe('4')
    expect(released.getFirstPropertyValue('x-wr-caldesc')).toBe('Programme version 4')
  })

  it('parses with ical.js: one VEVENT per session, with stable UIDs and the Paris time zone', () => {
    const calendar = new ICAL.Component(ICAL.parse(ics))
    const events = calendar.getAllSubcomponents('vevent')
    expect(events).toHaveLength(2)
    expect(events.map((event) => event.getFirstPropertyValue('uid'))).toEqual([sessionUid(tricky), sessionUid(other)])
    const timezone = calendar.getFirstSubcomponent('vtimezone')!
    expect(timezone.getFirstPropertyValue('tzid')).toBe('Europe/Paris')
    ICAL.TimezoneService.register(timezone)
    const event = new ICAL.Event(events[0]!)
    expect(events[0]!.getFirstProperty('dtstart')!.getParameter('tzid')).toBe('Europe/Paris')
    expect(event.startDate.toString()).toBe('2026-12-01T10:00:00')
    expect(event.startDate.toJSDate().toISOString()).toBe('2026-12-01T09:00:00.000Z')
    expect(event.endDate.toJSDate().toISOString()).toBe('2026-12-01T10:30:00.000Z')
  })

  it('escapes commas, semicolons, backslashes and newlines so they read back unchanged', () => {
    const event = new ICAL.Event(new ICAL.Component(ICAL.parse(ics)).getFirstSubcomponent('vevent')!)
    expect(event.summary).toBe('Commons, data; and \\ back-slashes')
    expect(event.location).toBe('Salle 1, niveau 2, CNIT, Paris')
    expect(event.description).toContain('Line one\n\nLine two — élan, café')
    expect(event.description).toContain('1. Framing talk: Sample framing (20 min)')
    expect(event.description).toContain('Speakers: Sample Speaker (Sample Lab)')
    expect(escapeText('a,b;c\\d\ne')).toBe('a\\,b\\;c\\\\d\\ne')
  })

  it('uses CRLF, folds lines at 75 octets without splitting a character', () => {
    expect(ics.endsWith('\r\n')).toBe(true)
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/)
    for (const line of ics.split('\r\n')) expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75)
    const folded = foldLine(`SUMMARY:${'É'.repeat(60)}`)
    expect(folded.split('\r\n ').join('')).toBe(`SUMMARY:${'É'.repeat(60)}`)
    const summary = new ICAL.Component(ICAL.parse(ics)).getAllSubcomponents('vevent')[1]!.getFirstPropertyValue('summary')
    expect(summary).toBe('É'.repeat(60))
  })

  it('keeps the UID when the session is edited, and raises SEQUENCE and LAST-MODIFIED', () => {
    const edited = {
      ...tricky,
      title: 'Renamed',
      slug: 'renamed',
      room: room('Room Z'),
      start: '2026-12-01T11:00:00.000Z',
      end: '2026-12-01T12:00:00.000Z',
      updatedAt: '2026-11-24T08:00:00.000Z',
    }
    const before = new ICAL.Component(ICAL.parse(writeIcs(programme, [tricky], options))).getFirstSubcomponent('vevent')!
    const after = new ICAL.Component(ICAL.parse(writeIcs(programme, [edited], options))).getFirstSubcomponent('vevent')!
    expect(after.getFirstPropertyValue('uid')).toBe(before.getFirstPropertyValue('uid'))
    expect(Number(after.getFirstPropertyValue('sequence'))).toBeGreaterThan(Number(before.getFirstPropertyValue('sequence')))
    expect(String(after.getFirstPropertyValue('last-modified'))).toBe('2026-11-24T08:00:00Z')
    expect(String(after.getFirstPropertyValue('dtstamp'))).toBe('2026-11-24T08:00:00Z')
  })

  it('is a valid calendar with no event when the programme is empty', () => {
    const empty = new ICAL.Component(ICAL.parse(writeIcs({ edition, sessions: [] }, [], options)))
    expect(empty.name).toBe('vcalendar')
    expect(empty.getFirstPropertyValue('version')).toBe('2.0')
    expect(empty.getAllSubcomponents('vevent')).toHaveLength(0)
  })

  it('reads session file names: <slug>.ics and <slug>.fr.ics', () => {
    expect(parseSessionFile('sample-session.ics')).toEqual({ slug: 'sample-session', locale: 'en' })
    expect(parseSessionFile('sample-session.fr.ics')).toEqual({ slug: 'sample-session', locale: 'fr' })
    expect(parseSessionFile('sample-session.json')).toBeNull()
    expect(parseSessionFile('../x.ics')).toBeNull()
  })
})

describe('JSON feed', () => {
  const schema = JSON.parse(fs.readFileSync(path.resolve('src/programme/programme.schema.json'), 'utf8'))
  const ajv = new Ajv2020({ allErrors: true, strict: true })
  ajv.addFormat('date-time', (value: string) => !Number.isNaN(Date.parse(value)) && /T/.test(value))
  const validate = ajv.compile(schema)
  const links = {
    edition: 'https://example.org/editions/2026',
    programme: 'https://example.org/editions/2026/programme',
    ics: 'https://example.org/editions/2026/programme.ics',
    changes: 'https://example.org/editions/2026/programme/changes',
    session: (s: ProgrammeSession) => `https://example.org/editions/2026/programme/${s.slug}`,
    sessionIcs: (s: ProgrammeSession) => `/editions/2026/programme/${s.slug}.ics`,
    speaker: (slug: string) => `/editions/2026/speakers/${slug}`,
  }
  const full = sampleSession({
    segments: [{ kind: 'inspiring-initiative', title: 'Sample initiative', minutes: 15 }],
    speakers: [{ id: '5', slug: 'sample-speaker', name: 'Sample Speaker', affiliation: null }],
    themes: [{ id: '9', slug: 'sample-theme', title: 'Sample theme' }],
  })

  it('validates against programme.schema.json, empty or full', () => {
    const release = { number: 3, publishedAt: '2026-11-28T10:00:00.000Z' }
    for (const programme of [
      { edition, sessions: [] },
      { edition, release, sessions: [full, sampleSession({ room: null })] },
    ]) {
      const body = JSON.parse(JSON.stringify(programmeJson(programme, 'fr', links)))
      expect(validate(body) ? [] : validate.errors).toEqual([])
    }
  })

  it('the schema catches a wrong shape (so the test above can fail)', () => {
    const body = JSON.parse(JSON.stringify(programmeJson({ edition, sessions: [full] }, 'en', links)))
    body.sessions[0].start = '2026-12-01 10:00'
    delete body.sessions[0].uid
    body.version = 2
    expect(validate(body)).toBe(false)
    expect(validate.errors!.map((error) => error.instancePath).sort()).toEqual(['/sessions/0', '/sessions/0/start', '/version'])
  })

  it('carries the same UID as the calendar, the Paris day and offset times', () => {
    const body = programmeJson({ edition, sessions: [full] }, 'en', links)
    expect(body.sessions[0]).toMatchObject({
      uid: sessionUid(full),
      day: '2026-12-01',
      start: '2026-12-01T10:00:00+01:00',
      end: '2026-12-01T11:30:00+01:00',
    })
  })

  it('names the programme release it is at (null before the first)', () => {
    expect(programmeJson({ edition, sessions: [full] }, 'en', links).release).toBeNull()
    const body = programmeJson({ edition, sessions: [full], release: { number: 3, publishedAt: '2026-11-28T10:00:00.000Z' } }, 'en', links)
    expect(body.release).toEqual({ number: 3, publishedAt: '2026-11-28T10:00:00.000Z' })
    expect(body.links.changes).toBe('https://example.org/editions/2026/programme/changes')
  })
})
