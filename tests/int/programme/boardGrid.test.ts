/**
 * The schedule board's grid: Paris wall-clock ↔ UTC on ordinary and daylight-saving days, 5-minute
 * moves and resizes kept inside the day, and the edition's days.
 */
import { DAY_END, DAY_START, editionDays, move, parisInstant, parisSlot, resize } from '../../../src/programme/board/grid'

describe('board grid', () => {
  it('converts Paris wall-clock times to instants and back, in winter, in summer and on both DST days', () => {
    expect(parisInstant('2026-12-01', 9 * 60 + 15)).toBe('2026-12-01T08:15:00.000Z')
    expect(parisInstant('2026-07-01', 9 * 60)).toBe('2026-07-01T07:00:00.000Z')
    // 29 March 2026: clocks jump from 02:00 to 03:00; 10:00 that day is summer time.
    expect(parisInstant('2026-03-29', 10 * 60)).toBe('2026-03-29T08:00:00.000Z')
    expect(parisInstant('2026-03-29', 1 * 60)).toBe('2026-03-29T00:00:00.000Z')
    // 25 October 2026: clocks go back from 03:00 to 02:00; 10:00 that day is winter time.
    expect(parisInstant('2026-10-25', 10 * 60)).toBe('2026-10-25T09:00:00.000Z')
    for (const iso of ['2026-12-01T08:15:00.000Z', '2026-03-29T08:00:00.000Z', '2026-10-25T09:00:00.000Z']) {
      const slot = parisSlot(iso)
      expect(parisInstant(slot.day, slot.minutes)).toBe(iso)
    }
    expect(parisSlot('2026-12-01T23:30:00.000Z')).toEqual({ day: '2026-12-02', minutes: 30 })
  })

  it('moves and resizes by 5-minute steps inside the day', () => {
    const p = { day: '2026-12-01', start: 9 * 60, end: 10 * 60, room: '1' }
    expect(move(p, 15)).toEqual({ ...p, start: 555, end: 615 })
    expect(move(p, -24 * 60)).toEqual({ ...p, start: DAY_START, end: DAY_START + 60 })
    expect(move(p, 24 * 60)).toEqual({ ...p, start: DAY_END - 60, end: DAY_END })
    expect(move(p, 7)).toEqual({ ...p, start: 545, end: 605 }) // snapped to the grid
    expect(resize(p, 5).end).toBe(605)
    expect(resize(p, -120).end).toBe(9 * 60 + 5) // at least one step long
  })

  it('lists the edition days from its start to its end date', () => {
    expect(editionDays('2026-12-01T00:00:00.000Z', '2026-12-03T00:00:00.000Z')).toEqual(['2026-12-01', '2026-12-02', '2026-12-03'])
    expect(editionDays('2026-11-30T23:00:00.000Z', null)).toEqual(['2026-12-01'])
    expect(editionDays(null, null)).toEqual([])
  })
})
