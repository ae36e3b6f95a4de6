import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound } from 'next/navigation'

import { PublicPage } from '@/platform/ui/PublicPage'
import { isLocale, localePath } from '@/platform/i18n'
import { speakerMessages } from '@/speakers/space/messages'
import { speakerRoutes } from '@/speakers/space/routes'
import styles from '@/speakers/space/ui/Space.module.css'

type Props = { params: Promise<{ locale: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  return { title: speakerMessages(isLocale(locale) ? locale : 'en').checkEmail.title, robots: { index: false, follow: false } }
}

/** After "send me a link": the same words whether or not the address is known. */
export default async function CheckEmailPage({ params }: Props) {
  const { locale } = await params
  if (!isLocale(locale)) notFound()
  const t = speakerMessages(locale)
  return (
    <PublicPage locale={locale} path={speakerRoutes.checkEmail()}>
      <div className={`container ${styles.page}`}>
        <h1>{t.checkEmail.title}</h1>
        <p className={styles.notice} role="status">
          {t.checkEmail.text}
        </p>
        <p>
          <Link href={localePath(locale, speakerRoutes.home())}>{t.checkEmail.again}</Link>
        </p>
      </div>
    </PublicPage>
  )
}
