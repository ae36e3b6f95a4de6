import Link from 'next/link'
import type React from 'react'

import type { EditionFrame } from '../read'
import { dictionary, localePath, type Locale } from '../../platform/i18n'
import { canonicalEditionPath } from '../../platform/routes'
import styles from './EditionSubpage.module.css'
import { PastEditionBanner } from './PastEditionBanner'
import { PublicPage } from '../../platform/ui/PublicPage'

type Props = {
  page: EditionFrame
  locale: Locale
  currentYear: number | null
  path: string
  eyebrow: string
  title: string
  children: React.ReactNode
}

/** The frame of a page inside an edition (a theme, the speakers, the committee…). */
export function EditionSubpage({ page, locale, currentYear, path, eyebrow, title, children }: Props) {
  const t = dictionary(locale)
  const { edition } = page
  return (
    <PublicPage locale={locale} path={path}>
      {page.state === 'past' && <PastEditionBanner year={edition.year} locale={locale} currentYear={currentYear} />}
      <div className={`container ${styles.page}`}>
        <p className={styles.back}>
          <Link href={localePath(locale, canonicalEditionPath(edition.year, currentYear))}>← {t.backToEdition(edition.title)}</Link>
        </p>
        <p className={styles.eyebrow}>{eyebrow}</p>
        <h1 className={styles.title}>{title}</h1>
        {children}
      </div>
    </PublicPage>
  )
}
