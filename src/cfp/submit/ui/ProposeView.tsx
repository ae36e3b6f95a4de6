import { formatDayAndTime } from '../../../platform/dates'
import type { Locale } from '../../../platform/i18n'
import { localePath } from '../../../platform/i18n'
import { routes } from '../../../platform/routes'
import { cfpWindow, type CfpEdition } from '../edition'
import type { FormState } from '../formState'
import { newSubmissionToken } from '../idempotency'
import { cfpMessages, fieldErrorMessage } from '../messages'
import { EMPTY_VALUES, type FieldName } from '../submission'
import styles from './Cfp.module.css'
import { CfpClosedNotice } from './CfpClosedNotice'
import { ProposalForm } from './ProposalForm'
import { countryChoices } from '../../../platform/i18n/countries'

type Props = { edition: CfpEdition; locale: Locale; now: Date; state: FormState | null; intro?: string | null }

/** The body of /editions/[year]/propose: the form while the call is open, else the closed notice. */
export function ProposeView({ edition, locale, now, state, intro }: Props) {
  const t = cfpMessages(locale)
  const window = cfpWindow(edition, now)
  const contact = edition.contactEmail ? (
    <p>
      {t.contactHint} <a href={`mailto:${edition.contactEmail}`}>{edition.contactEmail}</a>.
    </p>
  ) : null
  if (!window.open) {
    return (
      <>
        <CfpClosedNotice locale={locale} window={window} />
        {contact}
      </>
    )
  }
  const errors = Object.fromEntries(
    Object.entries(state?.errors ?? {}).map(([field, error]) => [field, fieldErrorMessage(locale, field as FieldName, error!)]),
  )
  return (
    <>
      {intro && <p className={styles.prose}>{intro}</p>}
      <p className={styles.open}>{t.openUntil(formatDayAndTime(window.deadline, locale))}</p>
      {contact}
      <ProposalForm
        locale={locale}
        action={localePath(locale, routes.proposeSubmit(edition.year))}
        // A fresh token per rendering of the form; the same one again when re-showing a failed post.
        token={state?.token ?? newSubmissionToken()}
        formats={edition.formats}
        themes={edition.themes.map((theme) => ({ id: String(theme.id), title: theme.title }))}
        countries={edition.askCountry ? countryChoices(locale) : null}
        values={state?.values ?? EMPTY_VALUES}
        errors={errors}
        message={state?.message ?? null}
      />
    </>
  )
}
