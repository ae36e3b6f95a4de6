import Link from 'next/link'

import { dictionary, localePath, type Locale } from '../lib/i18n'
import styles from './SiteChrome.module.css'

export function SiteHeader({ locale, path = '/' }: { locale: Locale; path?: string }) {
  const t = dictionary(locale)
  const other: Locale = locale === 'en' ? 'fr' : 'en'
  return (
    <header className={styles.header}>
      <div className={`container ${styles.headerInner}`}>
        <Link href={localePath(locale, '/')} className={styles.brand}>
          <span aria-hidden="true" className={styles.mark}>
            ◐
          </span>
          Commons AI
        </Link>
        <nav aria-label={locale === 'fr' ? 'Langue' : 'Language'}>
          <a href={localePath(other, path)} hrefLang={other} lang={other} className={styles.lang}>
            {t.switchLanguage}
          </a>
        </nav>
      </div>
    </header>
  )
}
