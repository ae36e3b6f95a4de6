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
  /** What the session keeps after the event (absent where a reader does not load it). */
  after?: SessionAfter
}

/**
 * Slides (an uploaded PDF's address on the site, or an https URL), the recording's URL (embedded only
 * when src/programme/after/recording.ts allows it), the summary (Lexical JSON) and the perspective
 * that reports the session's collective reflection (published ones only).
 */
export type SessionAfter = {
  slides: { url: string; uploaded: boolean } | null
  recordingUrl: string | null
  summary: unknown
  perspective: { slug: string; title: string } | null
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
