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

/** Minutes Paris is ahead of UTC at an instant (+60 in winter, +120 in summer). */
export function parisOffsetMinutes(at: Date): number {
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone: EVENT_TIME_ZONE,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  }).formatToParts(at)
  const part = (type: string) => Number(parts.find((entry) => entry.type === type)?.value)
  const asUtc = Date.UTC(part('year'), part('month') - 1, part('day'), part('hour'), part('minute'), part('second'))
  return Math.round((asUtc - Math.floor(at.getTime() / 1000) * 1000) / 60_000)
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
