/**
 * Now and next: which session runs in each room at an instant, exactly at slot edges, between days, and
 * across the change from summer to winter time (Paris, last Sunday of October: 03:00 CEST → 02:00 CET).
 * Pure functions on sample sessions.
 */
import { currentSlotStarts, nextBoundary, nowAndNext } from '../../../src/programme/now/nowNext'
import { formatTime } from '../../../src/programme/eventTime'
import type { ProgrammeRoom, ProgrammeSession } from '../../../src/programme/model'

const room = (name: string, order: number): ProgrammeRoom => ({ id: name, name, order, capacity: null, accessibility: null })
const A = room('Sample room A', 1)
const B = room('Sample room B', 2)
let counter = 0
function session(start: string, end: string, where: ProgrammeRoom | null, title = `Sample ${++counter}`): ProgrammeSession {
  return {
    id: String(++counter),
    slug: `sample-${counter}`,
    title,
    kind: where ? 'talk' : 'break',
    start: new Date(start).toISOString(),
    end: new Date(end).toISOString(),
    room: where,
    description: null,
    segments: [],
    speakers: [],
    themes: [],
    createdAt: '2026-11-01T00:00:00.000Z',
    updatedAt: '2026-11-01T00:00:00.000Z',
  }
}

// 1 December 2026, Paris is UTC+1.
const morningA = session('2026-12-01T09:00:00+01:00', '2026-12-01T10:00:00+01:00', A, 'Morning A')
const lateA = session('2026-12-01T10:00:00+01:00', '2026-12-01T11:00:00+01:00', A, 'Late A')
const morningB = session('2026-12-01T09:30:00+01:00', '2026-12-01T10:30:00+01:00', B, 'Morning B')
const lunch = session('2026-12-01T12:00:00+01:00', '2026-12-01T13:00:00+01:00', null, 'Lunch')
const dayTwo = session('2026-12-02T09:00:00+01:00', '2026-12-02T10:00:00+01:00', B, 'Day two B')
const programme = [dayTwo, lunch, morningB, lateA, morningA]

const titles = (state: ReturnType<typeof nowAndNext>) =>
  'rooms' in state ? state.rooms.map((row) => [row.room?.name ?? 'everyone', row.now?.title ?? null, row.next?.title ?? null]) : state.phase

describe('now and next', () => {
  it('before the event: nothing now, what opens it next, the first boundary', () => {
    const state = nowAndNext(programme, new Date('2026-11-30T18:00:00+01:00'))
    expect(state.phase).toBe('before')
    expect(titles(state)).toEqual([
      ['Sample room A', null, 'Morning A'],
      ['Sample room B', null, 'Morning B'],
      ['everyone', null, 'Lunch'],
    ])
    expect(state.phase === 'before' && state.nextBoundary).toBe('2026-12-01T08:00:00.000Z')
  })

  it('at the exact start a session runs; at its exact end the next one does', () => {
    expect(titles(nowAndNext(programme, new Date('2026-12-01T09:00:00+01:00')))[0]).toEqual(['Sample room A', 'Morning A', 'Late A'])
    expect(titles(nowAndNext(programme, new Date('2026-12-01T09:59:59.999+01:00')))[0]).toEqual(['Sample room A', 'Morning A', 'Late A'])
    const atTen = nowAndNext(programme, new Date('2026-12-01T10:00:00+01:00'))
    expect(titles(atTen)).toEqual([
      ['Sample room A', 'Late A', null],
      ['Sample room B', 'Morning B', 'Day two B'],
      ['everyone', null, 'Lunch'],
    ])
    expect(atTen.phase === 'during' && atTen.nextBoundary).toBe(new Date('2026-12-01T10:30:00+01:00').toISOString())
  })

  it('a break without a room is for everyone; overnight, the next day comes next', () => {
    expect(titles(nowAndNext(programme, new Date('2026-12-01T12:15:00+01:00')))).toEqual([
      ['Sample room B', null, 'Day two B'],
      ['everyone', 'Lunch', null],
    ])
    expect(titles(nowAndNext(programme, new Date('2026-12-01T23:00:00+01:00')))).toEqual([['Sample room B', null, 'Day two B']])
  })

  it('after the last session the event is over', () => {
    expect(nowAndNext(programme, new Date('2026-12-02T10:00:00+01:00')).phase).toBe('after')
    expect(nowAndNext([], new Date()).phase).toBe('empty')
  })

  it('across the change to winter time: slots stay on the Paris wall clock and edges are exact instants', () => {
    // Sunday 25 October 2026: at 03:00 CEST (01:00 UTC) clocks go back to 02:00 CET.
    const beforeChange = session('2026-10-25T01:30:00+02:00', '2026-10-25T02:30:00+02:00', A, 'Night summer') // 23:30–00:30 UTC
    const during = session('2026-10-25T02:30:00+02:00', '2026-10-25T02:30:00+01:00', A, 'The repeated hour') // 00:30–01:30 UTC
    const after = session('2026-10-25T02:30:00+01:00', '2026-10-25T03:30:00+01:00', A, 'Winter') // 01:30–02:30 UTC
    const night = [beforeChange, during, after]
    expect([during.start, during.end].map(formatTime)).toEqual(['02:30', '02:30'])
    // 02:45 CEST and 02:45 CET read the same on a Paris clock but are one hour apart: different sessions.
    expect(titles(nowAndNext(night, new Date('2026-10-25T02:45:00+02:00')))).toEqual([['Sample room A', 'The repeated hour', 'Winter']])
    expect(titles(nowAndNext(night, new Date('2026-10-25T02:45:00+01:00')))).toEqual([['Sample room A', 'Winter', null]])
    expect(nextBoundary(night, Date.parse('2026-10-25T02:45:00+02:00'))).toBe('2026-10-25T01:30:00.000Z')
    // Spring forward, 29 March 2026: 02:00 CET becomes 03:00 CEST; a 01:30–03:30 session lasts one hour.
    const spring = session('2026-03-29T01:30:00+01:00', '2026-03-29T03:30:00+02:00', B, 'Spring')
    expect(titles(nowAndNext([spring], new Date('2026-03-29T01:10:00Z')))).toEqual([['Sample room B', 'Spring', null]])
    expect(nowAndNext([spring], new Date('2026-03-29T01:30:00Z')).phase).toBe('after')
  })

  it('marks the slots running at an instant on the programme page', () => {
    expect([...currentSlotStarts(programme, new Date('2026-12-01T09:45:00+01:00'))].sort()).toEqual([morningA.start, morningB.start].sort())
    expect(currentSlotStarts(programme, new Date('2026-12-01T11:30:00+01:00')).size).toBe(0)
  })
})
