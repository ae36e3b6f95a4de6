import { EVENT_TIME_ZONE, parisOffsetMinutes, parisWallClock, type WallClock } from '../platform/dates'
import type { Locale } from '../platform/i18n'

/** Wall-clock parts of an instant in the event's time zone (src/platform/dates.ts). */
export function wallClock(iso: string): WallClock {
  return parisWallClock(new Date(iso))
}

/** Minutes east of UTC of the event's time zone at that instant (60 in winter, 120 in summer). */
function offsetMinutes(iso: string): number {
  return parisOffsetMinutes(new Date(iso))
}

/** "2026-12-01T10:00:00+01:00": an instant as Paris reads it, offset included (for the JSON feed). */
export function isoWithOffset(iso: string): string {
  const clock = wallClock(iso)
  const offset = offsetMinutes(iso)
  const sign = offset < 0 ? '-' : '+'
  const abs = Math.abs(offset)
  const hh = String(Math.floor(abs / 60)).padStart(2, '0')
  const mm = String(abs % 60).padStart(2, '0')
  return `${clock.year}-${clock.month}-${clock.day}T${clock.hour}:${clock.minute}:${clock.second}${sign}${hh}:${mm}`
}

/** "09:30" in both languages (24-hour clock, as in France). */
export function formatTime(iso: string): string {
  const clock = wallClock(iso)
  return `${clock.hour}:${clock.minute}`
}

/** "Tuesday 1 December" / "mardi 1 décembre", for a YYYY-MM-DD event day. */
export function formatEventDay(date: string, locale: Locale): string {
  // Noon UTC of that date is the same calendar day in Paris.
  return new Intl.DateTimeFormat(locale === 'fr' ? 'fr-FR' : 'en-GB', {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    timeZone: EVENT_TIME_ZONE,
  }).format(new Date(`${date}T12:00:00Z`))
}

/** "UTC+1" for the label that tells visitors which clock the times are on. */
export function utcOffsetLabel(iso: string): string {
  const offset = offsetMinutes(iso)
  const hours = offset / 60
  return `UTC${offset < 0 ? '−' : '+'}${Number.isInteger(hours) ? Math.abs(hours) : Math.abs(hours).toFixed(1)}`
}
