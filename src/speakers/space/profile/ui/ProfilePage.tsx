import Link from 'next/link'
import type { Payload } from 'payload'

import { localePath, type Locale } from '../../../../platform/i18n'
import { routes } from '../../../../platform/routes'
import styles from '../../ui/Space.module.css'
import { keptFormOwner, readKeptProfileForm } from '../keptForm'
import { profileMessages } from '../messages'
import { listMyProfiles, type MyProfile } from '../profile'
import { ProfileForm } from './ProfileForm'

type Props = { payload: Payload; locale: Locale; email: string; saved: string | null; formKey: string | null }

/** The public page to look at after a save: the newest edition's (pages of every edition show the same speaker). */
function publicPath(locale: Locale, profile: MyProfile): string | null {
  const year = Math.max(...profile.editions.map((edition) => edition.year))
  if (!profile.published || !profile.slug || !Number.isFinite(year)) return null
  return localePath(locale, routes.speaker(year, profile.slug))
}

/** The body of My profile for a signed-in address: one form per speaker document linked to it. */
export async function ProfilePage({ payload, locale, email, saved, formKey }: Props) {
  const t = profileMessages(locale)
  const profiles = await listMyProfiles(payload, email, locale)
  if (profiles.length === 0) return <p className={styles.notice}>{t.noSpeaker}</p>
  // Bound to one speaker document: at most one of them shows what was typed.
  const keptForms = await Promise.all(profiles.map((profile) => readKeptProfileForm(payload, formKey, keptFormOwner(profile.id, email))))
  return (
    <>
      <p>{t.intro}</p>
      {saved && (
        <p className={styles.notice} role="status">
          {saved === 'draft' ? t.savedDraft : t.saved}
        </p>
      )}
      {profiles.map((profile, index) => {
        const kept = keptForms[index]
        const href = publicPath(locale, profile)
        return (
          <section key={String(profile.id)} aria-label={profile.values.name}>
            {profiles.length > 1 && <h2>{profile.values.name}</h2>}
            <p className={styles.meta}>
              {t.editions}: {profile.editions.map((edition) => edition.year).join(', ')}
              {href && (
                <>
                  {' · '}
                  <Link href={href}>{t.publicPage}</Link>
                </>
              )}
            </p>
            {!profile.published && <p className={styles.notice}>{t.draftNote}</p>}
            {profile.editorDraftPending && <p className={styles.notice}>{t.pendingNote}</p>}
            {profile.archived && <p className={styles.notice}>{t.archivedNote}</p>}
            <ProfileForm
              locale={locale}
              profile={profile}
              values={kept?.values ?? profile.values}
              errors={kept?.errors ?? {}}
              readOnly={profile.archived || profile.editorDraftPending}
            />
          </section>
        )
      })}
    </>
  )
}
