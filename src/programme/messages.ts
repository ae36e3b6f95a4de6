import type { Locale } from '../platform/i18n'
import type { SegmentKind, SessionKind } from './model'

/** The programme's words, in English and French (kept here rather than in the shared dictionary). */
const en = {
  programme: 'Programme',
  editionNavLabel: 'In this edition',
  programmeOf: (title: string) => `Programme · ${title}`,
  intro:
    'Workshops and talks, day by day. Each workshop is built with the audience: a framing talk, a reflection with the room and an inspiring initiative.',
  empty: 'The programme will be published here.',
  emptyForTheme: 'No session of the programme is linked to this theme yet.',
  timesIn: (offset: string) => `All times are Paris time (Europe/Paris, ${offset}).`,
  timeZoneShort: 'Paris time',
  filterByTheme: 'Filter by theme',
  allThemes: 'All sessions',
  themeFilterTitle: (theme: string) => `Programme: ${theme}`,
  room: 'Room',
  seats: (n: number) => `${n} seats`,
  speakers: 'Speakers',
  themes: 'Themes',
  segments: 'How the session runs',
  minutes: (n: number) => `${n} min`,
  when: 'When',
  where: 'Where',
  fromTo: (day: string, start: string, end: string) => `${day}, ${start}–${end}`,
  addToCalendar: 'Add to your calendar (.ics)',
  feeds: 'Take the programme with you',
  icsFeed: 'Subscribe in your calendar (iCalendar)',
  jsonFeed: 'Programme data (JSON)',
  backToProgramme: 'Back to the programme',
  sessionsOfSpeaker: 'In the programme',
  sessionKinds: { workshop: 'Workshop', talk: 'Talk', plenary: 'Plenary', break: 'Break' } satisfies Record<SessionKind, string>,
  segmentKinds: {
    'framing-talk': 'Framing talk',
    'audience-reflection': 'Reflection with the audience',
    'inspiring-initiative': 'Inspiring initiative',
  } satisfies Record<SegmentKind, string>,
  calendarName: (title: string) => `${title} — programme`,
  releaseOf: (n: number) => `Programme version ${n}`,
  agendaCalendarName: (title: string) => `${title} — my agenda`,
}

const fr: typeof en = {
  programme: 'Programme',
  editionNavLabel: 'Dans cette édition',
  programmeOf: (title: string) => `Programme · ${title}`,
  intro:
    'Ateliers et conférences, jour par jour. Chaque atelier se construit avec le public : une intervention de cadrage, une réflexion avec la salle et une initiative inspirante.',
  empty: 'Le programme sera publié ici.',
  emptyForTheme: 'Aucune séance du programme n’est encore liée à ce thème.',
  timesIn: (offset: string) => `Tous les horaires sont à l’heure de Paris (Europe/Paris, ${offset}).`,
  timeZoneShort: 'heure de Paris',
  filterByTheme: 'Filtrer par thème',
  allThemes: 'Toutes les séances',
  themeFilterTitle: (theme: string) => `Programme : ${theme}`,
  room: 'Salle',
  seats: (n: number) => `${n} places`,
  speakers: 'Intervenants',
  themes: 'Thèmes',
  segments: 'Déroulé de la séance',
  minutes: (n: number) => `${n} min`,
  when: 'Quand',
  where: 'Où',
  fromTo: (day: string, start: string, end: string) => `${day}, ${start}–${end}`,
  addToCalendar: 'Ajouter à votre agenda (.ics)',
  feeds: 'Emporter le programme',
  icsFeed: 'S’abonner dans votre agenda (iCalendar)',
  jsonFeed: 'Données du programme (JSON)',
  backToProgramme: 'Retour au programme',
  sessionsOfSpeaker: 'Au programme',
  sessionKinds: { workshop: 'Atelier', talk: 'Conférence', plenary: 'Plénière', break: 'Pause' },
  segmentKinds: {
    'framing-talk': 'Intervention de cadrage',
    'audience-reflection': 'Réflexion avec le public',
    'inspiring-initiative': 'Initiative inspirante',
  },
  calendarName: (title: string) => `${title} — programme`,
  releaseOf: (n: number) => `Programme, version ${n}`,
  agendaCalendarName: (title: string) => `${title} — mon agenda`,
}

export type ProgrammeText = typeof en

export function programmeText(locale: Locale): ProgrammeText {
  return locale === 'fr' ? fr : en
}
