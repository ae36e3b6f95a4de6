import { localePath, type Locale } from '../../../platform/i18n'
import { speakerRoutes } from '../../../speakers/space/routes'
import styles from '../../../speakers/space/ui/Space.module.css'
import { CO_SPEAKER_ROLES, type CoSpeakerRole, type CoSpeakerStatus } from '../fields'
import { coSpeakerMessages } from '../messages'

type Person = { name: string; role: CoSpeakerRole; status: CoSpeakerStatus }

/** The people of a proposal (submitter first) and, when inviting is allowed, the invitation form. */
export function People({
  locale,
  proposalId,
  submitter,
  people,
  canInvite,
}: {
  locale: Locale
  proposalId: number | string
  submitter: string
  people: Person[]
  canInvite: boolean
}) {
  const t = coSpeakerMessages(locale)
  return (
    <section aria-labelledby="people">
      <h2 id="people">{t.people}</h2>
      <ul className={styles.list} data-testid="people">
        <li>
          {submitter} · {t.submitter}
        </li>
        {people.map((person, index) => (
          <li key={index}>
            {person.name} · {t.roles[person.role]} · <span className={styles.status}>{t.statuses[person.status]}</span>
          </li>
        ))}
      </ul>
      {canInvite && (
        <form className={styles.form} method="post" action={localePath(locale, speakerRoutes.invite(proposalId))}>
          <h3>{t.invite}</h3>
          <div className={styles.field}>
            <label htmlFor="co-name">{t.name}</label>
            <input id="co-name" name="coName" type="text" maxLength={120} required />
          </div>
          <div className={styles.field}>
            <label htmlFor="co-email">{t.email}</label>
            <input id="co-email" name="coEmail" type="email" maxLength={254} required />
          </div>
          <div className={styles.field}>
            <label htmlFor="co-role">{t.role}</label>
            <select id="co-role" name="coRole" required defaultValue="">
              <option value="" disabled>
                —
              </option>
              {CO_SPEAKER_ROLES.map((role) => (
                <option key={role} value={role}>
                  {t.roles[role]}
                </option>
              ))}
            </select>
          </div>
          <button className={styles.button} type="submit">
            {t.send}
          </button>
        </form>
      )}
    </section>
  )
}
