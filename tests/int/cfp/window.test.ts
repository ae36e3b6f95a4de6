import { isCfpOpen } from '../../../src/cfp/window'

/** The 2026 deadline: end of 15 September 2026 in Paris (CEST, UTC+2). */
const deadline = '2026-09-15T21:59:59.000Z'
const at = (iso: string) => new Date(iso)

describe('isCfpOpen', () => {
  it('is open until the last second of the deadline day in Paris, and closed one second later', () => {
    expect(isCfpOpen({ deadline }, 'current', at('2026-09-15T21:59:58.000Z'))).toBe(true)
    expect(isCfpOpen({ deadline }, 'current', at('2026-09-15T21:59:59.000Z'))).toBe(true)
    expect(isCfpOpen({ deadline }, 'current', at('2026-09-15T22:00:00.000Z'))).toBe(false)
    // Today (25 November 2026) the 2026 call is closed.
    expect(isCfpOpen({ deadline }, 'current', at('2026-11-25T12:00:00.000Z'))).toBe(false)
  })

  it('is closed before it opens', () => {
    const cfp = { opensAt: '2026-05-01T08:00:00.000Z', deadline }
    expect(isCfpOpen(cfp, 'upcoming', at('2026-05-01T07:59:59.000Z'))).toBe(false)
    expect(isCfpOpen(cfp, 'upcoming', at('2026-05-01T08:00:00.000Z'))).toBe(true)
  })

  it('is closed for a past edition and without a deadline', () => {
    expect(isCfpOpen({ deadline }, 'past', at('2026-01-01T00:00:00.000Z'))).toBe(false)
    expect(isCfpOpen({}, 'current', at('2026-01-01T00:00:00.000Z'))).toBe(false)
    expect(isCfpOpen(undefined, 'current', at('2026-01-01T00:00:00.000Z'))).toBe(false)
  })
})

describe('deadline day ends in Paris across daylight-saving changes', () => {
  // Imported here so the existing cases above stay independent of the date helpers.
  const dates = () => import('../../../src/platform/dates')

  it('computes the last second of a Paris day in summer time, winter time and on both change days', async () => {
    const { endOfDayInParis } = await dates()
    expect(endOfDayInParis('2026-09-15').toISOString()).toBe('2026-09-15T21:59:59.000Z') // CEST, UTC+2
    expect(endOfDayInParis('2026-10-24').toISOString()).toBe('2026-10-24T21:59:59.000Z') // last CEST day
    expect(endOfDayInParis('2026-10-25').toISOString()).toBe('2026-10-25T22:59:59.000Z') // clocks go back at 03:00
    expect(endOfDayInParis('2026-03-28').toISOString()).toBe('2026-03-28T22:59:59.000Z') // CET, UTC+1
    expect(endOfDayInParis('2026-03-29').toISOString()).toBe('2026-03-29T21:59:59.000Z') // clocks go forward at 02:00
    expect(() => endOfDayInParis('29/03/2026')).toThrow(/YYYY-MM-DD/)
  })

  it.each([
    ['the day summer time ends (25 October 2026)', '2026-10-25', '2026-10-25T22:59:58.000Z', '2026-10-25T23:00:00.000Z'],
    ['the day summer time starts (29 March 2026)', '2026-03-29', '2026-03-29T21:59:58.000Z', '2026-03-29T22:00:00.000Z'],
  ])('on %s: open one second before the deadline and at it, closed one second after', async (_label, day, before, after) => {
    const { endOfDayInParis, formatDay } = await dates()
    const cfp = { deadline: endOfDayInParis(day).toISOString() }
    expect(isCfpOpen(cfp, 'current', at(before))).toBe(true)
    expect(isCfpOpen(cfp, 'current', at(cfp.deadline))).toBe(true)
    expect(isCfpOpen(cfp, 'current', at(after))).toBe(false)
    // The closing date shown to visitors is the Paris day, not the UTC one.
    expect(formatDay(cfp.deadline, 'en')).toBe(day === '2026-10-25' ? '25 October 2026' : '29 March 2026')
  })

  it("a deadline saved as the day's end in the summer offset closes an hour early on the day winter time starts", async () => {
    // Why endOfDayInParis exists: "23:59:59+02:00" on 25 October is 22:59:59 in Paris (already CET).
    const { endOfDayInParis } = await dates()
    expect(new Date('2026-10-25T23:59:59+02:00').getTime()).toBe(endOfDayInParis('2026-10-25').getTime() - 3600_000)
  })
})
