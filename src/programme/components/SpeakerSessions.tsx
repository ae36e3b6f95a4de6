import Link from 'next/link'

import { localePath, type Locale } from '../../platform/i18n'
import { routes } from '../../platform/routes'
import { formatEventDay, formatTime } from '../eventTime'
import { programmeText } from '../messages'
import type { ProgrammeSession } from '../model'
import { eventDay } from '../schedule'

/** On a speaker's page: the sessions they take part in, in programme order (nothing when none). */
export function SpeakerSessions({ year, sessions, locale }: { year: number; sessions: readonly ProgrammeSession[]; locale: Locale }) {
  if (sessions.length === 0) return null
  const t = programmeText(locale)
  return (
    <section aria-labelledby="speaker-sessions">
      <h2 id="speaker-sessions">{t.sessionsOfSpeaker}</h2>
      <ul>
        {sessions.map((session) => (
          <li key={session.id}>
            <Link href={localePath(locale, routes.session(year, session.slug))}>{session.title}</Link>
            {' — '}
            {formatEventDay(eventDay(session.start), locale)}, <time dateTime={session.start}>{formatTime(session.start)}</time>
            {session.room && (
              <>
                {' · '}
                {session.room.name}
              </>
            )}
          </li>
        ))}
      </ul>
    </section>
  )
}
