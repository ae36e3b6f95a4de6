import Link from 'next/link'

import { dictionary, localePath, type Locale } from '../i18n'
import { routes } from '../routes'
import styles from './SiteChrome.module.css'

export function SiteHeader({ locale, path }: { locale: Locale; path: string }) {
  const t = dictionary(locale)
  const other: Locale = locale === 'en' ? 'fr' : 'en'
  const link = (target: string, label: string) => (
    <li>
      <Link href={localePath(locale, target)} aria-current={target === path ? 'page' : undefined}>
        {label}
      </Link>
    </li>
  )
  return (
    <header className={styles.header}>
      <div className={`container ${styles.headerInner}`}>
        <Link href={localePath(locale, routes.home())} className={styles.brand}>
          <span aria-hidden="true" className={styles.mark}>
            ◐
          </span>
          Commons AI
        </Link>
        <nav aria-label={t.nav.label} className={styles.nav}>
          <ul>
            {link(routes.editions(), t.nav.editions)}
            {link(routes.perspectives(), t.nav.perspectives)}
          </ul>
        </nav>
        <a href={localePath(other, path)} hrefLang={other} lang={other} className={styles.lang} aria-label={t.switchLanguageLabel}>
          {t.switchLanguage}
        </a>
      </div>
    </header>
  )
}
