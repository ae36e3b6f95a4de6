import { localePath, type Locale } from '../../../platform/i18n'
import { speakerMessages } from '../messages'
import { speakerRoutes } from '../routes'
import styles from './Space.module.css'

/** "Send me a link": a plain form (no JavaScript needed). */
export function SignInForm({ locale, error }: { locale: Locale; error: boolean }) {
  const t = speakerMessages(locale)
  return (
    <form className={styles.form} method="post" action={localePath(locale, speakerRoutes.signIn())} noValidate>
      <p>{t.signIn.intro}</p>
      <div className={styles.field}>
        <label htmlFor="speaker-email">{t.signIn.email}</label>
        <input
          id="speaker-email"
          name="email"
          type="email"
          autoComplete="email"
          required
          aria-invalid={error || undefined}
          aria-describedby={error ? 'speaker-email-error' : undefined}
        />
        {error && (
          <p id="speaker-email-error" className={styles.error} role="alert">
            {t.signIn.invalid}
          </p>
        )}
      </div>
      <button className={styles.button} type="submit">
        {t.signIn.submit}
      </button>
    </form>
  )
}
