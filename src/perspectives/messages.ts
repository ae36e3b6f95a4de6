import type { Locale } from '../platform/i18n'

/** The words of the perspectives pages, in English and French (kept apart from src/platform/i18n/index.ts). */
const en = {
  title: 'Perspectives',
  intro: 'Readings and talk summaries that feed the themes of the conference.',
  kinds: { reading: 'Reading', 'talk-summary': 'Talk summary' },
  filterLabel: 'Filter by theme',
  allThemes: 'All themes',
  byTheme: (theme: string) => `Perspectives on “${theme}”`,
  count: (n: number) => (n === 1 ? '1 perspective' : `${n} perspectives`),
  none: 'No perspective is published yet.',
  noneForTheme: 'No perspective is published on this theme yet.',
  undated: 'Undated',
  by: 'By',
  with: 'With',
  bodyHeading: { reading: 'The text', 'talk-summary': 'The discussion' },
  published: 'Published',
  peopleNamed: 'People named in the source',
  peopleNamedNote: 'As the source names them; they are not Commons AI speakers.',
  source: 'Source',
  summary: 'Summary',
  themes: 'Themes',
  themeOfEdition: (year: number) => `${year} edition`,
  backToList: 'All perspectives',
  fromTheSession: 'From the session',
  readMore: (title: string) => `Read “${title}”`,
}

const fr: typeof en = {
  title: 'Perspectives',
  intro: 'Lectures et synthèses d’interventions qui nourrissent les thèmes de la conférence.',
  kinds: { reading: 'Lecture', 'talk-summary': 'Synthèse d’intervention' },
  filterLabel: 'Filtrer par thème',
  allThemes: 'Tous les thèmes',
  byTheme: (theme: string) => `Perspectives sur « ${theme} »`,
  count: (n: number) => (n <= 1 ? `${n} perspective` : `${n} perspectives`),
  none: 'Aucune perspective n’est encore publiée.',
  noneForTheme: 'Aucune perspective n’est encore publiée sur ce thème.',
  undated: 'Non datée',
  by: 'Par',
  with: 'Avec',
  bodyHeading: { reading: 'Le texte', 'talk-summary': 'La discussion' },
  published: 'Publiée le',
  peopleNamed: 'Personnes citées dans la source',
  peopleNamedNote: 'Telles que la source les nomme ; ce ne sont pas des intervenantes ou intervenants de Commons AI.',
  source: 'Source',
  summary: 'Résumé',
  themes: 'Thèmes',
  themeOfEdition: (year: number) => `édition ${year}`,
  backToList: 'Toutes les perspectives',
  fromTheSession: 'Issue de la séance',
  readMore: (title: string) => `Lire « ${title} »`,
}

export type PerspectivesText = typeof en

export function perspectivesText(locale: Locale): PerspectivesText {
  return locale === 'fr' ? fr : en
}
