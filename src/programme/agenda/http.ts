import type { Payload } from 'payload'

import { parseYear } from '../../editions/cachedContent'
import { isLocale, localePath, type Locale } from '../../platform/i18n'
import { routes } from '../../platform/routes'
import { getProgramme } from '../cached'
import { errorResponse } from '../../platform/http/errors'
import { isAgendaKey } from './key'
import { agendaText } from './messages'
import { agendaLimitFromEnv, agendaRetryAfter, type AgendaLimit } from './rateLimit'
import { saveAgenda } from './store'

/**
 * The agenda form posts here (no JavaScript needed): the ticked sessions of the public programme
 * become a new personal agenda, or replace those of the agenda whose key the form carries. Answers
 * 303 to the agenda's page; an unknown year 404; a form without any known session 303 back to the
 * form with a message; over 64 KB 413; too many posts from one address 429 (./rateLimit.ts), a page
 * that says when to try again (JSON errors with `Accept: application/json`).
 */
const MAX_BODY = 64 * 1024

function seeOther(location: string): Response {
  return new Response(null, { status: 303, headers: { Location: location, 'Cache-Control': 'no-store' } })
}

function plain(status: number, message: string): Response {
  return new Response(`${message}\n`, { status, headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' } })
}

const escapeHtml = (value: string) =>
  value.replace(/[&<>"']/g, (char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[char]!)

function tooManySaves(request: Request, locale: Locale, year: number, retryAfterSeconds: number): Response {
  const t = agendaText(locale)
  const message = t.rateLimited(Math.ceil(retryAfterSeconds / 60))
  const headers = { 'Cache-Control': 'no-store', 'Retry-After': String(retryAfterSeconds) }
  if ((request.headers.get('accept') ?? '').includes('application/json')) return errorResponse(429, [{ message }], headers)
  const form = localePath(locale, routes.agenda(year))
  // A plain page without script or outside resources: it must also show when the site is under load.
  const html = `<!doctype html><html lang="${locale}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="robots" content="noindex"><title>${escapeHtml(t.rateLimitedTitle)}</title><style>body{font:1.0625rem/1.6 system-ui,sans-serif;margin:0;padding:2rem 1rem;background:#fbfaf6;color:#16201c}main{max-width:40rem;margin:auto}a{color:#0f5c46}</style></head><body><main><h1>${escapeHtml(t.rateLimitedTitle)}</h1><p role="alert">${escapeHtml(message)}</p><p><a href="${escapeHtml(form)}">${escapeHtml(t.backToForm)}</a></p></main></body></html>`
  return new Response(html, { status: 429, headers: { ...headers, 'Content-Type': 'text/html; charset=utf-8' } })
}

export async function handleAgendaPost(
  request: Request,
  options: { payload: () => Promise<Payload>; locale: string; year: string; limit?: AgendaLimit },
): Promise<Response> {
  if (!isLocale(options.locale)) return plain(404, 'There is no such page.')
  const locale: Locale = options.locale
  const year = parseYear(options.year)
  const programme = year === null ? null : await getProgramme(year, locale)
  if (!programme || year === null) return plain(404, `There is no published edition ${options.year}.`)
  // Every post counts, saved or not, so a script posting anything is stopped too.
  const retryAfter = await agendaRetryAfter(await options.payload(), request.headers, options.limit ?? agendaLimitFromEnv())
  if (retryAfter !== null) return tooManySaves(request, locale, year, retryAfter)
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
