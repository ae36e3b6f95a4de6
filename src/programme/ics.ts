import { EVENT_TIME_ZONE } from '../platform/dates'
import { wallClock } from './eventTime'
import type { ProgrammeText } from './messages'
import type { Programme, ProgrammeSession } from './model'
import { richTextToPlain } from '../platform/richText/plainText'

/**
 * An RFC 5545 iCalendar writer for the programme: CRLF lines folded at 75 octets, TEXT values escaped,
 * times as local Paris time with a VTIMEZONE, and one VEVENT per session whose UID never changes (it is
 * built from the session's id, which survives edits of title, slug, time or room), so a calendar that
 * subscribed updates its events instead of adding copies. SEQUENCE and LAST-MODIFIED follow updatedAt.
 */

/** The right side of every UID: names the programme, not a host that differs between deployments. */
const UID_DOMAIN = 'programme.commons-hub'

export function sessionUid(session: Pick<ProgrammeSession, 'id'>): string {
  return `session-${session.id}@${UID_DOMAIN}`
}

/** Escapes a TEXT value (RFC 5545 §3.3.11): backslash, semicolon, comma and newlines. */
export function escapeText(value: string): string {
  return value
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n')
}

const encoder = new TextEncoder()

/**
 * Folds a content line so no line is longer than 75 octets (RFC 5545 §3.1), never inside a UTF-8
 * character; continuation lines start with one space, which counts toward their 75.
 */
export function foldLine(line: string): string {
  if (encoder.encode(line).length <= 75) return line
  const out: string[] = []
  let current = ''
  let size = 0
  let limit = 75
  for (const char of line) {
    const bytes = encoder.encode(char).length
    if (size + bytes > limit) {
      out.push(current)
      current = ''
      size = 0
      limit = 74 // the leading space of the continuation line takes one octet
    }
    current += char
    size += bytes
  }
  out.push(current)
  return out.join('\r\n ')
}

/** 20261201T090000: local time in the event's zone, used with TZID=Europe/Paris. */
function localDateTime(iso: string): string {
  const c = wallClock(iso)
  return `${c.year}${c.month}${c.day}T${c.hour}${c.minute}${c.second}`
}

/** 20261125T170000Z: a UTC instant (DTSTAMP, LAST-MODIFIED, CREATED). */
function utcDateTime(iso: string): string {
  return new Date(iso)
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '')
}

/** Epoch of SEQUENCE: seconds since then fit a 32-bit integer for decades and grow with every edit. */
const SEQUENCE_EPOCH = Date.UTC(2024, 0, 1)

function sequenceOf(updatedAt: string): number {
  return Math.max(0, Math.floor((Date.parse(updatedAt) - SEQUENCE_EPOCH) / 1000))
}

/** Europe/Paris since 1996: CET in winter, CEST from the last Sunday of March to the last of October. */
const VTIMEZONE = [
  'BEGIN:VTIMEZONE',
  `TZID:${EVENT_TIME_ZONE}`,
  'BEGIN:DAYLIGHT',
  'TZOFFSETFROM:+0100',
  'TZOFFSETTO:+0200',
  'TZNAME:CEST',
  'DTSTART:19700329T020000',
  'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU',
  'END:DAYLIGHT',
  'BEGIN:STANDARD',
  'TZOFFSETFROM:+0200',
  'TZOFFSETTO:+0100',
  'TZNAME:CET',
  'DTSTART:19701025T030000',
  'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU',
  'END:STANDARD',
  'END:VTIMEZONE',
]

export type IcsOptions = {
  text: ProgrammeText
  /** Absolute (or root-relative when the site's origin is unknown) address of a session's page. */
  sessionUrl: (session: ProgrammeSession) => string
  calendarName: string
}

function sessionDescription(session: ProgrammeSession, text: ProgrammeText): string {
  const parts: string[] = []
  const description = richTextToPlain(session.description)
  if (description) parts.push(description)
  if (session.speakers.length > 0) {
    parts.push(`${text.speakers}: ${session.speakers.map((s) => (s.affiliation ? `${s.name} (${s.affiliation})` : s.name)).join(', ')}`)
  }
  if (session.segments.length > 0) {
    parts.push(
      [
        `${text.segments}:`,
        ...session.segments.map((segment, index) => {
          const label = [text.segmentKinds[segment.kind], segment.title].filter(Boolean).join(': ')
          return `${index + 1}. ${label}${segment.minutes ? ` (${text.minutes(segment.minutes)})` : ''}`
        }),
      ].join('\n'),
    )
  }
  return parts.join('\n\n')
}

function eventLines(session: ProgrammeSession, programme: Programme, options: IcsOptions): string[] {
  const location = [session.room?.name, programme.edition.venue, programme.edition.city].filter(Boolean).join(', ')
  const description = sessionDescription(session, options.text)
  const lines = [
    'BEGIN:VEVENT',
    `UID:${sessionUid(session)}`,
    `DTSTAMP:${utcDateTime(session.updatedAt)}`,
    `DTSTART;TZID=${EVENT_TIME_ZONE}:${localDateTime(session.start)}`,
    `DTEND;TZID=${EVENT_TIME_ZONE}:${localDateTime(session.end)}`,
    `SUMMARY:${escapeText(session.title)}`,
    `SEQUENCE:${sequenceOf(session.updatedAt)}`,
    `LAST-MODIFIED:${utcDateTime(session.updatedAt)}`,
    `CREATED:${utcDateTime(session.createdAt)}`,
    `URL:${options.sessionUrl(session)}`,
    'STATUS:CONFIRMED',
    'TRANSP:OPAQUE',
  ]
  if (location) lines.push(`LOCATION:${escapeText(location)}`)
  if (description) lines.push(`DESCRIPTION:${escapeText(description)}`)
  const categories = [options.text.sessionKinds[session.kind], ...session.themes.map((theme) => theme.title)]
  lines.push(`CATEGORIES:${categories.map(escapeText).join(',')}`)
  lines.push('END:VEVENT')
  return lines
}

/** The whole calendar: every session given (the programme, or one session for its own .ics). */
export function writeIcs(programme: Programme, sessions: readonly ProgrammeSession[], options: IcsOptions): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Commons AI//Commons Hub programme//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(options.calendarName)}`,
    `X-WR-TIMEZONE:${EVENT_TIME_ZONE}`,
    // Which programme release this is (absent before the first): calendars ignore X- properties they do not know.
    ...(programme.release
      ? [
          `X-COMMONS-PROGRAMME-RELEASE:${programme.release.number}`,
          `X-WR-CALDESC:${escapeText(options.text.releaseOf(programme.release.number))}`,
        ]
      : []),
    ...VTIMEZONE,
    ...sessions.flatMap((session) => eventLines(session, programme, options)),
    'END:VCALENDAR',
  ]
  return lines.map(foldLine).join('\r\n') + '\r\n'
}
