import type { Payload } from 'payload'

import { answerParticipation } from '../../cfp/decisions/participation'
import { saveFormState } from '../../cfp/submit/formState'
import { fieldErrorMessage } from '../../cfp/submit/messages'
import { readFormValues, type FieldName } from '../../cfp/submit/submission'
import { formatDay } from '../../platform/dates'
import { isLocale, localePath, type Locale } from '../../platform/i18n'
import { readCookie, refuse, seeOther, crossSite, readForm, wantsHtml, NO_STORE } from './http'
import { confirmationMessages } from './confirmationMessages'
import { speakerMessages } from './messages'
import { editMyProposal, withdrawMyProposal, type Id } from './proposals'
import { speakerRoutes } from './routes'
import { speakerFromSession } from './signIn'

/**
 * The speaker's changes to a proposal: POST /speaker/proposals/[id] (edit) and …/withdraw. Without a
 * session: 401; someone else's proposal or none: 404 (the same); after the deadline: 403 naming the
 * closing date; archived edition: 403. Browsers get pages and redirects, other clients JSON errors.
 */
export type ProposalHttpOptions = { payload: Payload | (() => Promise<Payload>); locale: string; id: string; now?: Date }

/** The owner of a kept form state: its proposal and speaker, so a key seen by someone else shows nothing. */
export const formStateKey = (id: Id, email: string) => `speaker:${id}:${email}`

function parseId(raw: string, payload: Payload): Id | null {
  if (payload.db.defaultIDType === 'number') return /^[1-9]\d{0,15}$/.test(raw) ? Number(raw) : null
  return /^[a-f\d]{24}$/i.test(raw) ? raw : null
}

async function prologue(request: Request, options: ProposalHttpOptions) {
  const locale: Locale = isLocale(options.locale) ? options.locale : 'en'
  const t = speakerMessages(locale)
  const home = localePath(locale, speakerRoutes.home())
  if (crossSite(request)) return { answer: refuse(request, locale, 403, 'Cross-site request refused.', null) }
  const payload = typeof options.payload === 'function' ? await options.payload() : options.payload
  const speaker = await speakerFromSession(payload, readCookie(request), options.now)
  if (!speaker) return { answer: refuse(request, locale, 401, t.signedOutRequired, { href: home, label: t.title }) }
  const id = parseId(options.id, payload)
  if (id === null) return { answer: refuse(request, locale, 404, t.proposal.notFound, { href: home, label: t.proposal.back }) }
  return { locale, t, home, payload, speaker, id }
}

function closedMessage(locale: Locale, closedAt: string | null): string {
  const t = speakerMessages(locale).proposal
  return closedAt ? t.closed(formatDay(closedAt, locale)) : t.closedNoDate
}

export async function handleProposalEdit(request: Request, options: ProposalHttpOptions): Promise<Response> {
  const ready = await prologue(request, options)
  if ('answer' in ready) return ready.answer!
  const { locale, t, home, payload, speaker, id } = ready
  const form = await readForm(request)
  if (!form) return refuse(request, locale, 415, t.proposal.invalid, null)
  const values = readFormValues(form)
  const outcome = await editMyProposal(payload, { email: speaker.email, id, values, locale, now: options.now })
  const page = localePath(locale, speakerRoutes.proposal(id))
  const back = { href: page, label: t.proposal.back }
  switch (outcome.kind) {
    case 'notFound':
      return refuse(request, locale, 404, t.proposal.notFound, { href: home, label: t.proposal.back })
    case 'archived':
      return refuse(request, locale, 403, t.proposal.archived, back)
    case 'closed':
      return refuse(request, locale, 403, closedMessage(locale, outcome.closedAt), back)
    case 'final':
      return refuse(request, locale, 409, t.statuses.withdrawn, back)
    case 'invalid': {
      const errors = Object.entries(outcome.errors).map(([field, error]) => ({
        field,
        message: fieldErrorMessage(locale, field as FieldName, error!),
      }))
      if (wantsHtml(request)) {
        const owner = formStateKey(id, speaker.email)
        const key = await saveFormState(payload, { errors: outcome.errors, values: outcome.values, token: owner }, owner)
        return seeOther(`${page}?form=${key}#errors`)
      }
      return Response.json({ errors }, { status: 422, headers: NO_STORE })
    }
    case 'saved':
      if (wantsHtml(request)) return seeOther(`${page}?saved=1`)
      return Response.json({ message: t.proposal.saved }, { headers: NO_STORE })
  }
}

export async function handleProposalWithdraw(request: Request, options: ProposalHttpOptions): Promise<Response> {
  const ready = await prologue(request, options)
  if ('answer' in ready) return ready.answer!
  const { locale, t, home, payload, speaker, id } = ready
  const form = await readForm(request)
  const page = localePath(locale, speakerRoutes.proposal(id))
  const back = { href: page, label: t.proposal.back }
  // A confirmation box, so a stray click does not withdraw (the form has no script to ask).
  if (form?.get('confirm') !== 'yes') return refuse(request, locale, 400, t.proposal.withdrawConfirm, back)
  const outcome = await withdrawMyProposal(payload, { email: speaker.email, id, locale, now: options.now })
  switch (outcome.kind) {
    case 'notFound':
      return refuse(request, locale, 404, t.proposal.notFound, { href: home, label: t.proposal.back })
    case 'archived':
      return refuse(request, locale, 403, t.proposal.archived, back)
    case 'final':
      return refuse(request, locale, 409, t.proposal.cannotWithdraw, back)
    case 'withdrawn':
      if (wantsHtml(request)) return seeOther(`${page}?withdrawn=1`)
      return Response.json({ message: t.proposal.withdrawn }, { headers: NO_STORE })
  }
}

/**
 * POST /speaker/proposals/[id]/confirm with `answer=confirmed|declined`: one person's answer to a
 * released acceptance. Someone who is not one of its people: 404, as for any proposal not theirs;
 * nothing to confirm (not accepted, or not released yet): 409; after the edition's confirm-by day: 403.
 */
export async function handleParticipationAnswer(request: Request, options: ProposalHttpOptions): Promise<Response> {
  const ready = await prologue(request, options)
  if ('answer' in ready) return ready.answer!
  const { locale, t, home, payload, speaker, id } = ready
  const c = confirmationMessages(locale)
  const page = localePath(locale, speakerRoutes.proposal(id))
  const back = { href: page, label: t.proposal.back }
  const answer = (await readForm(request))?.get('answer')
  if (answer !== 'confirmed' && answer !== 'declined') return refuse(request, locale, 400, c.invalid, back)
  const outcome = await answerParticipation(payload, { email: speaker.email, id, answer, now: options.now })
  switch (outcome.kind) {
    case 'notFound':
      return refuse(request, locale, 404, t.proposal.notFound, { href: home, label: t.proposal.back })
    case 'notAccepted':
      return refuse(request, locale, 409, c.notAccepted, back)
    case 'late':
      return refuse(request, locale, 403, c.late(formatDay(outcome.confirmBy, locale)), back)
    case 'saved':
      if (wantsHtml(request)) return seeOther(`${page}?answered=${outcome.response}`)
      return Response.json({ message: c.saved[outcome.response], response: outcome.response }, { headers: NO_STORE })
  }
}
