import { isCfpOpen } from '../../src/lib/cfp'

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
