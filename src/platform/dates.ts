import type { Locale } from './i18n'

/** The conference happens in Paris: every date and time is shown in its time zone. */
export const EVENT_TIME_ZONE = 'Europe/Paris'

const intlLocale = (locale: Locale) => (locale === 'fr' ? 'fr-FR' : 'en-GB')

export function formatDay(iso: string, locale: Locale): string {
  return new Intl.DateTimeFormat(intlLocale(locale), {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: EVENT_TIME_ZONE,
  }).format(new Date(iso))
}

/** "1–3 December 2026" / "1–3 décembre 2026"; falls back to full dates across months. */
export function formatDateRange(startIso: string, endIso: string | null | undefined, locale: Locale): string {
  if (!endIso) return formatDay(startIso, locale)
  const format = new Intl.DateTimeFormat(intlLocale(locale), {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: EVENT_TIME_ZONE,
  })
  return format.formatRange(new Date(startIso), new Date(endIso)).replace(/\s?[-–]\s?/, '–')
}

/** Wall-clock parts of an instant in Paris (Europe/Paris), whatever the server's zone. */
export type WallClock = { year: string; month: string; day: string; hour: string; minute: string; second: string }

const wallClockFormat = new Intl.DateTimeFormat('en-GB', {
  timeZone: EVENT_TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
})

export function parisWallClock(at: Date): WallClock {
  const parts = new Map(wallClockFormat.formatToParts(at).map((part) => [part.type, part.value]))
  const get = (type: Intl.DateTimeFormatPartTypes) => parts.get(type) ?? '00'
  return { year: get('year'), month: get('month'), day: get('day'), hour: get('hour'), minute: get('minute'), second: get('second') }
}

/** Minutes Paris is ahead of UTC at an instant (+60 in winter, +120 in summer). */
export function parisOffsetMinutes(at: Date): number {
  const clock = parisWallClock(at)
  const asUtc = Date.UTC(+clock.year, +clock.month - 1, +clock.day, +clock.hour, +clock.minute, +clock.second)
  return Math.round((asUtc - Math.floor(at.getTime() / 1000) * 1000) / 60_000)
}

/** "2026-12-01 10:00 +01:00": an instant in Paris time with its offset, unambiguous in a spreadsheet. */
export function parisTimestamp(at: Date): string {
  const clock = parisWallClock(at)
  const offset = parisOffsetMinutes(at)
  const sign = offset < 0 ? '-' : '+'
  const hours = String(Math.floor(Math.abs(offset) / 60)).padStart(2, '0')
  const minutes = String(Math.abs(offset) % 60).padStart(2, '0')
  return `${clock.year}-${clock.month}-${clock.day} ${clock.hour}:${clock.minute} ${sign}${hours}:${minutes}`
}

/**
 * The last second of a calendar day in Paris ("2026-10-25" → 2026-10-25T23:59:59+01:00), whatever the
 * daylight-saving change of that day: the instant a CfP deadline day ends.
 */
export function endOfDayInParis(day: string): Date {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day)
  if (!match) throw new Error(`endOfDayInParis expects YYYY-MM-DD, got "${day}"`)
  const wallClock = Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]), 23, 59, 59)
  // The offset at the guessed instant, then once more at the corrected one (they differ only on a DST day).
  let instant = wallClock - parisOffsetMinutes(new Date(wallClock)) * 60_000
  instant = wallClock - parisOffsetMinutes(new Date(instant)) * 60_000
  return new Date(instant)
}

/** "15 September 2026 at 23:59" / "15 septembre 2026 à 23:59", in Paris time. */
export function formatDayAndTime(iso: string, locale: Locale): string {
  return new Intl.DateTimeFormat(intlLocale(locale), {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
    timeZone: EVENT_TIME_ZONE,
  }).format(new Date(iso))
}
