import { ABSTRACT_MAX, ABSTRACT_MIN } from './limits'
import { isValidEmail, isValidHttpUrl, normaliseEmail } from '../../platform/text/validation'
import { isCountryCode } from '../../platform/i18n/countries'
import type { Proposal } from '../../payload-types'

type Country = NonNullable<Proposal['submitter']['country']>

/**
 * The proposal form's fields, read from a posted form and validated on the server (the client only
 * helps). Validation never throws: it returns every field error at once, with codes that
 * messages.ts turns into sentences in the reader's language.
 */
export const FIELD_NAMES = [
  'name',
  'email',
  'affiliation',
  'country',
  'title',
  'abstract',
  'format',
  'themes',
  'otherTheme',
  'durationWish',
  'bio',
  'links',
  'consent',
] as const
export type FieldName = (typeof FIELD_NAMES)[number]

type FieldErrorCode = 'required' | 'tooShort' | 'tooLong' | 'invalidEmail' | 'invalidChoice' | 'invalidUrl' | 'tooMany'
export type FieldError = { code: FieldErrorCode; limit?: number; length?: number; value?: string }
export type FieldErrors = Partial<Record<FieldName, FieldError>>

/** The limits of the form, matching the Proposals collection's own (the database would refuse more). */
export const LIMITS = {
  name: 120,
  email: 254,
  affiliation: 160,
  title: 200,
  abstractMin: ABSTRACT_MIN,
  abstractMax: ABSTRACT_MAX,
  otherTheme: 200,
  bio: 1500,
  links: 5,
  linkLength: 500,
  linksText: 5 * 501,
} as const

export const DURATION_WISHES = ['15', '30', '45', '60+', 'flexible'] as const
type DurationWish = (typeof DURATION_WISHES)[number]

/** The value of the "another theme" checkbox among the theme ids. */
export const OTHER_THEME = 'other'
/** Hidden from people (CSS and aria-hidden), filled in by naive bots. */
export const HONEYPOT_FIELD = 'homepage'
/** The idempotency token the form page puts in a hidden field. */
export const TOKEN_FIELD = 'token'

/** What the visitor typed, as text, kept to re-render the form after an error. */
export type FormValues = {
  name: string
  email: string
  affiliation: string
  /** An ISO 3166-1 code, asked only when the edition shows proposals by country; '' when not given. */
  country?: string
  title: string
  abstract: string
  format: string
  themes: string[]
  otherTheme: string
  durationWish: string
  bio: string
  links: string
  consent: boolean
}

export const EMPTY_VALUES: FormValues = {
  name: '',
  email: '',
  affiliation: '',
  title: '',
  abstract: '',
  format: '',
  themes: [],
  otherTheme: '',
  durationWish: '',
  bio: '',
  links: '',
  consent: false,
}

type FormLike = { get(name: string): unknown; getAll(name: string): unknown[] }

/** Browsers send textarea line breaks as CRLF: count and store them as one character. */
function text(value: unknown): string {
  if (typeof value !== 'string') return ''
  return value
    .replace(/\r\n?/g, '\n')
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g, '')
    .trim()
}

export function readFormValues(form: FormLike): FormValues {
  return {
    name: text(form.get('name')),
    email: text(form.get('email')),
    affiliation: text(form.get('affiliation')),
    country: text(form.get('country')),
    title: text(form.get('title')),
    abstract: text(form.get('abstract')),
    format: text(form.get('format')),
    // At most a few dozen ids: more is not a person ticking boxes.
    themes: [...new Set(form.getAll('themes').map(text).filter(Boolean))].slice(0, 50),
    otherTheme: text(form.get('otherTheme')),
    durationWish: text(form.get('durationWish')),
    bio: text(form.get('bio')),
    links: text(form.get('links')),
    consent: form.get('consent') !== null && form.get('consent') !== undefined && text(form.get('consent')) !== '',
  }
}

/** What the edition offers to choose from. */
export type CfpChoices = {
  formats: readonly string[]
  themeIds: ReadonlyArray<number | string>
  /** The edition asks for a country (cfp.showCountries); otherwise a posted country is ignored. */
  askCountry?: boolean
}

type ValidSubmission = {
  submitter: { name: string; email: string; affiliation?: string; country?: Country }
  title: string
  abstract: string
  format: string
  themes: Array<number | string>
  otherTheme?: string
  durationWish?: DurationWish
  bio: string
  links: Array<{ label: string; url: string }>
  consent: true
}

export type ValidationResult = { ok: true; data: ValidSubmission } | { ok: false; errors: FieldErrors }

export function validateSubmission(values: FormValues, choices: CfpChoices): ValidationResult {
  const errors: FieldErrors = {}
  const requireText = (field: FieldName, value: string, max: number, min = 0) => {
    if (value === '') errors[field] = { code: 'required' }
    else if (value.length < min) errors[field] = { code: 'tooShort', limit: min, length: value.length }
    else if (value.length > max) errors[field] = { code: 'tooLong', limit: max, length: value.length }
  }
  const optionalText = (field: FieldName, value: string, max: number) => {
    if (value.length > max) errors[field] = { code: 'tooLong', limit: max, length: value.length }
  }

  requireText('name', values.name, LIMITS.name)
  const email = normaliseEmail(values.email)
  if (email === '') errors.email = { code: 'required' }
  else if (email.length > LIMITS.email) errors.email = { code: 'tooLong', limit: LIMITS.email, length: email.length }
  else if (!isValidEmail(email)) errors.email = { code: 'invalidEmail' }
  optionalText('affiliation', values.affiliation, LIMITS.affiliation)
  const country = choices.askCountry ? (values.country ?? '') : ''
  if (country !== '' && !isCountryCode(country)) errors.country = { code: 'invalidChoice' }
  requireText('title', values.title, LIMITS.title)
  requireText('abstract', values.abstract, LIMITS.abstractMax, LIMITS.abstractMin)

  if (values.format === '') errors.format = { code: 'required' }
  else if (!choices.formats.includes(values.format)) errors.format = { code: 'invalidChoice' }

  const themeIds = new Map(choices.themeIds.map((id) => [String(id), id]))
  const wantsOther = values.themes.includes(OTHER_THEME)
  const chosen = values.themes.filter((id) => id !== OTHER_THEME)
  if (chosen.some((id) => !themeIds.has(id))) errors.themes = { code: 'invalidChoice' }
  if (wantsOther) requireText('otherTheme', values.otherTheme, LIMITS.otherTheme)
  else optionalText('otherTheme', values.otherTheme, LIMITS.otherTheme)

  if (values.durationWish !== '' && !(DURATION_WISHES as readonly string[]).includes(values.durationWish)) {
    errors.durationWish = { code: 'invalidChoice' }
  }
  requireText('bio', values.bio, LIMITS.bio)

  const links: Array<{ label: string; url: string }> = []
  if (values.links.length > LIMITS.linksText) {
    errors.links = { code: 'tooLong', limit: LIMITS.linksText, length: values.links.length }
  } else {
    const lines = values.links
      .split('\n')
      .map((line) => line.trim())
      .filter(Boolean)
    const bad = lines.find((line) => line.length > LIMITS.linkLength || !isValidHttpUrl(line))
    if (bad !== undefined) errors.links = { code: 'invalidUrl', value: bad.slice(0, 80) }
    else if (lines.length > LIMITS.links) errors.links = { code: 'tooMany', limit: LIMITS.links }
    else for (const url of lines) links.push({ label: new URL(url).hostname.slice(0, 80) || url.slice(0, 80), url })
  }

  if (!values.consent) errors.consent = { code: 'required' }

  if (Object.keys(errors).length > 0) return { ok: false, errors }
  return {
    ok: true,
    data: {
      submitter: {
        name: values.name,
        email,
        ...(values.affiliation ? { affiliation: values.affiliation } : {}),
        ...(country ? { country: country as Country } : {}),
      },
      title: values.title,
      abstract: values.abstract,
      format: values.format,
      themes: chosen.map((id) => themeIds.get(id)!),
      ...(wantsOther ? { otherTheme: values.otherTheme } : {}),
      ...(values.durationWish ? { durationWish: values.durationWish as DurationWish } : {}),
      bio: values.bio,
      links,
      consent: true,
    },
  }
}
