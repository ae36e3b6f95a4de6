import type { Metadata } from 'next'
import Link from 'next/link'

import { EditionSubpage } from '@/editions/components/EditionSubpage'
import type { EditionParams } from '@/editions/editionRoute'
import { localePath } from '@/platform/i18n'
import { alternates, routes } from '@/platform/routes'
import { programmeText } from '@/programme/messages'
import { getReleases } from '@/programme/releases/cached'
import { ProgrammeChanges } from '@/programme/releases/components/ProgrammeChanges'
import { releasesText } from '@/programme/releases/messages'
import { loadProgrammeRoute } from '@/programme/route'

export const revalidate = 60

/** Rendered on first visit and cached (the build has no database to prerender from). */
export function generateStaticParams() {
  return []
}

type Props = { params: EditionParams }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, page } = await loadProgrammeRoute(params)
  return {
    title: `${releasesText(locale).title} · ${page.edition.title}`,
    alternates: alternates(locale, routes.programmeChanges(page.edition.year)),
  }
}

export default async function ProgrammeChangesPage({ params }: Props) {
  const { locale, page, currentYear, programme } = await loadProgrammeRoute(params)
  const year = page.edition.year
  const t = releasesText(locale)
  const releases = await getReleases(year, programme.edition.id, locale)
  return (
    <EditionSubpage
      page={page}
      locale={locale}
      currentYear={currentYear}
      path={routes.programmeChanges(year)}
      eyebrow={programmeText(locale).programmeOf(page.edition.title)}
      title={t.title}
    >
      <p>
        <Link href={localePath(locale, routes.programme(year))}>← {programmeText(locale).backToProgramme}</Link>
      </p>
      <p>{t.intro}</p>
      <ProgrammeChanges
        year={year}
        locale={locale}
        releases={releases}
        publicSlugs={new Set(programme.sessions.map((session) => session.slug))}
      />
    </EditionSubpage>
  )
}
