import type { Locale } from '../../platform/i18n'

const en = {
  heading: 'The call in numbers',
  intro: (total: number) => `${total} proposals were received by the call for proposals.`,
  byTheme: 'Proposals per theme',
  byThemeNote: 'A proposal may name several themes.',
  byFormat: 'Proposals per format',
  byCountry: 'Proposals per country',
  byCountryNote: 'The country was optional on the form.',
  noCountry: 'Not given',
  noListedTheme: 'Another theme, not in the list',
  group: 'Group',
  proposals: 'Proposals',
  accepted: (share: string, accepted: number) => `${share} accepted (${accepted} proposals).`,
  reviews: (perProposal: string) => `${perProposal} reviews per proposal on average.`,
  privacy: 'Groups of fewer than 5 proposals are counted together under “other”.',
  other: 'Other',
  formats: {
    'framing-talk': 'Framing talk',
    'audience-reflection': 'Reflection with the audience',
    'inspiring-initiative': 'Inspiring initiative',
  },
  number: (value: number, digits = 0) => value.toLocaleString('en-GB', { maximumFractionDigits: digits, minimumFractionDigits: digits }),
}

const fr: typeof en = {
  heading: 'L’appel en chiffres',
  intro: (total: number) => `L’appel à propositions a reçu ${total} propositions.`,
  byTheme: 'Propositions par thème',
  byThemeNote: 'Une proposition peut citer plusieurs thèmes.',
  byFormat: 'Propositions par format',
  byCountry: 'Propositions par pays',
  byCountryNote: 'Le pays était facultatif dans le formulaire.',
  noCountry: 'Non indiqué',
  noListedTheme: 'Un autre thème, hors de la liste',
  group: 'Groupe',
  proposals: 'Propositions',
  accepted: (share: string, accepted: number) => `${share} acceptées (${accepted} propositions).`,
  reviews: (perProposal: string) => `${perProposal} évaluations par proposition en moyenne.`,
  privacy: 'Les groupes de moins de 5 propositions sont comptés ensemble sous « autres ».',
  other: 'Autres',
  formats: {
    'framing-talk': 'Exposé de cadrage',
    'audience-reflection': 'Réflexion avec le public',
    'inspiring-initiative': 'Initiative inspirante',
  },
  number: (value: number, digits = 0) => value.toLocaleString('fr-FR', { maximumFractionDigits: digits, minimumFractionDigits: digits }),
}

export const numbersMessages = (locale: Locale) => (locale === 'fr' ? fr : en)
