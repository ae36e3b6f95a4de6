import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { EditionView } from '@/editions/components/EditionView'
import { PublicPage } from '@/platform/ui/PublicPage'
import { getCurrentEditionYear } from '@/editions/cachedContent'
import { readEditionPage } from '@/editions/editionRoute'
import { dictionary, isLocale } from '@/platform/i18n'
import { editionMetadata } from '@/editions/metadata'
import { routes } from '@/platform/routes'

// The CfP state depends on the clock: re-render at least every minute even without an edit.
export const revalidate = 60

type Props = { params: Promise<{ locale: string }> }

async function load(locale: string) {
  if (!isLocale(locale)) return null
  const year = await getCurrentEditionYear()
  return year === null ? null : readEditionPage(year, locale)
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  const page = await load(locale)
  if (!page || !isLocale(locale)) return {}
  return editionMetadata(page.edition, locale, routes.home())
}

export default async function HomePage({ params }: Props) {
  const { locale } = await params
  if (!isLocale(locale)) notFound()
  const page = await load(locale)
  return (
    <PublicPage locale={locale} path={routes.home()}>
      {page ? (
        <EditionView page={page} locale={locale} currentYear={page.edition.year} />
      ) : (
        <div className="container">
          <p>{dictionary(locale).noEdition}</p>
        </div>
      )}
    </PublicPage>
  )
}
