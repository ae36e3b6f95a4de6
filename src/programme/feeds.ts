import { parseYear } from '../editions/cachedContent'
import type { Locale } from '../platform/i18n'
import { absoluteFileUrl, absoluteUrl, routes } from '../platform/routes'
import { getProgramme } from './cached'
import { writeIcs } from './ics'
import { programmeJson } from './json'
import { programmeText } from './messages'
import type { Programme, ProgrammeSession } from './model'

/**
 * The route handlers' work for the programme feeds, reached as files (/editions/2026/programme.ics),
 * from the same cached, tagged programme as the pages. Unknown years and sessions get a plain 404.
 */
const CACHE_CONTROL = 'public, max-age=60'

type Loaded = { programme: Programme } | { response: Response }

async function load(yearParam: string, locale: Locale): Promise<Loaded> {
  const year = parseYear(yearParam)
  const programme = year === null ? null : await getProgramme(year, locale)
  if (!programme) return { response: notFound(`There is no published edition ${yearParam}.`) }
  return { programme }
}

function notFound(message: string): Response {
  return new Response(`${message}\n`, { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8' } })
}

function calendar(body: string, filename: string): Response {
  return new Response(body, {
    headers: {
      'Content-Type': 'text/calendar; charset=utf-8',
      'Content-Disposition': `inline; filename="${filename}"`,
      'Cache-Control': CACHE_CONTROL,
    },
  })
}

function icsOptions(programme: Programme, locale: Locale) {
  const text = programmeText(locale)
  return {
    text,
    calendarName: text.calendarName(programme.edition.title),
    sessionUrl: (session: ProgrammeSession) => absoluteUrl(locale, routes.session(programme.edition.year, session.slug)),
  }
}

export async function programmeIcsResponse(yearParam: string, locale: Locale): Promise<Response> {
  const loaded = await load(yearParam, locale)
  if ('response' in loaded) return loaded.response
  const { programme } = loaded
  const body = writeIcs(programme, programme.sessions, icsOptions(programme, locale))
  return calendar(body, `commons-ai-${programme.edition.year}-programme${locale === 'en' ? '' : `.${locale}`}.ics`)
}

/** "<slug>.ics" or "<slug>.fr.ics": one session's calendar file. */
export function parseSessionFile(file: string): { slug: string; locale: Locale } | null {
  const match = /^([a-z0-9]+(?:-[a-z0-9]+)*?)(\.fr)?\.ics$/.exec(file)
  if (!match?.[1]) return null
  return { slug: match[1], locale: match[2] ? 'fr' : 'en' }
}

export async function sessionIcsResponse(yearParam: string, file: string): Promise<Response> {
  const parsed = parseSessionFile(decodeURIComponent(file))
  if (!parsed) return notFound('There is no such file in the programme.')
  const loaded = await load(yearParam, parsed.locale)
  if ('response' in loaded) return loaded.response
  const { programme } = loaded
  const session = programme.sessions.find((candidate) => candidate.slug === parsed.slug)
  if (!session) return notFound(`There is no session "${parsed.slug}" in the ${programme.edition.year} programme.`)
  return calendar(writeIcs(programme, [session], icsOptions(programme, parsed.locale)), file)
}

export async function programmeJsonResponse(yearParam: string, locale: Locale): Promise<Response> {
  const loaded = await load(yearParam, locale)
  if ('response' in loaded) return loaded.response
  const { programme } = loaded
  const year = programme.edition.year
  const body = programmeJson(programme, locale, {
    edition: absoluteUrl(locale, routes.edition(year)),
    programme: absoluteUrl(locale, routes.programme(year)),
    ics: absoluteFileUrl(routes.programmeIcs(year, locale)),
    changes: absoluteUrl(locale, routes.programmeChanges(year)),
    session: (session) => absoluteUrl(locale, routes.session(year, session.slug)),
    sessionIcs: (session) => absoluteFileUrl(routes.sessionIcs(year, session.slug, locale)),
    speaker: (slug) => absoluteUrl(locale, routes.speaker(year, slug)),
  })
  return new Response(`${JSON.stringify(body, null, 2)}\n`, {
    headers: { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': CACHE_CONTROL },
  })
}
