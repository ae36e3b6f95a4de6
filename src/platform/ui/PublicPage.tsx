import type React from 'react'

import type { Locale } from '../i18n'
import { SiteFooter } from './SiteFooter'
import { SiteHeader } from './SiteHeader'

/**
 * The frame of every public page. Each page passes its own path, so the language switch leads to
 * the same page in the other language without the layout reading the request (pages stay static).
 */
export function PublicPage({ locale, path, children }: { locale: Locale; path: string; children: React.ReactNode }) {
  return (
    <>
      <SiteHeader locale={locale} path={path} />
      <main id="main">{children}</main>
      <SiteFooter locale={locale} />
    </>
  )
}
