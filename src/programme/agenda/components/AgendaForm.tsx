import { localePath, type Locale } from '../../../platform/i18n'
import { routes } from '../../../platform/routes'
import { formatEventDay, formatTime } from '../../eventTime'
import type { ProgrammeSession } from '../../model'
import { groupByDay } from '../../schedule'
import { agendaText } from '../messages'
import styles from './agenda.module.css'

type Props = { year: number; locale: Locale; sessions: readonly ProgrammeSession[]; agendaKey?: string; ticked?: ReadonlySet<string> }

/** A plain form (works without JavaScript): one checkbox per session, by day. */
export function AgendaForm({ year, locale, sessions, agendaKey, ticked = new Set() }: Props) {
  const t = agendaText(locale)
  if (sessions.length === 0) return <p>{t.noSessions}</p>
  return (
    <form method="post" action={localePath(locale, routes.agendaSave(year))} className={styles.form}>
      {agendaKey && <input type="hidden" name="agenda" value={agendaKey} />}
      {groupByDay(sessions).map((day) => (
        <fieldset key={day.date} className={styles.day}>
          <legend>{formatEventDay(day.date, locale)}</legend>
          <ul>
            {day.slots.flatMap((slot) =>
              slot.sessions.map((session) => (
                <li key={session.id}>
                  <label>
                    <input type="checkbox" name="session" value={session.id} defaultChecked={ticked.has(session.id)} />{' '}
                    <time dateTime={session.start}>{formatTime(session.start)}</time>–
                    <time dateTime={session.end}>{formatTime(session.end)}</time> <strong>{session.title}</strong>
                    {session.room && <> · {session.room.name}</>}
                  </label>
                </li>
              )),
            )}
          </ul>
        </fieldset>
      ))}
      <button type="submit" className={styles.submit}>
        {agendaKey ? t.update : t.save}
      </button>
    </form>
  )
}
