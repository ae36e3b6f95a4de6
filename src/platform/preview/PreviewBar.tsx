import { draftMode } from 'next/headers'

import { localePath, type Locale } from '../i18n'
import { PREVIEW_ROUTE } from './previewUrls'
import styles from './PreviewBar.module.css'

const text = {
  en: { label: 'Preview', status: 'Preview — draft content', exit: 'Exit preview' },
  fr: { label: 'Aperçu', status: 'Aperçu — contenu en brouillon', exit: 'Quitter l’aperçu' },
} as const

/**
 * Says so on every public page this browser sees in draft mode, with the way out: the exit link turns
 * draft mode off and comes back to the same page. Outside draft mode it renders nothing (and reading
 * draft mode keeps the page static for everyone else).
 */
export async function PreviewBar({ locale, path }: { locale: Locale; path: string }) {
  const draft = await draftMode()
  if (!draft.isEnabled) return null
  const t = text[locale]
  const here = localePath(locale, path)
  return (
    <section aria-label={t.label} className={styles.bar}>
      <strong>{t.status}</strong>
      <span aria-hidden="true"> · </span>
      <a href={`${PREVIEW_ROUTE}?path=${encodeURIComponent(here)}&exit=1`}>{text[locale].exit}</a>
    </section>
  )
}
