import type { Metadata } from 'next'
import { connection } from 'next/server'

import { EditionSubpage } from '@/editions/components/EditionSubpage'
import type { EditionParams } from '@/editions/editionRoute'
import { alternates, routes } from '@/platform/routes'
import { programmeText } from '@/programme/messages'
import { NowNext } from '@/programme/now/components/NowNext'
import { nowText } from '@/programme/now/messages'
import { loadProgrammeRoute } from '@/programme/route'

type Props = { params: EditionParams }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, page } = await loadProgrammeRoute(params)
  return { title: `${nowText(locale).title} · ${page.edition.title}`, alternates: alternates(locale, routes.now(page.edition.year)) }
}

/** What runs now and next: rendered per request from the cached programme (the clock is the only input that changes). */
export default async function NowPage({ params }: Props) {
  await connection()
  const { locale, page, currentYear, programme } = await loadProgrammeRoute(params)
  const year = page.edition.year
  return (
    <EditionSubpage
      page={page}
      locale={locale}
      currentYear={currentYear}
      path={routes.now(year)}
      eyebrow={programmeText(locale).programmeOf(page.edition.title)}
      title={nowText(locale).title}
    >
      <NowNext year={year} locale={locale} sessions={programme.sessions} at={new Date()} />
    </EditionSubpage>
  )
}
