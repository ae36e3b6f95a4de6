import type { Locale } from '../../platform/i18n'

const en = {
  title: 'Now and next',
  now: 'Now',
  next: 'Next',
  nothingNow: 'Nothing right now',
  nothingNext: 'Nothing after this',
  everyone: 'Everyone',
  empty: 'The programme is not published yet.',
  before: (days: string) => `The event has not started yet: it runs on ${days}. Here is what opens it.`,
  after: (days: string) => `The event is over: it ran on ${days}. Thank you for coming!`,
  asOf: (time: string) => `At ${time}, Paris time.`,
  fullProgramme: 'The whole programme',
  markNow: 'Now',
}

const fr: typeof en = {
  title: 'En ce moment',
  now: 'Maintenant',
  next: 'Ensuite',
  nothingNow: 'Rien en ce moment',
  nothingNext: 'Plus rien ensuite',
  everyone: 'Tout le monde',
  empty: 'Le programme n’est pas encore publié.',
  before: (days: string) => `L’événement n’a pas encore commencé : il a lieu ${days}. Voici ce qui l’ouvre.`,
  after: (days: string) => `L’événement est terminé : il a eu lieu ${days}. Merci d’être venus !`,
  asOf: (time: string) => `À ${time}, heure de Paris.`,
  fullProgramme: 'Tout le programme',
  markNow: 'En cours',
}

export function nowText(locale: Locale): typeof en {
  return locale === 'fr' ? fr : en
}
