import type { Metadata } from 'next'

import { EditionView } from '@/editions/components/EditionView'
import { PublicPage } from '@/platform/ui/PublicPage'
import { loadEditionRoute, type EditionParams } from '@/editions/editionRoute'
import { editionMetadata } from '@/editions/metadata'
import { canonicalEditionPath, routes } from '@/platform/routes'

export const revalidate = 60

/** Rendered on first visit and cached (the build has no database to prerender from). */
export function generateStaticParams() {
  return []
}

type Props = { params: EditionParams }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, page, currentYear } = await loadEditionRoute(params)
  // The current edition's canonical address is the home page.
  return editionMetadata(page.edition, locale, canonicalEditionPath(page.edition.year, currentYear))
}

export default async function EditionPage({ params }: Props) {
  const { locale, page, currentYear } = await loadEditionRoute(params)
  return (
    <PublicPage locale={locale} path={routes.edition(page.edition.year)}>
      <EditionView page={page} locale={locale} currentYear={currentYear} />
    </PublicPage>
  )
}
