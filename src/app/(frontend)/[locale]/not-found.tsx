import Link from 'next/link'

import styles from '@/editions/components/EditionSubpage.module.css'
import { SiteFooter } from '@/platform/ui/SiteFooter'
import { SiteHeader } from '@/platform/ui/SiteHeader'
import { dictionary, localePath } from '@/platform/i18n'
import { routes } from '@/platform/routes'

/**
 * The 404 page. Next gives not-found pages no params, so it is in English with a link to the
 * French home page in the header.
 */
export default function NotFound() {
  const t = dictionary('en')
  const fr = dictionary('fr')
  return (
    <>
      <SiteHeader locale="en" path={routes.home()} />
      <main id="main" className={`container ${styles.page}`}>
        <p className={styles.eyebrow}>404</p>
        <h1 className={styles.title}>{t.notFoundTitle}</h1>
        <p>{t.notFoundText}</p>
        <p>
          <Link href={localePath('en', routes.home())}>{t.goHome}</Link>
        </p>
        <p lang="fr">
          {fr.notFoundTitle}. <Link href={localePath('fr', routes.home())}>{fr.goHome}</Link>
        </p>
      </main>
      <SiteFooter locale="en" />
    </>
  )
}
