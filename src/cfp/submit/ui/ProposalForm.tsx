'use client'

import { useEffect, useRef, useState, type FormEvent, type ReactNode } from 'react'

import type { Locale } from '../../../platform/i18n'
import { cfpMessages } from '../messages'
import {
  DURATION_WISHES,
  FIELD_NAMES,
  HONEYPOT_FIELD,
  LIMITS,
  OTHER_THEME,
  TOKEN_FIELD,
  type FieldName,
  type FormValues,
} from '../submission'
import styles from './ProposalForm.module.css'

export type ProposalFormProps = {
  locale: Locale
  /** Where the form posts (the submission route), also without JavaScript. */
  action: string
  token: string
  formats: Array<{ kind: string; title: string; description: string }>
  themes: Array<{ id: string; title: string }>
  /** The countries to choose from, in the reader's language, when the edition asks for one; else null. */
  countries?: Array<{ code: string; name: string }> | null
  values: FormValues
  /** Messages already in the reader's language (from the server after a no-JS post). */
  errors: Partial<Record<FieldName, string>>
  message?: string | null
}

const fieldId = (name: FieldName) => `field-${name}`
const errorId = (name: FieldName) => `error-${name}`
const hintId = (name: FieldName) => `hint-${name}`

/**
 * The proposal form. Rendered on the server as a plain HTML form that posts to the submission route and
 * works without JavaScript; once hydrated it adds hints (a live character count) and sends the form with
 * fetch, showing the server's per-field messages in place without a page load. All validation is the
 * server's: the browser's own is off (noValidate) so every visitor gets the same messages.
 */
export function ProposalForm({
  locale,
  action,
  token,
  formats,
  themes,
  countries = null,
  values,
  errors: initialErrors,
  message: initialMessage,
}: ProposalFormProps) {
  const t = cfpMessages(locale)
  const [errors, setErrors] = useState(initialErrors)
  const [message, setMessage] = useState(initialMessage ?? null)
  const [pending, setPending] = useState(false)
  const [abstractLength, setAbstractLength] = useState(values.abstract.length)
  const [otherChecked, setOtherChecked] = useState(values.themes.includes(OTHER_THEME))
  const summary = useRef<HTMLDivElement>(null)
  const errorFields = FIELD_NAMES.filter((name) => errors[name])
  const showSummary = errorFields.length > 0 || Boolean(message)

  useEffect(() => {
    if (showSummary) summary.current?.focus()
  }, [errors, message, showSummary])

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    if (pending) return
    setPending(true)
    try {
      const body = new URLSearchParams()
      for (const [name, value] of new FormData(event.currentTarget)) if (typeof value === 'string') body.append(name, value)
      const response = await fetch(action, { method: 'POST', body, headers: { accept: 'application/json' } })
      const answer = (await response.json().catch(() => ({}))) as {
        confirmationUrl?: string
        errors?: Array<{ message: string; field?: string }>
      }
      if (response.ok && answer.confirmationUrl) {
        window.location.assign(answer.confirmationUrl)
        return
      }
      // The house error shape: per-field messages carry their field; a refusal of the whole form does not.
      const fieldErrors = Object.fromEntries((answer.errors ?? []).filter((item) => item.field).map((item) => [item.field, item.message]))
      setErrors(fieldErrors)
      setMessage(Object.keys(fieldErrors).length > 0 ? null : (answer.errors?.[0]?.message ?? t.refusals.serverError))
      setPending(false)
    } catch {
      setErrors({})
      setMessage(t.refusals.serverError)
      setPending(false)
    }
  }

  const describedBy = (name: FieldName, hint = Boolean(t.hints[name])) =>
    [hint ? hintId(name) : null, errors[name] ? errorId(name) : null].filter(Boolean).join(' ') || undefined

  const fieldProps = (name: FieldName, required: boolean) => ({
    id: fieldId(name),
    name,
    'aria-invalid': errors[name] ? true : undefined,
    'aria-describedby': describedBy(name),
    ...(required ? { required: true, 'aria-required': true } : {}),
  })

  return (
    <form className={styles.form} method="post" action={action} noValidate onSubmit={onSubmit} aria-busy={pending}>
      {showSummary && (
        <div id="errors" ref={summary} className={styles.summary} role="alert" tabIndex={-1} aria-labelledby="errors-title">
          <h2 id="errors-title">{t.errorSummaryTitle}</h2>
          {message && <p>{message}</p>}
          {errorFields.length > 0 && (
            <>
              <p>{t.errorSummaryIntro(errorFields.length)}</p>
              <ul>
                {errorFields.map((name) => (
                  <li key={name}>
                    <a href={`#${fieldId(name)}`}>{errors[name]}</a>
                  </li>
                ))}
              </ul>
            </>
          )}
        </div>
      )}

      <p className={styles.requiredNote}>{t.requiredNote}</p>
      <input type="hidden" name={TOKEN_FIELD} value={token} />

      <fieldset className={styles.group}>
        <legend>{t.legends.you}</legend>
        <Field name="name" label={t.labels.name} required error={errors.name} t={t}>
          <input type="text" autoComplete="name" maxLength={LIMITS.name} defaultValue={values.name} {...fieldProps('name', true)} />
        </Field>
        <Field name="email" label={t.labels.email} required error={errors.email} hint={t.hints.email} t={t}>
          <input
            type="email"
            autoComplete="email"
            inputMode="email"
            maxLength={LIMITS.email}
            defaultValue={values.email}
            {...fieldProps('email', true)}
          />
        </Field>
        <Field name="affiliation" label={t.labels.affiliation} error={errors.affiliation} hint={t.hints.affiliation} t={t}>
          <input
            type="text"
            autoComplete="organization"
            maxLength={LIMITS.affiliation}
            defaultValue={values.affiliation}
            {...fieldProps('affiliation', false)}
          />
        </Field>
        {countries && (
          <Field name="country" label={t.labels.country} error={errors.country} hint={t.hints.country} t={t}>
            <select defaultValue={values.country ?? ''} autoComplete="country" {...fieldProps('country', false)}>
              <option value="">{t.noCountry}</option>
              {countries.map((country) => (
                <option key={country.code} value={country.code}>
                  {country.name}
                </option>
              ))}
            </select>
          </Field>
        )}
        <Field name="bio" label={t.labels.bio} required error={errors.bio} hint={t.hints.bio} t={t}>
          <textarea rows={4} maxLength={LIMITS.bio} defaultValue={values.bio} {...fieldProps('bio', true)} />
        </Field>
        <Field name="links" label={t.labels.links} error={errors.links} hint={t.hints.links} t={t}>
          <textarea rows={3} defaultValue={values.links} placeholder="https://" {...fieldProps('links', false)} />
        </Field>
      </fieldset>

      <fieldset className={styles.group}>
        <legend>{t.legends.proposal}</legend>
        <Field name="title" label={t.labels.title} required error={errors.title} t={t}>
          <input type="text" maxLength={LIMITS.title} defaultValue={values.title} {...fieldProps('title', true)} />
        </Field>
        <Field name="abstract" label={t.labels.abstract} required error={errors.abstract} hint={t.hints.abstract} t={t}>
          <textarea
            rows={10}
            defaultValue={values.abstract}
            onInput={(event) => setAbstractLength(event.currentTarget.value.replace(/\r\n?/g, '\n').trim().length)}
            {...fieldProps('abstract', true)}
          />
          <p
            className={
              abstractLength > LIMITS.abstractMax || (abstractLength > 0 && abstractLength < LIMITS.abstractMin)
                ? styles.counterWarning
                : styles.counter
            }
            aria-live="polite"
          >
            {t.characters(abstractLength)} / {LIMITS.abstractMax.toLocaleString(locale === 'fr' ? 'fr-FR' : 'en-GB')}
          </p>
        </Field>

        <fieldset className={styles.choices} aria-describedby={describedBy('format')} aria-invalid={errors.format ? true : undefined}>
          <legend>
            {t.labels.format} <Asterisk />
          </legend>
          {t.hints.format && (
            <p id={hintId('format')} className={styles.hint}>
              {t.hints.format}
            </p>
          )}
          <FieldError name="format" error={errors.format} />
          {formats.map((format, index) => (
            <div key={format.kind} className={styles.choice}>
              <input
                type="radio"
                name="format"
                value={format.kind}
                id={index === 0 ? fieldId('format') : `field-format-${format.kind}`}
                defaultChecked={values.format === format.kind}
                required
              />
              <label htmlFor={index === 0 ? fieldId('format') : `field-format-${format.kind}`}>
                <strong>{format.title}</strong>
                {format.description && <span className={styles.choiceText}>{format.description}</span>}
              </label>
            </div>
          ))}
        </fieldset>

        <fieldset className={styles.choices} aria-describedby={describedBy('themes')} aria-invalid={errors.themes ? true : undefined}>
          <legend>{t.labels.themes}</legend>
          <p id={hintId('themes')} className={styles.hint}>
            {t.hints.themes}
          </p>
          <FieldError name="themes" error={errors.themes} />
          {themes.map((theme, index) => (
            <div key={theme.id} className={styles.choice}>
              <input
                type="checkbox"
                name="themes"
                value={theme.id}
                id={index === 0 ? fieldId('themes') : `field-themes-${theme.id}`}
                defaultChecked={values.themes.includes(theme.id)}
              />
              <label htmlFor={index === 0 ? fieldId('themes') : `field-themes-${theme.id}`}>{theme.title}</label>
            </div>
          ))}
          <div className={styles.choice}>
            <input
              type="checkbox"
              name="themes"
              value={OTHER_THEME}
              id={themes.length === 0 ? fieldId('themes') : 'field-themes-other'}
              defaultChecked={values.themes.includes(OTHER_THEME)}
              onChange={(event) => setOtherChecked(event.currentTarget.checked)}
            />
            <label htmlFor={themes.length === 0 ? fieldId('themes') : 'field-themes-other'}>{t.otherThemeOption}</label>
          </div>
          <Field name="otherTheme" label={t.labels.otherTheme} required={otherChecked} error={errors.otherTheme} t={t}>
            <input type="text" maxLength={LIMITS.otherTheme} defaultValue={values.otherTheme} {...fieldProps('otherTheme', otherChecked)} />
          </Field>
        </fieldset>

        <Field name="durationWish" label={t.labels.durationWish} error={errors.durationWish} t={t}>
          <select defaultValue={values.durationWish} {...fieldProps('durationWish', false)}>
            <option value="">{t.noPreference}</option>
            {DURATION_WISHES.map((value) => (
              <option key={value} value={value}>
                {t.durations[value]}
              </option>
            ))}
          </select>
        </Field>
      </fieldset>

      <fieldset className={styles.group}>
        <legend>{t.legends.consent}</legend>
        <FieldError name="consent" error={errors.consent} />
        <div className={styles.choice}>
          <input type="checkbox" value="yes" defaultChecked={values.consent} {...fieldProps('consent', true)} />
          <label htmlFor={fieldId('consent')}>
            {t.labels.consent} <Asterisk />
          </label>
        </div>
      </fieldset>

      {/* A trap for bots: hidden from people and from assistive technology, never focused. */}
      <div className={styles.trap} aria-hidden="true">
        <label htmlFor={HONEYPOT_FIELD}>{t.honeypotLabel}</label>
        <input type="text" id={HONEYPOT_FIELD} name={HONEYPOT_FIELD} tabIndex={-1} autoComplete="off" defaultValue="" />
      </div>

      <button type="submit" className={styles.submit} disabled={pending}>
        {pending ? t.sending : t.submit}
      </button>
    </form>
  )
}

function Asterisk() {
  return (
    <span className={styles.asterisk} aria-hidden="true">
      *
    </span>
  )
}

function FieldError({ name, error }: { name: FieldName; error?: string }) {
  if (!error) return null
  return (
    <p id={errorId(name)} className={styles.error}>
      {error}
    </p>
  )
}

function Field({
  name,
  label,
  required = false,
  error,
  hint,
  children,
}: {
  name: FieldName
  label: string
  required?: boolean
  error?: string
  hint?: string
  t?: unknown
  children: ReactNode
}) {
  return (
    <div className={[styles.field, error ? styles.fieldInvalid : null].filter(Boolean).join(' ')}>
      <label htmlFor={fieldId(name)} className={styles.label}>
        {label}
        {/* Screen readers announce "required" from the input's own attribute; the star is for the eye. */}
        {required && (
          <>
            {' '}
            <Asterisk />
          </>
        )}
      </label>
      {hint && (
        <p id={hintId(name)} className={styles.hint}>
          {hint}
        </p>
      )}
      <FieldError name={name} error={error} />
      {children}
    </div>
  )
}
