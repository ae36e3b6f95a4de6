import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound } from 'next/navigation'

import styles from '@/editions/components/EditionSubpage.module.css'
import { PublicPage } from '@/platform/ui/PublicPage'
import { getCurrentEditionYear, getEditionsList } from '@/editions/cachedContent'
import { formatDateRange } from '@/platform/dates'
import { dictionary, isLocale, localePath } from '@/platform/i18n'
import { alternates, canonicalEditionPath, routes } from '@/platform/routes'

export const revalidate = 60

type Props = { params: Promise<{ locale: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  if (!isLocale(locale)) return {}
  const t = dictionary(locale)
  return { title: t.editionsTitle, description: t.editionsIntro, alternates: alternates(locale, routes.editions()) }
}

export default async function EditionsPage({ params }: Props) {
  const { locale } = await params
  if (!isLocale(locale)) notFound()
  const t = dictionary(locale)
  const [editions, currentYear] = await Promise.all([getEditionsList(locale), getCurrentEditionYear()])
  return (
    <PublicPage locale={locale} path={routes.editions()}>
      <div className={`container ${styles.page}`}>
        <h1 className={styles.title}>{t.editionsTitle}</h1>
        <p className={styles.prose}>{t.editionsIntro}</p>
        <ul className={styles.list}>
          {editions.map((edition) => (
            <li key={edition.id} className={styles.card}>
              <p className={styles.eyebrow}>
                {edition.year} · {t.states[edition.state]}
              </p>
              <h2>
                <Link href={localePath(locale, canonicalEditionPath(edition.year, currentYear))}>{edition.title}</Link>
              </h2>
              {edition.tagline && <p>{edition.tagline}</p>}
              <p>
                {edition.startDate ? formatDateRange(edition.startDate, edition.endDate, locale) : t.datesToBeAnnounced}
                {edition.venue ? ` · ${[edition.venue, edition.city].filter(Boolean).join(', ')}` : ''}
              </p>
            </li>
          ))}
        </ul>
      </div>
    </PublicPage>
  )
}
