import type { CfpEdition } from '../../../cfp/submit/edition'
import { cfpMessages } from '../../../cfp/submit/messages'
import { DURATION_WISHES, LIMITS, OTHER_THEME, type FieldName, type FormValues } from '../../../cfp/submit/submission'
import { localePath, type Locale } from '../../../platform/i18n'
import { speakerMessages } from '../messages'
import { speakerRoutes } from '../routes'
import styles from './Space.module.css'

type Props = {
  locale: Locale
  proposalId: number | string
  edition: CfpEdition
  values: FormValues
  errors: Partial<Record<FieldName, string>>
}

/**
 * The call's fields, filled in, as a plain server-rendered form: the same server validation as the
 * call (validateSubmission). The address is the speaker's sign-in identity and is not edited here.
 */
export function ProposalEditForm({ locale, proposalId, edition, values, errors }: Props) {
  const c = cfpMessages(locale)
  const t = speakerMessages(locale)
  const error = (name: FieldName) =>
    errors[name] ? (
      <p id={`error-${name}`} className={styles.error}>
        {errors[name]}
      </p>
    ) : null
  const described = (name: FieldName) => (errors[name] ? { 'aria-invalid': true, 'aria-describedby': `error-${name}` } : {})
  const text = (name: 'name' | 'affiliation' | 'title' | 'otherTheme', max: number, required = false) => (
    <div className={styles.field}>
      <label htmlFor={`field-${name}`}>{c.labels[name]}</label>
      <input
        id={`field-${name}`}
        name={name}
        type="text"
        defaultValue={values[name]}
        maxLength={max}
        required={required}
        {...described(name)}
      />
      {error(name)}
    </div>
  )
  const area = (name: 'abstract' | 'bio' | 'links', max: number) => (
    <div className={styles.field}>
      <label htmlFor={`field-${name}`}>{c.labels[name]}</label>
      <textarea id={`field-${name}`} name={name} defaultValue={values[name]} maxLength={max} {...described(name)} />
      {error(name)}
    </div>
  )
  return (
    <form className={styles.form} method="post" action={localePath(locale, speakerRoutes.edit(proposalId))} noValidate>
      {Object.keys(errors).length > 0 && (
        <p id="errors" className={styles.error} role="alert">
          {t.proposal.invalid}
        </p>
      )}
      {text('name', LIMITS.name, true)}
      {text('affiliation', LIMITS.affiliation)}
      {text('title', LIMITS.title, true)}
      {area('abstract', LIMITS.abstractMax)}
      <fieldset className={styles.field}>
        <legend>{c.labels.format}</legend>
        {edition.formats.map((format) => (
          <label key={format.kind}>
            <input type="radio" name="format" value={format.kind} defaultChecked={values.format === format.kind} /> {format.title}
          </label>
        ))}
        {error('format')}
      </fieldset>
      <fieldset className={styles.field}>
        <legend>{c.labels.themes}</legend>
        {edition.themes.map((theme) => (
          <label key={String(theme.id)}>
            <input type="checkbox" name="themes" value={String(theme.id)} defaultChecked={values.themes.includes(String(theme.id))} />{' '}
            {theme.title}
          </label>
        ))}
        <label>
          <input type="checkbox" name="themes" value={OTHER_THEME} defaultChecked={values.themes.includes(OTHER_THEME)} />{' '}
          {c.otherThemeOption}
        </label>
        {error('themes')}
      </fieldset>
      {text('otherTheme', LIMITS.otherTheme)}
      <div className={styles.field}>
        <label htmlFor="field-durationWish">{c.labels.durationWish}</label>
        <select id="field-durationWish" name="durationWish" defaultValue={values.durationWish}>
          <option value="">{c.noPreference}</option>
          {DURATION_WISHES.map((wish) => (
            <option key={wish} value={wish}>
              {c.durations[wish]}
            </option>
          ))}
        </select>
        {error('durationWish')}
      </div>
      {area('bio', LIMITS.bio)}
      {area('links', LIMITS.linksText)}
      <button className={styles.button} type="submit">
        {t.proposal.save}
      </button>
    </form>
  )
}
