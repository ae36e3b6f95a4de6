import { createProgress, formatDuration } from '../../../src/platform/progress/progress'
import { progressSink as sink } from '../helpers/progressSink'

describe('progress of long commands', () => {
  it('prints plain lines with counts and time left when not on a terminal, then one summary line', () => {
    let now = 0
    const out = sink(false)
    const progress = createProgress({ label: 'publish', total: 4, stream: out.stream, lineIntervalMs: 1000, now: () => now })
    for (let i = 0; i < 4; i++) {
      now += 1000
      progress.tick()
    }
    const summary = progress.done('1 failed')
    const lines = out.text().trim().split('\n')
    expect(lines[0]).toBe('publish: 1/4, 3.0 s left')
    expect(lines).toContain('publish: 2/4, 2.0 s left')
    expect(summary).toBe('publish: 4 of 4 in 4.0 s, 1 failed')
    expect(lines.at(-1)).toBe(summary)
    expect(out.text()).not.toContain('\r')
  })

  it('draws a bar in place on a terminal', () => {
    let now = 0
    const out = sink(true)
    const progress = createProgress({ label: 'sample-data', total: 2, stream: out.stream, now: () => now })
    now = 100
    progress.tick()
    expect(out.text()).toMatch(/^\rsample-data █+░+ 1\/2 50% · 100 ms left/)
    now = 200
    progress.tick()
    progress.done()
    expect(out.text()).toMatch(/\r\x1b\[Ksample-data: 2 of 2 in 200 ms\n$/)
  })

  it('grows its total when work is found on the way (a crawl)', () => {
    let now = 0
    const out = sink(false)
    const progress = createProgress({ label: 'archive', total: 2, stream: out.stream, lineIntervalMs: 0, now: () => now })
    now = 100
    progress.tick()
    progress.addToTotal(2)
    now = 200
    progress.tick()
    expect(out.text().trim().split('\n')).toEqual(['archive: 1/2, 100 ms left', 'archive: 2/4, 200 ms left'])
    expect(progress.done()).toBe('archive: 2 of 4 in 200 ms')
  })

  it('formats durations for people', () => {
    expect(formatDuration(250)).toBe('250 ms')
    expect(formatDuration(12_345)).toBe('12.3 s')
    expect(formatDuration(125_000)).toBe('2 min 5 s')
  })
})
