import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound } from 'next/navigation'

import { PublicPage } from '@/platform/ui/PublicPage'
import { isLocale, localePath } from '@/platform/i18n'
import { payloadClient } from '@/platform/payload'
import { currentSpeaker } from '@/speakers/space/currentSpeaker'
import { speakerMessages } from '@/speakers/space/messages'
import { profileMessages } from '@/speakers/space/profile/messages'
import { profileRoutes } from '@/speakers/space/profile/routes'
import { listMyProposals } from '@/speakers/space/proposals'
import { speakerRoutes } from '@/speakers/space/routes'
import { MyProposals } from '@/speakers/space/ui/MyProposals'
import { SignInForm } from '@/speakers/space/ui/SignInForm'
import { SignOutForm } from '@/speakers/space/ui/SignOutForm'
import styles from '@/speakers/space/ui/Space.module.css'

export const dynamic = 'force-dynamic'

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  return { title: speakerMessages(isLocale(locale) ? locale : 'en').title, robots: { index: false, follow: false } }
}

/** The speaker space: the sign-in form, or the signed-in speaker's proposals. */
export default async function SpeakerHomePage({ params, searchParams }: Props) {
  const { locale } = await params
  if (!isLocale(locale)) notFound()
  const t = speakerMessages(locale)
  const payload = await payloadClient()
  const speaker = await currentSpeaker(payload)
  const error = (await searchParams).error === 'invalid'
  return (
    <PublicPage locale={locale} path={speakerRoutes.home()}>
      <div className={`container ${styles.page}`}>
        <h1>{t.title}</h1>
        {speaker ? (
          <>
            <SignOutForm locale={locale} email={speaker.email} />
            <nav aria-label={t.title}>
              <Link href={localePath(locale, profileRoutes.page())}>{profileMessages(locale).navLink}</Link>
            </nav>
            <MyProposals locale={locale} proposals={await listMyProposals(payload, speaker.email)} />
          </>
        ) : (
          <SignInForm locale={locale} error={error} />
        )}
      </div>
    </PublicPage>
  )
}
