import Link from 'next/link'

import { dictionary, localePath, type Locale } from '../../platform/i18n'
import { routes } from '../../platform/routes'
import styles from './PastEditionBanner.module.css'

/** Shown on every page of an archived edition: it is the past, and here is the current one. */
export function PastEditionBanner({ year, locale, currentYear }: { year: number; locale: Locale; currentYear: number | null }) {
  const t = dictionary(locale)
  return (
    <aside className={styles.banner} aria-label={t.pastEdition}>
      <div className="container">
        <strong>{t.pastEdition}.</strong> {t.pastEditionNotice(year)}{' '}
        {currentYear !== null && currentYear !== year && (
          <Link href={localePath(locale, routes.home())}>
            {t.seeCurrentEdition} ({currentYear})
          </Link>
        )}
      </div>
    </aside>
  )
}
