import type { Locale } from '../../platform/i18n'
import { formatEventDay, formatTime } from '../eventTime'
import { eventDay } from '../schedule'
import type { ChangeKind, SessionChange } from './diff'
import { inLocale, type SnapshotSession } from './snapshot'

/** The words of a change, shared by the public changelog and the speakers' email. */
const words = {
  en: {
    added: 'Added',
    cancelled: 'Cancelled',
    time: 'Moved in time',
    room: 'Moved to another room',
    renamed: 'Renamed',
    speakers: 'Speakers changed',
    noRoom: 'no room',
    was: 'was',
    now: 'now',
    colon: ':',
  },
  fr: {
    added: 'Ajoutée',
    cancelled: 'Annulée',
    time: 'Déplacée dans le temps',
    room: 'Changement de salle',
    renamed: 'Renommée',
    speakers: 'Intervenants modifiés',
    noRoom: 'sans salle',
    was: 'avant',
    now: 'désormais',
    colon: '\u00a0:',
  },
} satisfies Record<Locale, Record<ChangeKind | 'noRoom' | 'was' | 'now' | 'colon', string>>

export function changeKindLabel(kind: ChangeKind, locale: Locale): string {
  return words[locale][kind]
}

function whenAndWhere(session: SnapshotSession, locale: Locale): string {
  const room = session.room ? inLocale(session.room.name, locale) : words[locale].noRoom
  return `${formatEventDay(eventDay(session.start), locale)}, ${formatTime(session.start)}–${formatTime(session.end)}, ${room}`
}

/** One line per kind: "Moved in time: was Tuesday 1 December, 10:00–11:00, Room A; now …". */
export function describeChange(change: SessionChange, locale: Locale): string[] {
  const w = words[locale]
  const { before, after } = change
  return change.kinds.map((kind) => {
    if (kind === 'added' && after) return `${w.added}${w.colon} ${whenAndWhere(after, locale)}`
    if (kind === 'cancelled' && before) return `${w.cancelled} (${w.was} ${whenAndWhere(before, locale)})`
    if ((kind === 'time' || kind === 'room') && before && after) {
      return `${w[kind]}${w.colon} ${w.was} ${whenAndWhere(before, locale)}; ${w.now} ${whenAndWhere(after, locale)}`
    }
    if (kind === 'renamed' && before && after) return `${w.renamed}${w.colon} ${w.was} “${inLocale(before.title, locale)}”`
    if (kind === 'speakers' && before && after) {
      const names = (session: SnapshotSession) => session.speakers.map((speaker) => speaker.name).join(', ') || '—'
      return `${w.speakers}${w.colon} ${w.was} ${names(before)}; ${w.now} ${names(after)}`
    }
    return w[kind]
  })
}

export function changeTitle(change: SessionChange, locale: Locale): string {
  const session = change.after ?? change.before
  return session ? inLocale(session.title, locale) : change.session
}
