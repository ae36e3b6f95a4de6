import { localePath, type Locale } from '../../../../platform/i18n'
import styles from '../../ui/Space.module.css'
import own from './Profile.module.css'
import { profileMessages } from '../messages'
import type { MyProfile } from '../profile'
import { profileRoutes } from '../routes'
import { PROFILE_LIMITS, type ProfileErrors, type ProfileField, type ProfileValues } from '../validate'

type Props = { locale: Locale; profile: MyProfile; values: ProfileValues; errors: ProfileErrors; readOnly: boolean }

/**
 * One speaker document as a plain multipart form (works without JavaScript): the server validates
 * (src/speakers/space/profile/validate.ts) and sends back here with errors next to their fields.
 */
export function ProfileForm({ locale, profile, values, errors, readOnly }: Props) {
  const t = profileMessages(locale)
  const key = (name: string) => `${name}-${profile.id}`
  const error = (name: ProfileField) =>
    errors[name] ? (
      <p id={key(`error-${name}`)} className={styles.error}>
        {t.error(errors[name]!)}
      </p>
    ) : null
  const described = (name: ProfileField) => (errors[name] ? { 'aria-invalid': true, 'aria-describedby': key(`error-${name}`) } : {})
  const text = (name: 'name' | 'affiliationEn' | 'affiliationFr' | 'altEn' | 'altFr', max: number) => (
    <div className={styles.field}>
      <label htmlFor={key(name)}>{t.labels[name]}</label>
      <input id={key(name)} name={name} type="text" defaultValue={values[name]} maxLength={max} {...described(name)} />
      {error(name)}
    </div>
  )
  const area = (name: 'bioEn' | 'bioFr') => (
    <div className={styles.field}>
      <label htmlFor={key(name)}>{t.labels[name]}</label>
      <textarea id={key(name)} name={name} defaultValue={values[name]} maxLength={PROFILE_LIMITS.bio} {...described(name)} />
      {error(name)}
    </div>
  )
  // The rows typed so far and two empty ones (no script adds rows), within the limit.
  const rows = [...values.links, { label: '', url: '' }, { label: '', url: '' }].slice(
    0,
    Math.max(PROFILE_LIMITS.links, values.links.length),
  )
  return (
    <form
      id={`profile-${profile.id}`}
      className={styles.form}
      method="post"
      action={localePath(locale, profileRoutes.save())}
      encType="multipart/form-data"
      noValidate
    >
      <input type="hidden" name="speaker" value={String(profile.id)} />
      {Object.keys(errors).length > 0 && (
        <p className={styles.error} role="alert">
          {t.invalid}
        </p>
      )}
      <fieldset disabled={readOnly} className={own.plain}>
        {text('name', PROFILE_LIMITS.name)}
        {text('affiliationEn', PROFILE_LIMITS.affiliation)}
        {text('affiliationFr', PROFILE_LIMITS.affiliation)}
        {area('bioEn')}
        {area('bioFr')}
        <fieldset className={styles.field} {...described('links')}>
          <legend>{t.labels.links}</legend>
          {rows.map((link, index) => (
            <div key={index} className={own.linkRow}>
              <label>
                {t.labels.linkLabel} {index + 1}
                <input name="linkLabel" type="text" defaultValue={link.label} maxLength={PROFILE_LIMITS.linkLabel} />
              </label>
              <label>
                {t.labels.linkUrl}
                <input name="linkUrl" type="url" defaultValue={link.url} maxLength={PROFILE_LIMITS.linkUrl} />
              </label>
            </div>
          ))}
          {error('links')}
        </fieldset>
        {profile.photo?.url && (
          <figure className={styles.field}>
            {/* A thumbnail of the speaker's own upload: a plain img, the space is never cached or published. */}
            {/* eslint-disable-next-line @next/next/no-img-element */}
            <img src={profile.photo.url} alt={profile.photo.alt} width={120} />
            <figcaption>{t.labels.currentPhoto}</figcaption>
          </figure>
        )}
        <div className={styles.field}>
          <label htmlFor={key('photo')}>{t.labels.photo}</label>
          <input id={key('photo')} name="photo" type="file" accept="image/jpeg,image/png,image/webp,image/avif" {...described('photo')} />
          {error('photo')}
        </div>
        {text('altEn', PROFILE_LIMITS.alt)}
        {text('altFr', PROFILE_LIMITS.alt)}
        <button className={styles.button} type="submit">
          {t.save}
        </button>
      </fieldset>
    </form>
  )
}
