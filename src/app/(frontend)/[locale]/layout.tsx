import type { Metadata, Viewport } from 'next'
import { notFound } from 'next/navigation'
import type React from 'react'

import { SiteFooter } from '../../../components/SiteFooter'
import { SiteHeader } from '../../../components/SiteHeader'
import { dictionary, isLocale, LOCALES } from '../../../lib/i18n'
import '../globals.css'

export const metadata: Metadata = {
  title: { default: 'Commons AI', template: '%s · Commons AI' },
  description: 'Commons AI, a yearly conference on AI as a commons.',
}

export const viewport: Viewport = { themeColor: '#0f5c46', width: 'device-width', initialScale: 1 }

export function generateStaticParams() {
  return LOCALES.map((locale) => ({ locale }))
}

type Props = { children: React.ReactNode; params: Promise<{ locale: string }> }

export default async function FrontendLayout({ children, params }: Props) {
  const { locale } = await params
  if (!isLocale(locale)) notFound()
  const t = dictionary(locale)
  return (
    <html lang={locale}>
      <body>
        <a className="skip-link" href="#main">
          {t.skipToContent}
        </a>
        <SiteHeader locale={locale} />
        <main id="main">{children}</main>
        <SiteFooter locale={locale} />
      </body>
    </html>
  )
}
