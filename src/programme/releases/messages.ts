import type { Locale } from '../../platform/i18n'

/** The changelog's words, en/fr. */
const en = {
  title: 'Programme changes',
  intro: 'Every published version of the programme and what it changed, newest first. Times are Paris time.',
  none: 'No version of the programme has been published yet.',
  version: (n: number) => `Version ${n}`,
  linkFromProgramme: 'What changed in the programme',
  currentVersion: (n: number) => `This is version ${n} of the programme.`,
}

const fr: typeof en = {
  title: 'Modifications du programme',
  intro: 'Chaque version publiée du programme et ce qu’elle a changé, de la plus récente à la plus ancienne. Horaires à l’heure de Paris.',
  none: 'Aucune version du programme n’a encore été publiée.',
  version: (n: number) => `Version ${n}`,
  linkFromProgramme: 'Ce qui a changé dans le programme',
  currentVersion: (n: number) => `Ceci est la version ${n} du programme.`,
}

export function releasesText(locale: Locale): typeof en {
  return locale === 'fr' ? fr : en
}
