import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound } from 'next/navigation'

import { EditionSubpage } from '@/editions/components/EditionSubpage'
import { localePath } from '@/platform/i18n'
import { payloadClient } from '@/platform/payload'
import { absoluteFileUrl, absoluteUrl, routes } from '@/platform/routes'
import { AgendaForm } from '@/programme/agenda/components/AgendaForm'
import styles from '@/programme/agenda/components/agenda.module.css'
import { agendaSessions } from '@/programme/agenda/feed'
import { agendaText } from '@/programme/agenda/messages'
import { findAgenda } from '@/programme/agenda/store'
import { formatEventDay, formatTime } from '@/programme/eventTime'
import { programmeText } from '@/programme/messages'
import { loadProgrammeRoute } from '@/programme/route'
import { eventDay } from '@/programme/schedule'

type Props = { params: Promise<{ locale: string; year: string; id: string }> }

async function load(params: Props['params']) {
  const { id } = await params
  const route = await loadProgrammeRoute(params)
  const agenda = await findAgenda(await payloadClient(), id)
  if (!agenda || agenda.edition !== route.programme.edition.id) notFound()
  return { ...route, agenda }
}

// The address is personal: never in search engines.
export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, page } = await load(params)
  return { title: `${agendaText(locale).title} · ${page.edition.title}`, robots: { index: false, follow: false } }
}

/** One personal agenda: its sessions as the programme has them now, its link and feed, and the form to change it. */
export default async function PersonalAgendaPage({ params }: Props) {
  const { locale, page, currentYear, programme, agenda } = await load(params)
  const year = page.edition.year
  const t = agendaText(locale)
  const mine = agendaSessions(programme, agenda)
  const link = absoluteUrl(locale, routes.personalAgenda(year, agenda.key))
  return (
    <EditionSubpage
      page={page}
      locale={locale}
      currentYear={currentYear}
      path={routes.personalAgenda(year, agenda.key)}
      eyebrow={programmeText(locale).programmeOf(page.edition.title)}
      title={t.title}
    >
      <p>
        <Link href={localePath(locale, routes.programme(year))}>← {programmeText(locale).backToProgramme}</Link>
      </p>
      <p>
        {t.yourLink}:{' '}
        <a href={localePath(locale, routes.personalAgenda(year, agenda.key))} className={styles.link}>
          {link}
        </a>
      </p>
      <p>
        <a href={routes.personalAgendaIcs(year, agenda.key, locale)} type="text/calendar" data-agenda-feed>
          {t.subscribe}
        </a>{' '}
        <span className={styles.link}>({absoluteFileUrl(routes.personalAgendaIcs(year, agenda.key, locale))})</span>. {t.subscribeHint}
      </p>
      <h2>{t.chosen}</h2>
      {mine.length === 0 ? (
        <p>{t.none}</p>
      ) : (
        <ul data-agenda-sessions>
          {mine.map((session) => (
            <li key={session.id}>
              <Link href={localePath(locale, routes.session(year, session.slug))}>{session.title}</Link> —{' '}
              {formatEventDay(eventDay(session.start), locale)}, <time dateTime={session.start}>{formatTime(session.start)}</time>–
              <time dateTime={session.end}>{formatTime(session.end)}</time>
              {session.room && <> · {session.room.name}</>}
            </li>
          ))}
        </ul>
      )}
      <h2>{t.change}</h2>
      <AgendaForm year={year} locale={locale} sessions={programme.sessions} agendaKey={agenda.key} ticked={new Set(agenda.sessions)} />
    </EditionSubpage>
  )
}
