import type { Payload } from 'payload'

import { findEditionByYear } from '../editions/read'
import type { Locale } from '../platform/i18n'
import { readRights, type ReadMode } from '../platform/readMode'
import type { Session } from '../payload-types'
import type {
  Programme,
  ProgrammeRoom,
  ProgrammeSegment,
  ProgrammeSession,
  ProgrammeSpeaker,
  ProgrammeTheme,
  SegmentKind,
  SessionAfter,
  SessionKind,
} from './model'
import { validHttpsUrl } from './after/recording'
import { loadReleases } from './releases/load'
import { sortSessions } from './schedule'

/**
 * The programme of one edition, read with the public's rights (published sessions of a public edition;
 * draft speakers and themes are left out) or, for an editor's preview, with drafts.
 */
export async function loadProgramme(payload: Payload, year: number, locale: Locale, mode: ReadMode = {}): Promise<Programme | null> {
  const edition = await findEditionByYear(payload, year, locale, mode)
  if (!edition) return null
  const { docs } = await payload.find({
    collection: 'sessions',
    where: { edition: { equals: edition.id } },
    sort: 'start',
    depth: 1,
    pagination: false,
    locale,
    // Never the proposal (editors only) nor the computed conflicts.
    select: {
      title: true,
      slug: true,
      kind: true,
      start: true,
      end: true,
      room: true,
      description: true,
      segments: true,
      speakers: true,
      themes: true,
      slidesFile: true,
      slidesUrl: true,
      recordingUrl: true,
      summary: true,
      perspective: true,
      createdAt: true,
      updatedAt: true,
    },
    populate: {
      speakers: { name: true, slug: true, affiliation: true },
      themes: { title: true, slug: true },
      rooms: { name: true, order: true, capacity: true, accessibility: true },
      slides: { filename: true },
      perspectives: { title: true, slug: true },
    },
    ...readRights(mode),
  })
  // The preview shows drafts, which no release has published yet: it names no release.
  const [latest] = mode.preview ? [] : await loadReleases(payload, edition.id, locale, 1)
  return {
    release: latest ? { number: latest.number, publishedAt: latest.publishedAt } : null,
    edition: {
      id: String(edition.id),
      year: edition.year,
      title: edition.title,
      venue: edition.venue ?? null,
      city: edition.city ?? null,
    },
    sessions: sortSessions(docs.map(toProgrammeSession)),
  }
}

/** A room the reader may not see (or none) is null. */
function toProgrammeRoom(room: Session['room']): ProgrammeRoom | null {
  if (typeof room !== 'object' || room === null) return null
  return {
    id: String(room.id),
    name: room.name,
    order: typeof room.order === 'number' ? room.order : 0,
    capacity: typeof room.capacity === 'number' ? room.capacity : null,
    accessibility: room.accessibility?.trim() || null,
  }
}

function toProgrammeSession(
  doc: Pick<
    Session,
    | 'id'
    | 'title'
    | 'slug'
    | 'kind'
    | 'start'
    | 'end'
    | 'room'
    | 'description'
    | 'segments'
    | 'speakers'
    | 'themes'
    | 'slidesFile'
    | 'slidesUrl'
    | 'recordingUrl'
    | 'summary'
    | 'perspective'
    | 'createdAt'
    | 'updatedAt'
  >,
): ProgrammeSession {
  return {
    id: String(doc.id),
    slug: doc.slug,
    title: doc.title,
    kind: doc.kind as SessionKind,
    start: new Date(doc.start).toISOString(),
    end: new Date(doc.end).toISOString(),
    room: toProgrammeRoom(doc.room),
    description: doc.description ?? null,
    segments: (doc.segments ?? []).map((segment): ProgrammeSegment => ({
      kind: segment.kind as SegmentKind,
      title: segment.title?.trim() || null,
      minutes: typeof segment.minutes === 'number' ? segment.minutes : null,
    })),
    // A relation the reader may not see (a draft speaker) stays an id: left out.
    speakers: (doc.speakers ?? []).flatMap((speaker): ProgrammeSpeaker[] =>
      typeof speaker === 'object' && speaker !== null && speaker.slug
        ? [{ id: String(speaker.id), slug: speaker.slug, name: speaker.name, affiliation: speaker.affiliation ?? null }]
        : [],
    ),
    themes: (doc.themes ?? []).flatMap((theme): ProgrammeTheme[] =>
      typeof theme === 'object' && theme !== null && theme.slug ? [{ id: String(theme.id), slug: theme.slug, title: theme.title }] : [],
    ),
    createdAt: doc.createdAt,
    updatedAt: doc.updatedAt,
    after: toSessionAfter(doc),
  }
}

function toSessionAfter(doc: Pick<Session, 'slidesFile' | 'slidesUrl' | 'recordingUrl' | 'summary' | 'perspective'>): SessionAfter {
  const file = typeof doc.slidesFile === 'object' && doc.slidesFile !== null && doc.slidesFile.filename ? doc.slidesFile : null
  const slidesUrl = doc.slidesUrl?.trim() || null
  const perspective = typeof doc.perspective === 'object' && doc.perspective !== null && doc.perspective.slug ? doc.perspective : null
  return {
    // An uploaded file wins over an address: it is the copy the site keeps (and the archive exports).
    // A path on this site, not Payload's `url` (absolute to NEXT_PUBLIC_SERVER_URL): the page and the
    // archive export (which copies /api/slides/file/… into the archive) link the server they are read from.
    slides: file
      ? { url: `/api/slides/file/${encodeURIComponent(file.filename!)}`, uploaded: true }
      : slidesUrl && validHttpsUrl(slidesUrl) === true
        ? { url: slidesUrl, uploaded: false }
        : null,
    recordingUrl: doc.recordingUrl?.trim() && validHttpsUrl(doc.recordingUrl.trim()) === true ? doc.recordingUrl.trim() : null,
    summary: doc.summary ?? null,
    perspective: perspective ? { slug: perspective.slug!, title: perspective.title } : null,
  }
}
