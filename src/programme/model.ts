/**
 * The programme as pages and feeds use it: plain data, no Payload types, so grouping, the iCalendar
 * writer and the JSON shape are pure functions that jest tests without a database.
 */
export type SessionKind = 'workshop' | 'talk' | 'plenary' | 'break'
export type SegmentKind = 'framing-talk' | 'audience-reflection' | 'inspiring-initiative'

export type ProgrammeSpeaker = { id: string; slug: string; name: string; affiliation: string | null }
export type ProgrammeTheme = { id: string; slug: string; title: string }
/** A room of the edition, as the reader's language names it; `order` is the editors' display order. */
export type ProgrammeRoom = { id: string; name: string; order: number; capacity: number | null; accessibility: string | null }
export type ProgrammeSegment = { kind: SegmentKind; title: string | null; minutes: number | null }

export type ProgrammeSession = {
  id: string
  slug: string
  title: string
  kind: SessionKind
  /** ISO instants (UTC); shown in the event's time zone. */
  start: string
  end: string
  room: ProgrammeRoom | null
  /** Lexical JSON, rendered by our RichText component; plain text for feeds comes from richTextToPlain. */
  description: unknown
  segments: ProgrammeSegment[]
  speakers: ProgrammeSpeaker[]
  themes: ProgrammeTheme[]
  createdAt: string
  updatedAt: string
}

type ProgrammeEdition = {
  id: string
  year: number
  title: string
  venue: string | null
  city: string | null
}

/** The programme release the public programme is at (none before the first "Publish programme version"). */
export type ProgrammeReleaseInfo = { number: number; publishedAt: string }

export type Programme = { edition: ProgrammeEdition; sessions: ProgrammeSession[]; release?: ProgrammeReleaseInfo | null }
