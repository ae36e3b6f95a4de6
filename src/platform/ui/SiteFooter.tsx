import { dictionary, type Locale } from '../i18n'
import styles from './SiteChrome.module.css'

export function SiteFooter({ locale }: { locale: Locale }) {
  return (
    <footer className={styles.footer}>
      <div className="container">
        <p>{dictionary(locale).footer}</p>
      </div>
    </footer>
  )
}
