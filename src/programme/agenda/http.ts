import type { Payload } from 'payload'

import { parseYear } from '../../editions/cachedContent'
import { isLocale, localePath, type Locale } from '../../platform/i18n'
import { routes } from '../../platform/routes'
import { getProgramme } from '../cached'
import { isAgendaKey } from './key'
import { saveAgenda } from './store'

/**
 * The agenda form posts here (no JavaScript needed): the ticked sessions of the public programme
 * become a new personal agenda, or replace those of the agenda whose key the form carries. Answers
 * 303 to the agenda's page; an unknown year 404; a form without any known session 303 back to the
 * form with a message; over 64 KB 413.
 */
const MAX_BODY = 64 * 1024

function seeOther(location: string): Response {
  return new Response(null, { status: 303, headers: { Location: location, 'Cache-Control': 'no-store' } })
}

function plain(status: number, message: string): Response {
  return new Response(`${message}\n`, { status, headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' } })
}

export async function handleAgendaPost(
  request: Request,
  options: { payload: () => Promise<Payload>; locale: string; year: string },
): Promise<Response> {
  if (!isLocale(options.locale)) return plain(404, 'There is no such page.')
  const locale: Locale = options.locale
  const year = parseYear(options.year)
  const programme = year === null ? null : await getProgramme(year, locale)
  if (!programme || year === null) return plain(404, `There is no published edition ${options.year}.`)
  if (Number(request.headers.get('content-length') ?? 0) > MAX_BODY) return plain(413, 'The form is too large.')
  let form: FormData
  try {
    form = await request.formData()
  } catch {
    return plain(400, 'The form could not be read.')
  }
  const known = new Set(programme.sessions.map((session) => session.id))
  const ticked = [...new Set(form.getAll('session').map(String))].filter((id) => known.has(id))
  const key = form.get('agenda')
  if (ticked.length === 0) return seeOther(`${localePath(locale, routes.agenda(year))}?empty=1`)
  const agenda = await saveAgenda(await options.payload(), {
    key: isAgendaKey(key) ? key : null,
    edition: programme.edition.id,
    sessions: ticked,
  })
  return seeOther(localePath(locale, routes.personalAgenda(year, agenda.key)))
}
