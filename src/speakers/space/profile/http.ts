import type { Payload } from 'payload'

import { MAX_UPLOAD_BYTES } from '../../../media/rules'
import { bufferedWithin } from '../../../platform/http/bodyLimit'
import { isLocale, localePath, type Locale } from '../../../platform/i18n'
import { crossSite, NO_STORE, readCookie, readForm, refuse, seeOther, wantsHtml } from '../http'
import { speakerMessages } from '../messages'
import { speakerRoutes } from '../routes'
import { speakerFromSession } from '../signIn'
import { keepProfileForm, keptFormOwner } from './keptForm'
import { profileMessages } from './messages'
import { saveMyProfile, type Id } from './profile'
import { profileRoutes } from './routes'
import { readPhoto, readProfileForm } from './validate'

/**
 * POST /speaker/profile/save: a multipart form (the photo), posted without JavaScript. Without a
 * session: 401; another's speaker or none: 404 (the same); too many saves: 429; the organisers' draft
 * pending: 409; archived only: 403; invalid: back to the page with the errors (browsers) or 422 (JSON).
 */
export type ProfileHttpOptions = { payload: Payload | (() => Promise<Payload>); locale: string; now?: Date }

// The photo's limit plus room for the text fields: anything larger is refused before it is read.
const MAX_BODY_BYTES = MAX_UPLOAD_BYTES + 256 * 1024

function parseId(raw: unknown, payload: Payload): Id | null {
  if (typeof raw !== 'string') return null
  if (payload.db.defaultIDType === 'number') return /^[1-9]\d{0,15}$/.test(raw) ? Number(raw) : null
  return /^[a-f\d]{24}$/i.test(raw) ? raw : null
}

export async function handleProfileSave(request: Request, options: ProfileHttpOptions): Promise<Response> {
  const locale: Locale = isLocale(options.locale) ? options.locale : 'en'
  const t = profileMessages(locale)
  const page = localePath(locale, profileRoutes.page())
  const back = { href: page, label: t.title }
  if (crossSite(request)) return refuse(request, locale, 403, 'Cross-site request refused.', null)
  const payload = typeof options.payload === 'function' ? await options.payload() : options.payload
  const speaker = await speakerFromSession(payload, readCookie(request), options.now)
  if (!speaker) {
    const home = localePath(locale, speakerRoutes.home())
    return refuse(request, locale, 401, speakerMessages(locale).signedOutRequired, { href: home, label: speakerMessages(locale).title })
  }
  // Refused by its Content-Length at once, or while it streams in (a chunked body has none).
  const within = await bufferedWithin(request, MAX_BODY_BYTES)
  if (!within) return refuse(request, locale, 413, t.error({ code: 'photoTooLarge', limitMb: MAX_UPLOAD_BYTES / 1024 / 1024 }), back)
  const form = await readForm(within)
  if (!form || !(form instanceof FormData)) return refuse(request, locale, 415, t.invalid, back)
  const id = parseId(form.get('speaker'), payload)
  if (id === null) return refuse(request, locale, 404, t.notFound, back)
  const values = readProfileForm(form)
  const outcome = await saveMyProfile(payload, {
    email: speaker.email,
    id,
    values,
    photo: await readPhoto(form),
    now: options.now?.getTime(),
  })
  switch (outcome.kind) {
    case 'notFound':
      return refuse(request, locale, 404, t.notFound, back)
    case 'rateLimited':
      return refuse(request, locale, 429, t.rateLimited(Math.max(1, Math.ceil(outcome.retryAfterSeconds / 60))), back, {
        'retry-after': String(outcome.retryAfterSeconds),
      })
    case 'archived':
      return refuse(request, locale, 403, t.archivedNote, back)
    case 'editorDraftPending':
      return refuse(request, locale, 409, t.pendingNote, back)
    case 'invalid': {
      if (wantsHtml(request)) {
        const key = await keepProfileForm(payload, keptFormOwner(id, speaker.email), { errors: outcome.errors, values: outcome.values })
        return seeOther(`${page}?form=${key}#profile-${id}`)
      }
      const errors = Object.entries(outcome.errors).map(([field, error]) => ({ field, message: t.error(error!) }))
      return Response.json({ errors }, { status: 422, headers: NO_STORE })
    }
    case 'saved':
      if (wantsHtml(request)) return seeOther(`${page}?saved=${outcome.published ? 'published' : 'draft'}#profile-${id}`)
      return Response.json({ message: outcome.published ? t.saved : t.savedDraft }, { headers: NO_STORE })
  }
}
