import { EVENT_TIME_ZONE } from '../lib/dates'
import type { Locale } from '../lib/i18n'

/** Wall-clock parts of an instant in the event's time zone (Europe/Paris), whatever the server's zone. */
export type WallClock = { year: string; month: string; day: string; hour: string; minute: string; second: string }

const partsFormat = new Intl.DateTimeFormat('en-GB', {
  timeZone: EVENT_TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
})

export function wallClock(iso: string): WallClock {
  const parts = new Map(partsFormat.formatToParts(new Date(iso)).map((part) => [part.type, part.value]))
  const get = (type: Intl.DateTimeFormatPartTypes) => parts.get(type) ?? '00'
  return { year: get('year'), month: get('month'), day: get('day'), hour: get('hour'), minute: get('minute'), second: get('second') }
}

/** Minutes east of UTC of the event's time zone at that instant (60 in winter, 120 in summer). */
export function offsetMinutes(iso: string): number {
  const clock = wallClock(iso)
  const asUtc = Date.UTC(+clock.year, +clock.month - 1, +clock.day, +clock.hour, +clock.minute, +clock.second)
  return Math.round((asUtc - Math.floor(Date.parse(iso) / 1000) * 1000) / 60_000)
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
