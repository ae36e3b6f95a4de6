import { parseYear } from '../../editions/cachedContent'
import type { Locale } from '../../platform/i18n'
import { absoluteUrl, routes } from '../../platform/routes'
import { payloadClient } from '../../platform/payload'
import { getProgramme } from '../cached'
import { writeIcs } from '../ics'
import { programmeText } from '../messages'
import type { Programme, ProgrammeSession } from '../model'
import { isAgendaKey } from './key'
import { findAgenda, type StoredAgenda } from './store'

/**
 * /editions/[year]/programme/agenda/<key>.ics (or <key>.fr.ics): the ticked sessions as they are in the
 * public programme now, so a session moved by a release moves in the calendar (same UID, higher
 * SEQUENCE). Sessions cancelled since they were ticked simply drop out.
 */
export function parseAgendaFile(file: string): { key: string; locale: Locale } | null {
  const match = /^([A-Za-z0-9_-]{22})(\.fr)?\.ics$/.exec(file)
  if (!match?.[1] || !isAgendaKey(match[1])) return null
  return { key: match[1], locale: match[2] ? 'fr' : 'en' }
}

export function agendaSessions(programme: Programme, agenda: StoredAgenda): ProgrammeSession[] {
  const ticked = new Set(agenda.sessions)
  return programme.sessions.filter((session) => ticked.has(session.id))
}

export function agendaIcs(programme: Programme, agenda: StoredAgenda, locale: Locale): string {
  const text = programmeText(locale)
  return writeIcs(programme, agendaSessions(programme, agenda), {
    text,
    calendarName: text.agendaCalendarName(programme.edition.title),
    sessionUrl: (session) => absoluteUrl(locale, routes.session(programme.edition.year, session.slug)),
  })
}

function notFound(): Response {
  return new Response('There is no such agenda.\n', { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8' } })
}

export async function agendaIcsResponse(yearParam: string, file: string): Promise<Response> {
  const parsed = parseAgendaFile(decodeURIComponent(file))
  const year = parseYear(yearParam)
  if (!parsed || year === null) return notFound()
  const [programme, agenda] = await Promise.all([getProgramme(year, parsed.locale), findAgenda(await payloadClient(), parsed.key)])
  if (!programme || !agenda || agenda.edition !== programme.edition.id) return notFound()
  return new Response(agendaIcs(programme, agenda, parsed.locale), {
    headers: {
      'Content-Type': 'text/calendar; charset=utf-8',
      'Content-Disposition': `inline; filename="commons-ai-${year}-agenda${parsed.locale === 'en' ? '' : '.fr'}.ics"`,
      // The address is the secret: shared caches keep nothing, calendars poll.
      'Cache-Control': 'private, max-age=60',
      'X-Robots-Tag': 'noindex',
    },
  })
}
