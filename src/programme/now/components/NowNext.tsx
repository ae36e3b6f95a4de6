import Link from 'next/link'

import { localePath, type Locale } from '../../../platform/i18n'
import { routes } from '../../../platform/routes'
import { formatEventDay, formatTime } from '../../eventTime'
import type { ProgrammeSession } from '../../model'
import { eventDays, nowAndNext, type RoomNow } from '../nowNext'
import { nowText } from '../messages'
import styles from './now.module.css'

type Props = { year: number; locale: Locale; sessions: readonly ProgrammeSession[]; at: Date }

function SessionLine({ year, locale, session }: { year: number; locale: Locale; session: ProgrammeSession }) {
  return (
    <>
      <time dateTime={session.start}>{formatTime(session.start)}</time>–<time dateTime={session.end}>{formatTime(session.end)}</time>{' '}
      <Link href={localePath(locale, routes.session(year, session.slug))}>{session.title}</Link>
    </>
  )
}

function Rooms({ year, locale, rooms }: { year: number; locale: Locale; rooms: RoomNow[] }) {
  const t = nowText(locale)
  return (
    <table className={styles.table}>
      <thead>
        <tr>
          <th scope="col">{/* room */}</th>
          <th scope="col">{t.now}</th>
          <th scope="col">{t.next}</th>
        </tr>
      </thead>
      <tbody>
        {rooms.map((row) => (
          <tr key={row.room?.id ?? 'everyone'} data-room={row.room?.name ?? ''}>
            <th scope="row">{row.room?.name ?? t.everyone}</th>
            <td>{row.now ? <SessionLine year={year} locale={locale} session={row.now} /> : t.nothingNow}</td>
            <td>{row.next ? <SessionLine year={year} locale={locale} session={row.next} /> : t.nothingNext}</td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}

/** /editions/[year]/now: per room what runs now and next; outside the event, when it is. */
export function NowNext({ year, locale, sessions, at }: Props) {
  const t = nowText(locale)
  const state = nowAndNext(sessions, at)
  const days = eventDays(sessions).map((day) => formatEventDay(day, locale))
  const dayList = days.length > 1 ? `${days.slice(0, -1).join(', ')} – ${days[days.length - 1]}` : (days[0] ?? '')
  const refresh =
    'nextBoundary' in state ? Math.min(3600, Math.max(5, Math.ceil((Date.parse(state.nextBoundary) - at.getTime()) / 1000))) : null
  return (
    <>
      {/* Without any script, the page reloads itself when the next session starts or ends. */}
      {refresh !== null && <meta httpEquiv="refresh" content={String(refresh)} />}
      <p className={styles.asOf}>{t.asOf(formatTime(at.toISOString()))}</p>
      {state.phase === 'empty' && <p>{t.empty}</p>}
      {state.phase === 'after' && <p>{t.after(dayList)}</p>}
      {state.phase === 'before' && <p>{t.before(dayList)}</p>}
      {(state.phase === 'before' || state.phase === 'during') && <Rooms year={year} locale={locale} rooms={state.rooms} />}
      <p>
        <Link href={localePath(locale, routes.programme(year))}>{t.fullProgramme}</Link>
      </p>
    </>
  )
}
