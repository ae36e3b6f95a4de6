import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound } from 'next/navigation'

import { EditionSubpage } from '@/editions/components/EditionSubpage'
import { RichText } from '@/platform/richText/RichText'
import { localePath } from '@/platform/i18n'
import { alternates, routes } from '@/platform/routes'
import { formatEventDay, formatTime, utcOffsetLabel } from '@/programme/eventTime'
import { programmeText } from '@/programme/messages'
import { richTextToPlain } from '@/platform/richText/plainText'
import { loadProgrammeRoute } from '@/programme/route'
import { getPeertubeHosts } from '@/programme/cached'
import { AfterTheEvent } from '@/programme/after/components/AfterTheEvent'
import { eventDay } from '@/programme/schedule'
import styles from '@/programme/components/programme.module.css'

export const revalidate = 60

/** Rendered on first visit and cached (the build has no database to prerender from). */
export function generateStaticParams() {
  return []
}

type Props = { params: Promise<{ locale: string; year: string; slug: string }> }

async function load(params: Props['params']) {
  const { slug } = await params
  const route = await loadProgrammeRoute(params)
  const session = route.programme.sessions.find((candidate) => candidate.slug === slug)
  if (!session) notFound()
  return { ...route, session }
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, page, session } = await load(params)
  const description = richTextToPlain(session.description).slice(0, 160) || undefined
  return {
    title: `${session.title} · ${page.edition.title}`,
    description,
    alternates: alternates(locale, routes.session(page.edition.year, session.slug)),
  }
}

export default async function SessionPage({ params }: Props) {
  const { locale, page, currentYear, session } = await load(params)
  const peertubeHosts = session.after?.recordingUrl ? await getPeertubeHosts() : []
  const t = programmeText(locale)
  const year = page.edition.year
  const href = (path: string) => localePath(locale, path)
  return (
    <EditionSubpage
      page={page}
      locale={locale}
      currentYear={currentYear}
      path={routes.session(year, session.slug)}
      eyebrow={`${t.sessionKinds[session.kind]} · ${t.programmeOf(page.edition.title)}`}
      title={session.title}
    >
      <p>
        <Link href={href(routes.programme(year))}>← {t.backToProgramme}</Link>
      </p>
      <dl className={styles.facts}>
        <dt>{t.when}</dt>
        <dd>
          {formatEventDay(eventDay(session.start), locale)}, <time dateTime={session.start}>{formatTime(session.start)}</time>–
          <time dateTime={session.end}>{formatTime(session.end)}</time> ({t.timeZoneShort}, {utcOffsetLabel(session.start)})
        </dd>
        {session.room && (
          <>
            <dt>{t.room}</dt>
            <dd>
              {session.room.name}
              {session.room.capacity !== null && <> ({t.seats(session.room.capacity)})</>}
              {session.room.accessibility && <p className={styles.roomAccess}>{session.room.accessibility}</p>}
            </dd>
          </>
        )}
        {session.themes.length > 0 && (
          <>
            <dt>{t.themes}</dt>
            <dd>
              {session.themes.map((theme, index) => (
                <span key={theme.slug}>
                  {index > 0 && ', '}
                  <Link href={href(routes.programmeByTheme(year, theme.slug))}>{theme.title}</Link>
                </span>
              ))}
            </dd>
          </>
        )}
      </dl>
      <RichText value={session.description} className={styles.intro} />
      {session.segments.length > 0 && (
        <section aria-labelledby="segments" className={styles.segments}>
          <h2 id="segments">{t.segments}</h2>
          <ol>
            {session.segments.map((segment, index) => (
              <li key={index}>
                <strong>{t.segmentKinds[segment.kind]}</strong>
                {segment.title && <>: {segment.title}</>}
                {segment.minutes && <> ({t.minutes(segment.minutes)})</>}
              </li>
            ))}
          </ol>
        </section>
      )}
      {session.speakers.length > 0 && (
        <section aria-labelledby="session-speakers">
          <h2 id="session-speakers">{t.speakers}</h2>
          <ul>
            {session.speakers.map((speaker) => (
              <li key={speaker.id}>
                <Link href={href(routes.speaker(year, speaker.slug))}>{speaker.name}</Link>
                {speaker.affiliation && <>, {speaker.affiliation}</>}
              </li>
            ))}
          </ul>
        </section>
      )}
      <AfterTheEvent after={session.after} title={session.title} locale={locale} peertubeHosts={peertubeHosts} />
      <p>
        <a href={routes.sessionIcs(year, session.slug, locale)} type="text/calendar">
          {t.addToCalendar}
        </a>
      </p>
    </EditionSubpage>
  )
}
