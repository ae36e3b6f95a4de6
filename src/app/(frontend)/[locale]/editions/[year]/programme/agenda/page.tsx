import type { Metadata } from 'next'
import Link from 'next/link'

import { EditionSubpage } from '@/editions/components/EditionSubpage'
import type { EditionParams } from '@/editions/editionRoute'
import { localePath } from '@/platform/i18n'
import { alternates, routes } from '@/platform/routes'
import { AgendaForm } from '@/programme/agenda/components/AgendaForm'
import styles from '@/programme/agenda/components/agenda.module.css'
import { agendaText } from '@/programme/agenda/messages'
import { programmeText } from '@/programme/messages'
import { loadProgrammeRoute } from '@/programme/route'

type Props = { params: EditionParams; searchParams: Promise<{ empty?: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, page } = await loadProgrammeRoute(params)
  return { title: `${agendaText(locale).title} · ${page.edition.title}`, alternates: alternates(locale, routes.agenda(page.edition.year)) }
}

/** The agenda form: tick sessions, save, get a personal link and feed. */
export default async function AgendaPage({ params, searchParams }: Props) {
  const { locale, page, currentYear, programme } = await loadProgrammeRoute(params)
  const { empty } = await searchParams
  const year = page.edition.year
  const t = agendaText(locale)
  return (
    <EditionSubpage
      page={page}
      locale={locale}
      currentYear={currentYear}
      path={routes.agenda(year)}
      eyebrow={programmeText(locale).programmeOf(page.edition.title)}
      title={t.title}
    >
      <p>
        <Link href={localePath(locale, routes.programme(year))}>← {programmeText(locale).backToProgramme}</Link>
      </p>
      <p>{t.intro}</p>
      {empty && (
        <p role="alert" className={styles.message}>
          {t.empty}
        </p>
      )}
      <AgendaForm year={year} locale={locale} sessions={programme.sessions} />
    </EditionSubpage>
  )
}
