import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound } from 'next/navigation'

import { PublicPage } from '@/platform/ui/PublicPage'
import { isLocale, localePath } from '@/platform/i18n'
import { payloadClient } from '@/platform/payload'
import { currentSpeaker } from '@/speakers/space/currentSpeaker'
import { speakerMessages } from '@/speakers/space/messages'
import { ProfilePage } from '@/speakers/space/profile/ui/ProfilePage'
import { profileMessages } from '@/speakers/space/profile/messages'
import { profileRoutes } from '@/speakers/space/profile/routes'
import { speakerRoutes } from '@/speakers/space/routes'
import { SignInForm } from '@/speakers/space/ui/SignInForm'
import styles from '@/speakers/space/ui/Space.module.css'

export const dynamic = 'force-dynamic'

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  return { title: profileMessages(isLocale(locale) ? locale : 'en').title, robots: { index: false, follow: false } }
}

/** My profile: the signed-in speaker's speaker page(s), edited in plain forms. */
export default async function SpeakerProfilePage({ params, searchParams }: Props) {
  const { locale } = await params
  if (!isLocale(locale)) notFound()
  const t = profileMessages(locale)
  const query = await searchParams
  const payload = await payloadClient()
  const speaker = await currentSpeaker(payload)
  return (
    <PublicPage locale={locale} path={profileRoutes.page()}>
      <div className={`container ${styles.page}`}>
        <p>
          <Link href={localePath(locale, speakerRoutes.home())}>← {t.back}</Link>
        </p>
        <h1>{t.title}</h1>
        {speaker ? (
          <ProfilePage
            payload={payload}
            locale={locale}
            email={speaker.email}
            saved={typeof query.saved === 'string' ? query.saved : null}
            formKey={typeof query.form === 'string' ? query.form : null}
          />
        ) : (
          <>
            <p className={styles.notice}>{speakerMessages(locale).signedOutRequired}</p>
            <SignInForm locale={locale} error={false} />
          </>
        )}
      </div>
    </PublicPage>
  )
}
