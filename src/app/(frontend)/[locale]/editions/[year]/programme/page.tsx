import type { Metadata } from 'next'

import { alternates, routes } from '@/platform/routes'
import { ProgrammeIndex } from '@/programme/components/ProgrammeIndex'
import { programmeText } from '@/programme/messages'
import { loadProgrammeRoute } from '@/programme/route'
import type { EditionParams } from '@/editions/editionRoute'

export const revalidate = 60

/** Rendered on first visit and cached (the build has no database to prerender from). */
export function generateStaticParams() {
  return []
}

type Props = { params: EditionParams }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, page } = await loadProgrammeRoute(params)
  const year = page.edition.year
  return {
    title: programmeText(locale).programmeOf(page.edition.title),
    alternates: {
      ...alternates(locale, routes.programme(year)),
      types: { 'text/calendar': routes.programmeIcs(year, locale), 'application/json': routes.programmeJson(year, locale) },
    },
  }
}

export default async function ProgrammePage({ params }: Props) {
  const { locale, page, currentYear, programme } = await loadProgrammeRoute(params)
  return (
    <ProgrammeIndex
      page={page}
      locale={locale}
      currentYear={currentYear}
      all={programme.sessions}
      shown={programme.sessions}
      release={programme.release}
    />
  )
}
