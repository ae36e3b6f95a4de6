import type { Payload } from 'payload'

import { isLocale, localePath, type Locale } from '../../platform/i18n'
import { siteUrl } from '../../platform/env/siteUrl'
import {
  crossSite,
  NO_STORE,
  readCookie,
  readForm,
  refuse,
  seeOther,
  sessionCookie,
  speakerPage,
  wantsHtml,
} from '../../speakers/space/http'
import { speakerRoutes } from '../../speakers/space/routes'
import { openSession, speakerFromSession } from '../../speakers/space/signIn'
import { coSpeakerMessages } from './messages'
import { roleWords } from './emails'
import { answerInvitation, inspectInvitation, inviteCoSpeaker, type InvitationState } from './invitations'

/**
 * Co-speaker routes: POST /speaker/proposals/[id]/invite (a signed-in speaker invites), GET/POST
 * /speaker/invitation?token=… (the invitee answers). Refusals: 401 without a session, 404 for anyone
 * else's proposal, 403 archived, 409 final, 422 invalid; invitation links: 404 unknown, 410 expired or
 * already answered, 403 when someone signed in with another address tries to use it.
 */
type Options = { payload: Payload | (() => Promise<Payload>); locale: string; now?: Date }
const resolve = async (payload: Options['payload']) => (typeof payload === 'function' ? payload() : payload)
const localeOf = (value: string): Locale => (isLocale(value) ? value : 'en')
const escapeHtml = (value: string) =>
  value.replace(/[&<>"']/g, (char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[char]!)

function publicOrigin(request: Request): string {
  return siteUrl() || new URL(request.url).origin
}

export async function handleInvite(request: Request, options: Options & { id: string }): Promise<Response> {
  const locale = localeOf(options.locale)
  const t = coSpeakerMessages(locale)
  const home = localePath(locale, speakerRoutes.home())
  if (crossSite(request)) return refuse(request, locale, 403, 'Cross-site request refused.', null)
  const payload = await resolve(options.payload)
  const speaker = await speakerFromSession(payload, readCookie(request), options.now)
  if (!speaker) return refuse(request, locale, 401, t.signInFirst, { href: home, label: t.back })
  const id = payload.db.defaultIDType === 'number' ? (/^[1-9]\d{0,15}$/.test(options.id) ? Number(options.id) : null) : options.id
  if (id === null) return refuse(request, locale, 404, t.notFound, { href: home, label: t.back })
  const form = await readForm(request)
  const origin = publicOrigin(request)
  const outcome = await inviteCoSpeaker(payload, {
    email: speaker.email,
    id,
    name: String(form?.get('coName') ?? ''),
    inviteeEmail: String(form?.get('coEmail') ?? ''),
    role: String(form?.get('coRole') ?? ''),
    locale,
    now: options.now,
    linkUrl: (token) => `${origin}${localePath(locale, speakerRoutes.invitation())}?token=${token}`,
  })
  const page = localePath(locale, speakerRoutes.proposal(id))
  const back = { href: page, label: t.back }
  switch (outcome.kind) {
    case 'notFound':
      return refuse(request, locale, 404, t.notFound, { href: home, label: t.back })
    case 'archived':
      return refuse(request, locale, 403, t.archived, back)
    case 'final':
      return refuse(request, locale, 409, t.final, back)
    case 'invalid': {
      const errors = Object.entries(outcome.errors).map(([field, code]) => ({ field, message: t.errors[code!] }))
      if (wantsHtml(request)) return refuse(request, locale, 422, errors.map((error) => error.message).join(' '), back)
      return Response.json({ errors }, { status: 422, headers: NO_STORE })
    }
    case 'invited':
      if (wantsHtml(request)) return seeOther(`${page}?invited=1`)
      return Response.json({ message: t.invited }, { status: 201, headers: NO_STORE })
  }
}

const STATUS: Record<Exclude<InvitationState['kind'], 'valid'> | 'otherEmail', number> = {
  invalid: 404,
  expired: 410,
  answered: 410,
  otherEmail: 403,
}

function invitationRefusal(request: Request, locale: Locale, kind: keyof typeof STATUS): Response {
  const t = coSpeakerMessages(locale)
  return refuse(request, locale, STATUS[kind], t.link[kind], { href: localePath(locale, speakerRoutes.home()), label: t.back })
}

/** GET: who invites to what, with Accept and Decline buttons (opening the link answers nothing). */
export async function handleInvitationGet(request: Request, options: Options): Promise<Response> {
  const locale = localeOf(options.locale)
  const t = coSpeakerMessages(locale)
  const token = new URL(request.url).searchParams.get('token')
  const state = await inspectInvitation(await resolve(options.payload), token, options.now)
  if (state.kind !== 'valid') return invitationRefusal(request, locale, state.kind)
  const action = escapeHtml(localePath(locale, speakerRoutes.invitation()))
  const hidden = `<input type="hidden" name="token" value="${escapeHtml(String(token))}">`
  return speakerPage(
    locale,
    200,
    t.link.title,
    `<p>${escapeHtml(t.link.text(state.inviter, state.title, roleWords(locale, state.role)))}</p>` +
      `<form method="post" action="${action}">${hidden}<input type="hidden" name="answer" value="accept"><button type="submit">${escapeHtml(t.link.accept)}</button></form>` +
      `<form method="post" action="${action}">${hidden}<input type="hidden" name="answer" value="decline"><button type="submit">${escapeHtml(t.link.decline)}</button></form>`,
    { 'referrer-policy': 'no-referrer' },
  )
}

/** POST: the answer. Accepting opens the invitee's session (the link proved their mailbox). */
export async function handleInvitationPost(request: Request, options: Options): Promise<Response> {
  const locale = localeOf(options.locale)
  const t = coSpeakerMessages(locale)
  if (crossSite(request)) return refuse(request, locale, 403, 'Cross-site request refused.', null)
  const payload = await resolve(options.payload)
  const form = await readForm(request)
  const answer = form?.get('answer') === 'decline' ? 'decline' : form?.get('answer') === 'accept' ? 'accept' : null
  if (!answer) return refuse(request, locale, 400, t.link.invalid, null)
  const signedIn = await speakerFromSession(payload, readCookie(request), options.now)
  const outcome = await answerInvitation(payload, form?.get('token'), { answer, signedInAs: signedIn?.email ?? null, now: options.now })
  if (outcome.kind === 'declined') {
    if (wantsHtml(request)) return speakerPage(locale, 200, t.link.title, `<p role="status">${escapeHtml(t.link.declined)}</p>`)
    return Response.json({ message: t.link.declined }, { headers: NO_STORE })
  }
  if (outcome.kind !== 'accepted') return invitationRefusal(request, locale, outcome.kind)
  const headers: Record<string, string> = {}
  if (!signedIn) {
    const session = await openSession(payload, outcome.email, options.now)
    headers['set-cookie'] = sessionCookie(session.raw, Math.floor((session.expiresAt.getTime() - Date.now()) / 1000))
  }
  if (wantsHtml(request)) return seeOther(localePath(locale, speakerRoutes.proposal(outcome.proposalId)), headers)
  return Response.json({ message: t.link.accepted }, { headers: { ...NO_STORE, ...headers } })
}
