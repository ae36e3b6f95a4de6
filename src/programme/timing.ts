/**
 * The hard rules of a session's timing, shared by the field validation (admin form) and the
 * beforeChange hook (every save, drafts included, through any API).
 */
export type SegmentTiming = { minutes?: number | null }

export type TimingError = { path: string; message: string }

export const END_BEFORE_START_MESSAGE = 'The session must end after it starts.'

/** Whole minutes between two instants, or null when either is missing or not a date. */
function durationMinutes(start: unknown, end: unknown): number | null {
  const from = toTime(start)
  const to = toTime(end)
  if (from === null || to === null) return null
  return Math.round((to - from) / 60_000)
}

function segmentMinutes(segments: readonly SegmentTiming[] | null | undefined): number {
  return (segments ?? []).reduce((total, segment) => total + (typeof segment.minutes === 'number' ? segment.minutes : 0), 0)
}

/**
 * A session must end after it starts, and its segments must fit in it. Segments may add up to less
 * than the session (questions, changeovers): only a plan that cannot fit is refused.
 */
export function timingErrors(input: { start?: unknown; end?: unknown; segments?: readonly SegmentTiming[] | null }): TimingError[] {
  const length = durationMinutes(input.start, input.end)
  if (length === null) return []
  if (length <= 0 || toTime(input.end)! <= toTime(input.start)!) return [{ path: 'end', message: END_BEFORE_START_MESSAGE }]
  const planned = segmentMinutes(input.segments)
  if (planned > length) {
    return [
      {
        path: 'segments',
        message: `The segments add up to ${planned} minutes but the session lasts ${length} minutes: shorten them or extend the session.`,
      },
    ]
  }
  return []
}

export function toTime(value: unknown): number | null {
  if (value === null || value === undefined || value === '') return null
  const time = new Date(value as string | number | Date).getTime()
  return Number.isNaN(time) ? null : time
}
