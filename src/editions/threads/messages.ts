import type { Locale } from '../../platform/i18n'

const en = {
  heading: 'This theme across the years',
  earlier: 'Earlier',
  later: 'Later',
  sessions: 'Sessions',
  perspectives: 'Perspectives',
  nothingYet: 'No sessions or perspectives yet.',
}

const fr: typeof en = {
  heading: 'Ce thème au fil des éditions',
  earlier: 'Avant',
  later: 'Après',
  sessions: 'Sessions',
  perspectives: 'Perspectives',
  nothingYet: 'Pas encore de sessions ni de perspectives.',
}

export const threadMessages = (locale: Locale) => (locale === 'fr' ? fr : en)
