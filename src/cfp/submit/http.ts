import type { Payload } from 'payload'

import { errorResponse } from '../../platform/http/errors'
import { formatDay } from '../../platform/dates'
import { isLocale, localePath, type Locale } from '../../platform/i18n'
import { routes } from '../../platform/routes'
import { clientAddress } from './clientIp'
import { cfpWindow, loadCfpEdition, type CfpWindow } from './edition'
import { saveFormState } from './formState'
import { isWellFormedToken } from './idempotency'
import { cfpMessages, fieldErrorMessage } from './messages'
import { sharedLimiters, take, type CfpLimiters } from './rateLimit'
import { HONEYPOT_FIELD, TOKEN_FIELD, readFormValues, type FieldErrors, type FieldName } from './submission'
import { submitProposal } from './submit'

/**
 * The one submission endpoint of the proposal form: POST /editions/[year]/propose/submit (and /fr/…).
 *
 * A route handler rather than a server action, because the answer must carry a meaningful status code
 * for any client, including a direct POST (curl): 403 after the deadline, 429 when rate limited, 413 for a
 * body too large, 415 for another body type, 400 for a bot or a form without its token, 422 for invalid
 * input. Server actions always answer 200.
 *
 * The same endpoint serves three kinds of client, told apart by their Accept header:
 * - the enhanced form (fetch, `Accept: application/json`): JSON with per-field messages (422) or the
 *   reference (201, or 200 for a repeat of the same form);
 * - a browser without JavaScript (`Accept: text/html`): post/redirect/get. Invalid input is kept in a
 *   short-lived form state kept in the database (formState.ts) and the browser is sent back (303) to the form page,
 *   which shows each error next to its field with everything typed; success goes (303) to the
 *   confirmation page; a refusal (closed, rate limited…) is a small HTML page with its 4xx status;
 * - anything else (curl): the same statuses with a plain-text message.
 */
export const MAX_BODY_BYTES = 64 * 1024

export type HandlerOptions = {
  payload: Payload | (() => Promise<Payload>)
  locale: string
  year: string
  /** The clock: tests set it; the route leaves it to now. */
  now?: Date
  limiters?: CfpLimiters
}

type Responder = 'json' | 'html' | 'text'

function responderFor(request: Request): Responder {
  const accept = request.headers.get('accept') ?? ''
  if (accept.includes('application/json')) return 'json'
  if (accept.includes('text/html')) return 'html'
  return 'text'
}

const escapeHtml = (value: string) =>
  value.replace(/[&<>"']/g, (char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[char]!)

const NO_STORE = { 'cache-control': 'no-store' }

function refusal(
  kind: Responder,
  locale: Locale,
  status: number,
  message: string,
  formPath: string | null,
  headers: Record<string, string> = {},
): Response {
  const all = { ...NO_STORE, ...headers }
  if (kind === 'json') return errorResponse(status, [{ message }], all)
  if (kind === 'text') return new Response(`${message}\n`, { status, headers: { ...all, 'content-type': 'text/plain; charset=utf-8' } })
  const t = cfpMessages(locale)
  const back = formPath ? `<p><a href="${escapeHtml(formPath)}">${escapeHtml(t.refusals.backToForm)}</a></p>` : ''
  const html = `<!doctype html><html lang="${locale}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escapeHtml(t.heading)}</title><style>body{font:1.0625rem/1.6 system-ui,sans-serif;margin:0;padding:2rem 1rem;background:#fbfaf6;color:#16201c}main{max-width:40rem;margin:auto}a{color:#0f5c46}</style></head><body><main><h1>${escapeHtml(t.heading)}</h1><p role="alert">${escapeHtml(message)}</p>${back}</main></body></html>`
  return new Response(html, { status, headers: { ...all, 'content-type': 'text/html; charset=utf-8' } })
}

function closedMessage(locale: Locale, window: Exclude<CfpWindow, { open: true }>): string {
  const t = cfpMessages(locale).refusals
  if (window.reason === 'notYetOpen') return t.notYetOpen(formatDay(window.opensAt, locale))
  return window.closedAt ? t.closed(formatDay(window.closedAt, locale)) : t.closedNoDate
}

/** Reads at most `max` bytes of the body; null when it is larger (whatever Content-Length claimed). */
async function readLimited(request: Request, max: number): Promise<Uint8Array | null> {
  if (!request.body) return new Uint8Array()
  const reader = request.body.getReader()
  const chunks: Uint8Array[] = []
  let total = 0
  for (;;) {
    const { done, value } = await reader.read()
    if (done) break
    total += value.byteLength
    if (total > max) {
      await reader.cancel().catch(() => {})
      return null
    }
    chunks.push(value)
  }
  const body = new Uint8Array(total)
  let offset = 0
  for (const chunk of chunks) {
    body.set(chunk, offset)
    offset += chunk.byteLength
  }
  return body
}

type FormLike = { get(name: string): unknown; getAll(name: string): unknown[] }

async function parseForm(contentType: string, body: Uint8Array): Promise<FormLike | null> {
  if (contentType.startsWith('application/x-www-form-urlencoded')) {
    return new URLSearchParams(new TextDecoder().decode(body))
  }
  if (contentType.startsWith('multipart/form-data')) {
    try {
      return await new Response(body as BodyInit, { headers: { 'content-type': contentType } }).formData()
    } catch {
      return null
    }
  }
  return null
}

export async function handleProposalPost(request: Request, options: HandlerOptions): Promise<Response> {
  const kind = responderFor(request)
  const locale: Locale = isLocale(options.locale) ? options.locale : 'en'
  const t = cfpMessages(locale)
  const year = /^\d{4}$/.test(options.year) ? Number(options.year) : null
  if (!isLocale(options.locale) || year === null) return refusal(kind, locale, 404, t.refusals.unknownEdition, null)
  const formPath = localePath(locale, routes.propose(year))
  const limiters = options.limiters ?? sharedLimiters()
  const address = clientAddress(request.headers)
  const payload = typeof options.payload === 'function' ? await options.payload() : options.payload

  // Every post counts towards the looser limit, before any work is done for it.
  const attempt = await take(payload, limiters.attempts, address)
  if (!attempt.ok) return rateLimited(kind, locale, attempt.retryAfterMs, formPath)

  const declared = Number(request.headers.get('content-length') ?? '0')
  if (declared > MAX_BODY_BYTES) return refusal(kind, locale, 413, t.refusals.tooLarge(MAX_BODY_BYTES / 1024), formPath)
  const body = await readLimited(request, MAX_BODY_BYTES)
  if (body === null) return refusal(kind, locale, 413, t.refusals.tooLarge(MAX_BODY_BYTES / 1024), formPath)
  const form = await parseForm((request.headers.get('content-type') ?? '').toLowerCase(), body)
  if (!form) return refusal(kind, locale, 415, t.refusals.unsupported, formPath)

  const edition = await loadCfpEdition(payload, year, locale)
  if (!edition) return refusal(kind, locale, 404, t.refusals.unknownEdition, null)

  const honeypot = form.get(HONEYPOT_FIELD)
  if (typeof honeypot === 'string' && honeypot.trim() !== '') return refusal(kind, locale, 400, t.refusals.honeypot, formPath)
  const now = options.now ?? new Date()
  const token = form.get(TOKEN_FIELD)
  if (!isWellFormedToken(token)) {
    // A direct post without the form's token after the deadline still hears that the call is closed.
    const window = cfpWindow(edition, now)
    if (!window.open) return refusal(kind, locale, 403, closedMessage(locale, window), null)
    return refusal(kind, locale, 400, t.refusals.badToken, formPath)
  }

  const values = readFormValues(form)
  let outcome
  try {
    outcome = await submitProposal(payload, {
      edition,
      values,
      token,
      locale,
      now,
      admit: () => take(payload, limiters.proposals, address),
    })
  } catch (error) {
    payload.logger.error({ msg: `cfp: a proposal could not be stored: ${String(error)}` })
    return refusal(kind, locale, 500, t.refusals.serverError, formPath)
  }

  switch (outcome.kind) {
    case 'closed':
      return refusal(kind, locale, 403, closedMessage(locale, outcome.window), kind === 'html' ? formPath : null)
    case 'rateLimited':
      return rateLimited(kind, locale, outcome.retryAfterMs, formPath)
    case 'invalid':
      return invalid(kind, locale, outcome.errors, () => saveFormState(payload, { errors: outcome.errors, values, token }), formPath)
    case 'created':
    case 'duplicate': {
      const confirmation = localePath(locale, routes.proposeConfirmation(year, outcome.reference))
      const status = outcome.kind === 'created' ? 201 : 200
      if (kind === 'html') return new Response(null, { status: 303, headers: { ...NO_STORE, location: confirmation } })
      if (kind === 'json') {
        return Response.json(
          { reference: outcome.reference, confirmationUrl: confirmation, duplicate: outcome.kind === 'duplicate' },
          { status, headers: NO_STORE },
        )
      }
      return new Response(`${t.confirmation.reference}: ${outcome.reference}\n`, {
        status,
        headers: { ...NO_STORE, 'content-type': 'text/plain; charset=utf-8' },
      })
    }
  }
}

function rateLimited(kind: Responder, locale: Locale, retryAfterMs: number, formPath: string): Response {
  const minutes = Math.max(1, Math.ceil(retryAfterMs / 60_000))
  return refusal(kind, locale, 429, cfpMessages(locale).refusals.rateLimited(minutes), formPath, {
    'retry-after': String(Math.ceil(retryAfterMs / 1000)),
  })
}

async function invalid(
  kind: Responder,
  locale: Locale,
  errors: FieldErrors,
  save: () => Promise<string>,
  formPath: string,
): Promise<Response> {
  const messages = Object.fromEntries(
    (Object.entries(errors) as Array<[FieldName, NonNullable<FieldErrors[FieldName]>]>).map(([field, error]) => [
      field,
      fieldErrorMessage(locale, field, error),
    ]),
  ) as Partial<Record<FieldName, string>>
  const t = cfpMessages(locale)
  if (kind === 'html') {
    return new Response(null, { status: 303, headers: { ...NO_STORE, location: `${formPath}?form=${await save()}#errors` } })
  }
  if (kind === 'json') {
    const fields = Object.entries(messages).map(([field, message]) => ({ message: message as string, field }))
    return errorResponse(422, fields, NO_STORE)
  }
  const lines = Object.entries(messages).map(([field, message]) => `- ${field}: ${message}`)
  return new Response(`${t.refusals.invalid}\n${lines.join('\n')}\n`, {
    status: 422,
    headers: { ...NO_STORE, 'content-type': 'text/plain; charset=utf-8' },
  })
}
