export const LOCALES = ['en', 'fr'] as const
export type Locale = (typeof LOCALES)[number]
export const DEFAULT_LOCALE: Locale = 'en'

/** Each language in its own words: the admin's language options and the locale select fields. */
export const LOCALE_NAMES: Record<Locale, string> = { en: 'English', fr: 'Français' }

/** The options of a select field that picks a language. */
export const LOCALE_OPTIONS = LOCALES.map((value) => ({ label: LOCALE_NAMES[value], value }))

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value)
}

/** English lives at the root, French under /fr: the public path of a page in a locale. */
export function localePath(locale: Locale, path: string): string {
  const clean = path.startsWith('/') ? path : `/${path}`
  if (locale === DEFAULT_LOCALE) return clean
  return clean === '/' ? `/${locale}` : `/${locale}${clean}`
}

const en = {
  skipToContent: 'Skip to content',
  edition: 'Edition',
  editionOrdinal: (n: number) => `${n}${n === 1 ? 'st' : n === 2 ? 'nd' : n === 3 ? 'rd' : 'th'} edition`,
  theEdition: (year: number) => `The ${year} edition`,
  format: 'The format',
  callForProposals: 'Call for proposals',
  cfpOpenUntil: (date: string) => `Open until ${date} (Paris time).`,
  cfpClosed: (date: string) => `The call for proposals closed on ${date}.`,
  cfpWriteTo: 'Prefer email? Write to',
  suggestedThemes: 'Suggested themes',
  practicalInformation: 'Practical information',
  whenAndWhere: 'When & where',
  registration: 'Registration',
  registrationStates: { 'to-be-announced': 'To be announced', open: 'Open', closed: 'Closed' },
  qualityAndBalance: 'Quality & balance',
  scientificCommittee: 'Scientific committee',
  coordinator: 'Coordinator',
  perspectives: 'Perspectives',
  pastEdition: 'Past edition',
  pastEditionNotice: (year: number) => `You are reading the archive of the ${year} edition.`,
  seeCurrentEdition: 'See the current edition',
  noEdition: 'No edition is published yet.',
  switchLanguage: 'Français',
  switchLanguageLabel: 'Lire cette page en français',
  languageName: 'English',
  footer: 'Commons AI — a yearly conference on AI as a commons.',
  nav: { label: 'Main', edition: 'Current edition', editions: 'All editions', perspectives: 'Perspectives' },
  editionsTitle: 'All editions',
  editionsIntro: 'Every edition of Commons AI, the current one and the archives.',
  states: { upcoming: 'Upcoming', current: 'Current', past: 'Past edition' },
  datesToBeAnnounced: 'Dates to be announced',
  speakers: 'Speakers',
  noSpeakers: 'The speakers of this edition will be announced here.',
  committeeMembers: 'Members of the scientific committee',
  theme: 'Theme',
  backToEdition: (title: string) => `Back to ${title}`,
  relatedPerspectives: 'Related perspectives',
  seeAllThemes: 'All themes',
  links: 'Links',
  notFoundTitle: 'Page not found',
  notFoundText: 'There is no page at this address. It may have moved, or the address may be mistyped.',
  goHome: 'Go to the home page',
  errorTitle: 'Something went wrong',
  errorText: 'The page could not be shown. Please try again in a moment.',
  tryAgain: 'Try again',
  venue: 'Venue',
  dates: 'Dates',
  hostEvent: 'Host event',
}

const fr: typeof en = {
  skipToContent: 'Aller au contenu',
  edition: 'Édition',
  editionOrdinal: (n: number) => (n === 1 ? '1re édition' : `${n}e édition`),
  theEdition: (year: number) => `L’édition ${year}`,
  format: 'Le format',
  callForProposals: 'Appel à propositions',
  cfpOpenUntil: (date: string) => `Ouvert jusqu’au ${date} (heure de Paris).`,
  cfpClosed: (date: string) => `L’appel à propositions s’est clos le ${date}.`,
  cfpWriteTo: 'Vous préférez l’e-mail ? Écrivez à',
  suggestedThemes: 'Thèmes proposés',
  practicalInformation: 'Informations pratiques',
  whenAndWhere: 'Quand et où',
  registration: 'Inscription',
  registrationStates: { 'to-be-announced': 'À venir', open: 'Ouverte', closed: 'Close' },
  qualityAndBalance: 'Qualité et équilibre',
  scientificCommittee: 'Comité scientifique',
  coordinator: 'Coordination',
  perspectives: 'Perspectives',
  pastEdition: 'Édition passée',
  pastEditionNotice: (year: number) => `Vous consultez les archives de l’édition ${year}.`,
  seeCurrentEdition: 'Voir l’édition en cours',
  noEdition: 'Aucune édition n’est encore publiée.',
  switchLanguage: 'English',
  switchLanguageLabel: 'Read this page in English',
  languageName: 'Français',
  footer: 'Commons AI — une conférence annuelle sur l’IA comme commun.',
  nav: { label: 'Principale', edition: 'Édition en cours', editions: 'Toutes les éditions', perspectives: 'Perspectives' },
  editionsTitle: 'Toutes les éditions',
  editionsIntro: 'Toutes les éditions de Commons AI, l’édition en cours et les archives.',
  states: { upcoming: 'À venir', current: 'En cours', past: 'Édition passée' },
  datesToBeAnnounced: 'Dates à venir',
  speakers: 'Intervenantes et intervenants',
  noSpeakers: 'Les intervenantes et intervenants de cette édition seront annoncés ici.',
  committeeMembers: 'Membres du comité scientifique',
  theme: 'Thème',
  backToEdition: (title: string) => `Retour à ${title}`,
  relatedPerspectives: 'Perspectives liées',
  seeAllThemes: 'Tous les thèmes',
  links: 'Liens',
  notFoundTitle: 'Page introuvable',
  notFoundText: 'Il n’y a pas de page à cette adresse. Elle a peut-être été déplacée, ou l’adresse contient une erreur.',
  goHome: 'Aller à l’accueil',
  errorTitle: 'Une erreur est survenue',
  errorText: 'La page n’a pas pu être affichée. Réessayez dans un instant.',
  tryAgain: 'Réessayer',
  venue: 'Lieu',
  dates: 'Dates',
  hostEvent: 'Cadre',
}

export type Dictionary = typeof en
export function dictionary(locale: Locale): Dictionary {
  return locale === 'fr' ? fr : en
}

/** Shown to editors on localized collections: the admin shows a missing French text as an empty field. */
export const TRANSLATION_HINT =
  'Texts are in English and French (switch with the locale selector). A French field left empty shows the English text to visitors.'
