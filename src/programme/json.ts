import { EVENT_TIME_ZONE } from '../platform/dates'
import type { Locale } from '../platform/i18n'
import { isoWithOffset } from './eventTime'
import { sessionUid } from './ics'
import type { Programme, ProgrammeSession, SegmentKind, SessionKind } from './model'
import { richTextToPlain } from '../platform/richText/plainText'
import { eventDay } from './schedule'

/**
 * /editions/[year]/programme.json: the programme for other sites and tools. Its shape is versioned and
 * described by programme.schema.json (JSON Schema 2020-12) beside this file; a breaking change bumps
 * `version` and the schema's `$id`.
 */
const PROGRAMME_JSON_VERSION = 1

export type ProgrammeJson = {
  version: typeof PROGRAMME_JSON_VERSION
  locale: Locale
  timeZone: typeof EVENT_TIME_ZONE
  edition: { year: number; title: string; venue: string | null; city: string | null; url: string }
  /** The programme release this is; null before the first release. */
  release: { number: number; publishedAt: string } | null
  links: { ics: string; html: string; changes: string }
  sessions: Array<{
    id: string
    uid: string
    slug: string
    url: string
    ics: string
    title: string
    kind: SessionKind
    day: string
    start: string
    end: string
    room: string | null
    description: string | null
    segments: Array<{ kind: SegmentKind; title: string | null; minutes: number | null }>
    speakers: Array<{ slug: string; name: string; affiliation: string | null; url: string }>
    themes: Array<{ slug: string; title: string }>
    updatedAt: string
  }>
}

export type JsonLinks = {
  edition: string
  programme: string
  ics: string
  changes: string
  session: (session: ProgrammeSession) => string
  sessionIcs: (session: ProgrammeSession) => string
  speaker: (slug: string) => string
}

export function programmeJson(programme: Programme, locale: Locale, links: JsonLinks): ProgrammeJson {
  return {
    version: PROGRAMME_JSON_VERSION,
    locale,
    timeZone: EVENT_TIME_ZONE,
    edition: {
      year: programme.edition.year,
      title: programme.edition.title,
      venue: programme.edition.venue,
      city: programme.edition.city,
      url: links.edition,
    },
    release: programme.release ? { number: programme.release.number, publishedAt: programme.release.publishedAt } : null,
    links: { ics: links.ics, html: links.programme, changes: links.changes },
    sessions: programme.sessions.map((session) => ({
      id: session.id,
      uid: sessionUid(session),
      slug: session.slug,
      url: links.session(session),
      ics: links.sessionIcs(session),
      title: session.title,
      kind: session.kind,
      day: eventDay(session.start),
      start: isoWithOffset(session.start),
      end: isoWithOffset(session.end),
      room: session.room?.name ?? null,
      description: richTextToPlain(session.description) || null,
      segments: session.segments.map(({ kind, title, minutes }) => ({ kind, title, minutes })),
      speakers: session.speakers.map((speaker) => ({
        slug: speaker.slug,
        name: speaker.name,
        affiliation: speaker.affiliation,
        url: links.speaker(speaker.slug),
      })),
      themes: session.themes.map(({ slug, title }) => ({ slug, title })),
      updatedAt: session.updatedAt,
    })),
  }
}
