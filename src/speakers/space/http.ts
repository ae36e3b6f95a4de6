import type { Payload } from 'payload'

import { clientAddress } from '../../cfp/submit/clientIp'
import { authCookieOptions } from '../../platform/env/cookies'
import { isLocale, localePath, type Locale } from '../../platform/i18n'
import { siteUrl } from '../../platform/env/siteUrl'
import { speakerMessages } from './messages'
import { speakerRoutes } from './routes'
import { endSession, redeemSignInLink, requestSignInLink, inspectSignInLink, type LinkState } from './signIn'

/**
 * The speaker space's sign-in routes (route handlers: they answer with real statuses and set the
 * cookie). Forms post here without JavaScript; browsers (Accept: text/html) get redirects and small
 * pages, other clients `{ errors: [{ message, field? }] }` with the same statuses.
 */
export const SESSION_COOKIE = 'speaker_session'
/** Every "send me a link" answer takes at least this long, known address or not. */
const DEFAULT_LINK_ANSWER_MS = 400

export type SpeakerHttpOptions = {
  payload: Payload | (() => Promise<Payload>)
  locale: string
  now?: Date
  /** The minimum time of a link request's answer (default DEFAULT_LINK_ANSWER_MS or SPEAKER_LINK_ANSWER_MS). */
  minAnswerMs?: number
}

export const NO_STORE = { 'cache-control': 'no-store' }
const escapeHtml = (value: string) =>
  value.replace(/[&<>"']/g, (char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[char]!)

export const wantsHtml = (request: Request) => (request.headers.get('accept') ?? '').includes('text/html')
const resolve = async (payload: SpeakerHttpOptions['payload']) => (typeof payload === 'function' ? payload() : payload)
const localeOf = (value: string): Locale => (isLocale(value) ? value : 'en')

/** A small standalone page (works without JavaScript and without the site's layout). */
export function speakerPage(locale: Locale, status: number, title: string, body: string, headers: Record<string, string> = {}): Response {
  const html = `<!doctype html><html lang="${locale}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="robots" content="noindex"><title>${escapeHtml(title)}</title><style>body{font:1.0625rem/1.6 system-ui,sans-serif;margin:0;padding:2rem 1rem;background:#fbfaf6;color:#16201c}main{max-width:40rem;margin:auto}a{color:#0f5c46}button{font:inherit;padding:.5rem 1rem}</style></head><body><main><h1>${escapeHtml(title)}</h1>${body}</main></body></html>`
  return new Response(html, { status, headers: { ...NO_STORE, 'content-type': 'text/html; charset=utf-8', ...headers } })
}

export function refuse(
  request: Request,
  locale: Locale,
  status: number,
  message: string,
  back: { href: string; label: string } | null,
  headers: Record<string, string> = {},
) {
  if (!wantsHtml(request)) return Response.json({ errors: [{ message }] }, { status, headers: { ...NO_STORE, ...headers } })
  const link = back ? `<p><a href="${escapeHtml(back.href)}">${escapeHtml(back.label)}</a></p>` : ''
  return speakerPage(locale, status, speakerMessages(locale).title, `<p role="alert">${escapeHtml(message)}</p>${link}`, headers)
}

export const seeOther = (location: string, headers: Record<string, string> = {}) =>
  new Response(null, { status: 303, headers: { ...NO_STORE, location, ...headers } })

/** A cross-site form post carries another Origin: refused (SameSite=Lax already withholds the cookie). */
export function crossSite(request: Request): boolean {
  const origin = request.headers.get('origin')
  if (!origin || origin === 'null') return origin === 'null'
  const host = request.headers.get('x-forwarded-host') ?? request.headers.get('host')
  try {
    return new URL(origin).host !== host
  } catch {
    return true
  }
}

export async function readForm(request: Request): Promise<URLSearchParams | FormData | null> {
  const type = (request.headers.get('content-type') ?? '').toLowerCase()
  try {
    if (type.startsWith('application/x-www-form-urlencoded')) {
      const text = await request.text()
      return text.length > 16_384 ? null : new URLSearchParams(text)
    }
    if (type.startsWith('multipart/form-data')) return await request.formData()
  } catch {
    return null
  }
  return null
}

const field = (form: URLSearchParams | FormData | null, name: string): string => {
  const value = form?.get(name)
  return typeof value === 'string' ? value : ''
}

/** Where links in emails point: the site's configured origin; the request's own only outside production. */
function publicOrigin(request: Request): string {
  const configured = siteUrl()
  if (configured) return configured
  // In production siteUrl is required (start-up refuses without it): a Host header never names the link.
  return new URL(request.url).origin
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, Math.max(0, ms)))

function minAnswerMs(options: SpeakerHttpOptions): number {
  if (options.minAnswerMs !== undefined) return options.minAnswerMs
  const configured = Number(process.env.SPEAKER_LINK_ANSWER_MS)
  return Number.isFinite(configured) && configured >= 0 ? configured : DEFAULT_LINK_ANSWER_MS
}

/** POST /speaker/sign-in: "send me a link". */
export async function handleSignInPost(request: Request, options: SpeakerHttpOptions): Promise<Response> {
  const started = Date.now()
  const locale = localeOf(options.locale)
  const t = speakerMessages(locale)
  const signInPath = localePath(locale, speakerRoutes.home())
  if (crossSite(request)) return refuse(request, locale, 403, 'Cross-site request refused.', null)
  const form = await readForm(request)
  const payload = await resolve(options.payload)
  const origin = publicOrigin(request)
  const outcome = await requestSignInLink(payload, {
    email: field(form, 'email'),
    address: clientAddress(request.headers),
    locale,
    now: options.now,
    linkUrl: (token) => `${origin}${localePath(locale, speakerRoutes.link())}?token=${token}`,
  })
  // The same answer in the same time for every address: pad to the floor.
  await sleep(started + minAnswerMs(options) - Date.now())
  switch (outcome.kind) {
    case 'invalid':
      if (wantsHtml(request)) return seeOther(`${signInPath}?error=invalid`)
      return Response.json({ errors: [{ message: t.signIn.invalid, field: 'email' }] }, { status: 422, headers: NO_STORE })
    case 'rateLimited': {
      const minutes = Math.max(1, Math.ceil(outcome.retryAfterSeconds / 60))
      return refuse(
        request,
        locale,
        429,
        t.signIn.rateLimited(minutes),
        { href: signInPath, label: t.link.askAgain },
        {
          'retry-after': String(outcome.retryAfterSeconds),
        },
      )
    }
    case 'accepted':
      if (wantsHtml(request)) return seeOther(localePath(locale, speakerRoutes.checkEmail()))
      return Response.json({ message: t.checkEmail.text }, { status: 202, headers: NO_STORE })
  }
}

const LINK_STATUS: Record<Exclude<LinkState['kind'], 'valid'>, number> = { invalid: 404, expired: 410, used: 410 }

function linkRefusal(request: Request, locale: Locale, kind: Exclude<LinkState['kind'], 'valid'>): Response {
  const t = speakerMessages(locale)
  return refuse(request, locale, LINK_STATUS[kind], t.link[kind], {
    href: localePath(locale, speakerRoutes.home()),
    label: t.link.askAgain,
  })
}

/**
 * GET /speaker/link?token=…: what the emailed link opens. It does not use the link (mail scanners
 * open links too): it shows whose link it is and a button that posts it.
 */
export async function handleLinkGet(request: Request, options: SpeakerHttpOptions): Promise<Response> {
  const locale = localeOf(options.locale)
  const t = speakerMessages(locale)
  const token = new URL(request.url).searchParams.get('token')
  const state = await inspectSignInLink(await resolve(options.payload), token, options.now)
  if (state.kind !== 'valid') return linkRefusal(request, locale, state.kind)
  const action = localePath(locale, speakerRoutes.link())
  return speakerPage(
    locale,
    200,
    t.link.title,
    `<p>${escapeHtml(t.link.text(state.email))}</p><form method="post" action="${escapeHtml(action)}"><input type="hidden" name="token" value="${escapeHtml(String(token))}"><button type="submit">${escapeHtml(t.link.submit)}</button></form>`,
    { 'referrer-policy': 'no-referrer' },
  )
}

export function sessionCookie(value: string, maxAgeSeconds: number): string {
  const { secure } = authCookieOptions(process.env)
  return [
    `${SESSION_COOKIE}=${value}`,
    'Path=/',
    'HttpOnly',
    'SameSite=Lax',
    `Max-Age=${maxAgeSeconds}`,
    ...(secure ? ['Secure'] : []),
  ].join('; ')
}

/** POST /speaker/link: uses the link once and opens the session. */
export async function handleLinkPost(request: Request, options: SpeakerHttpOptions): Promise<Response> {
  const locale = localeOf(options.locale)
  if (crossSite(request)) return refuse(request, locale, 403, 'Cross-site request refused.', null)
  const form = await readForm(request)
  const outcome = await redeemSignInLink(await resolve(options.payload), field(form, 'token'), options.now)
  if (outcome.kind !== 'signedIn') return linkRefusal(request, locale, outcome.kind)
  const cookie = sessionCookie(outcome.session, Math.floor((outcome.expiresAt.getTime() - Date.now()) / 1000))
  return seeOther(localePath(locale, speakerRoutes.home()), { 'set-cookie': cookie })
}

export function readCookie(request: Request, name = SESSION_COOKIE): string | undefined {
  for (const part of (request.headers.get('cookie') ?? '').split(';')) {
    const [key, ...rest] = part.trim().split('=')
    if (key === name) return rest.join('=')
  }
  return undefined
}

/** POST /speaker/sign-out: ends the session in the database and clears the cookie. */
export async function handleSignOut(request: Request, options: SpeakerHttpOptions): Promise<Response> {
  const locale = localeOf(options.locale)
  if (crossSite(request)) return refuse(request, locale, 403, 'Cross-site request refused.', null)
  await endSession(await resolve(options.payload), readCookie(request))
  return seeOther(localePath(locale, speakerRoutes.home()), { 'set-cookie': sessionCookie('', 0) })
}
