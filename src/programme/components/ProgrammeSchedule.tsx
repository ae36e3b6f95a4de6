import Link from 'next/link'

import { localePath, type Locale } from '../../platform/i18n'
import { routes } from '../../platform/routes'
import { formatEventDay, formatTime } from '../eventTime'
import { programmeText } from '../messages'
import type { ProgrammeSession } from '../model'
import { currentSlotStarts } from '../now/nowNext'
import { nowText } from '../now/messages'
import { groupByDay } from '../schedule'
import styles from './programme.module.css'

/** `at`: the time the page is rendered at; the slot running then is marked. */
type Props = { year: number; sessions: readonly ProgrammeSession[]; locale: Locale; at?: Date }

/** The programme by day, then start time; sessions at the same time side by side, each with its room. */
export function ProgrammeSchedule({ year, sessions, locale, at }: Props) {
  const t = programmeText(locale)
  const running = at ? currentSlotStarts(sessions, at) : new Set<string>()
  return (
    <>
      {groupByDay(sessions).map((day) => (
        <section key={day.date} className={styles.day} aria-labelledby={`day-${day.date}`}>
          <h2 id={`day-${day.date}`}>{formatEventDay(day.date, locale)}</h2>
          {day.slots.map((slot) => (
            <div
              key={slot.start}
              className={running.has(slot.start) ? `${styles.slot} ${styles.current}` : styles.slot}
              aria-current={running.has(slot.start) ? 'time' : undefined}
            >
              <p className={styles.slotTime}>
                <time dateTime={slot.start}>{formatTime(slot.start)}</time>
                {running.has(slot.start) && <strong className={styles.nowMark}> {nowText(locale).markNow}</strong>}
              </p>
              <ul className={styles.slotSessions}>
                {slot.sessions.map((session) => (
                  <li key={session.id} className={styles.session} data-session={session.slug}>
                    <p className={styles.kind}>{t.sessionKinds[session.kind]}</p>
                    <h3>
                      <Link href={localePath(locale, routes.session(year, session.slug))}>{session.title}</Link>
                    </h3>
                    <p className={styles.meta}>
                      <time dateTime={session.start}>{formatTime(session.start)}</time>–
                      <time dateTime={session.end}>{formatTime(session.end)}</time>
                      {session.room && (
                        <>
                          {' · '}
                          {session.room.name}
                        </>
                      )}
                    </p>
                    {session.speakers.length > 0 && (
                      <p className={styles.meta}>{session.speakers.map((speaker) => speaker.name).join(', ')}</p>
                    )}
                  </li>
                ))}
              </ul>
            </div>
          ))}
        </section>
      ))}
    </>
  )
}
