import type { Metadata, Viewport } from 'next'
import { notFound } from 'next/navigation'
import type React from 'react'

import { dictionary, isLocale } from '@/platform/i18n'
import { siteUrl } from '@/platform/env/siteUrl'
import '../globals.css'

export function generateMetadata(): Metadata {
  const origin = siteUrl()
  return {
    title: { default: 'Commons AI', template: '%s · Commons AI' },
    description: 'Commons AI, a yearly conference on AI as a commons.',
    ...(origin ? { metadataBase: new URL(origin) } : {}),
  }
}

export const viewport: Viewport = { themeColor: '#0f5c46', width: 'device-width', initialScale: 1 }

/**
 * No page is built ahead of time (the build needs no database): each is rendered on its first
 * visit, kept, and rebuilt when a Payload hook expires one of its cache tags.
 */
export function generateStaticParams() {
  return []
}

type Props = { children: React.ReactNode; params: Promise<{ locale: string }> }

export default async function FrontendLayout({ children, params }: Props) {
  const { locale } = await params
  if (!isLocale(locale)) notFound()
  return (
    <html lang={locale}>
      <body>
        <a className="skip-link" href="#main">
          {dictionary(locale).skipToContent}
        </a>
        {children}
      </body>
    </html>
  )
}
