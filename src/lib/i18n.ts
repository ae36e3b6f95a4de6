export const LOCALES = ['en', 'fr'] as const
export type Locale = (typeof LOCALES)[number]
export const DEFAULT_LOCALE: Locale = 'en'

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
  languageName: 'English',
  footer: 'Commons AI — a yearly conference on AI as a commons.',
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
  languageName: 'Français',
  footer: 'Commons AI — une conférence annuelle sur l’IA comme commun.',
}

export type Dictionary = typeof en
export function dictionary(locale: Locale): Dictionary {
  return locale === 'fr' ? fr : en
}
