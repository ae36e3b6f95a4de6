import type { Locale } from '../../platform/i18n'
import type { FieldError, FieldName } from './submission'

/**
 * Every text of the call-for-proposals form, its errors and its answers, in English and French.
 * Plain data and functions only: the client form imports it too.
 */
const en = {
  submitAProposal: 'Submit a proposal',
  heading: 'Submit a proposal',
  pageTitle: (edition: string) => `Submit a proposal · ${edition}`,
  openUntil: (date: string) => `The call is open until ${date} (Paris time).`,
  requiredNote: 'Fields marked with an asterisk (*) are required.',
  required: 'required',
  contactHint: 'Questions, or rather send your proposal by email? Write to',
  legends: { you: 'About you', proposal: 'Your proposal', consent: 'Consent' },
  labels: {
    name: 'Name',
    email: 'Email',
    affiliation: 'Affiliation',
    country: 'Country',
    title: 'Title',
    abstract: 'Abstract',
    format: 'Format',
    themes: 'Themes',
    otherTheme: 'Your theme',
    durationWish: 'Preferred length',
    bio: 'Short bio',
    links: 'Links',
    consent: 'I agree to be contacted about this proposal and to have it stored for the selection of this edition.',
  } satisfies Record<FieldName, string>,
  hints: {
    email: 'We send the confirmation and the decision to this address.',
    affiliation: 'Organisation, community or institution, if any.',
    country: 'Optional: only counted, with others, in the call’s figures (countries with fewer than 5 proposals are merged).',
    abstract: 'Between 100 and 3,000 characters.',
    format: 'The part of the programme your proposal is for.',
    themes: 'One or more of the suggested themes, or another one.',
    bio: 'A few lines, up to 1,500 characters.',
    links: 'Up to 5 web addresses, one per line (website, publication, project…).',
  } as Partial<Record<FieldName, string>>,
  formatKinds: {
    'framing-talk': 'Framing talk',
    'audience-reflection': 'Reflection with the audience',
    'inspiring-initiative': 'Inspiring initiative',
  } as Record<string, string>,
  otherThemeOption: 'Another theme',
  noPreference: 'No preference',
  noCountry: 'Rather not say',
  durations: { '15': '15 minutes', '30': '30 minutes', '45': '45 minutes', '60+': '60 minutes or more', flexible: 'Flexible' },
  characters: (count: number) => `${count.toLocaleString('en-GB')} characters`,
  honeypotLabel: 'Leave this field empty',
  submit: 'Send my proposal',
  sending: 'Sending…',
  errorSummaryTitle: 'Your proposal was not sent yet',
  errorSummaryIntro: (count: number) =>
    count === 1 ? 'Please correct 1 field; everything you typed is kept.' : `Please correct ${count} fields; everything you typed is kept.`,
  errors: {
    required: {
      name: 'Enter your name.',
      email: 'Enter your email address.',
      title: 'Enter a title for your proposal.',
      abstract: 'Enter an abstract.',
      format: 'Choose a format.',
      otherTheme: 'Name your theme, or untick “Another theme”.',
      bio: 'Enter a short bio.',
      consent: 'Your consent is needed to store and review your proposal.',
    } as Partial<Record<FieldName, string>>,
    requiredGeneric: (label: string) => `${label} is required.`,
    tooShort: (label: string, min: number, length: number) =>
      `${label} must be at least ${min.toLocaleString('en-GB')} characters long (it has ${length.toLocaleString('en-GB')}).`,
    tooLong: (label: string, max: number, length: number) =>
      `${label} must be at most ${max.toLocaleString('en-GB')} characters long (it has ${length.toLocaleString('en-GB')}).`,
    invalidEmail: 'Enter a valid email address, e.g. name@example.org.',
    invalidChoice: (label: string) => `Choose one of the options offered for “${label}”.`,
    invalidUrl: (line: string) => `“${line}” is not a web address: start it with https:// or http://.`,
    tooMany: (label: string, max: number) => `${label}: at most ${max}.`,
  },
  refusals: {
    closed: (date: string) => `The call for proposals closed on ${date}. Proposals are no longer accepted.`,
    notYetOpen: (date: string) => `The call for proposals opens on ${date}. Please come back then.`,
    closedNoDate: 'The call for proposals of this edition is closed. Proposals are no longer accepted.',
    rateLimited: (minutes: number) =>
      `Too many proposals were sent from your address. Please wait ${minutes} minute${minutes === 1 ? '' : 's'} and try again.`,
    tooLarge: (kb: number) => `The proposal is too large (more than ${kb} KB). Please shorten it.`,
    honeypot: 'This submission looks automated and was not stored. If you are a person, leave the last field empty and try again.',
    badToken: 'The form is out of date. Please reload the page and send your proposal again.',
    unsupported: 'Send the form as application/x-www-form-urlencoded or multipart/form-data.',
    unknownEdition: 'There is no open call for proposals at this address.',
    serverError: 'Your proposal could not be stored because of an error on our side. Please try again in a moment.',
    invalid: 'Some fields need correcting:',
    backToForm: 'Back to the form',
  },
  closedTitle: 'The call for proposals is closed',
  closedNotice: (date: string) => `The call for proposals closed on ${date}.`,
  notYetOpenNotice: (date: string) => `The call for proposals opens on ${date} (Paris time).`,
  closedNoDate: 'The call for proposals of this edition is not open.',
  backToEdition: 'Back to the edition',
  confirmation: {
    title: 'Thank you, your proposal was received',
    reference: 'Your reference',
    text: 'Quote this reference in any message about your proposal. A confirmation has been sent to your email address; if it does not arrive within a few minutes, check your spam folder or write to us.',
    next: 'The scientific committee reviews every proposal after the deadline; you will hear from us by email.',
  },
}

export type CfpMessages = typeof en

const fr: CfpMessages = {
  submitAProposal: 'Proposer une contribution',
  heading: 'Proposer une contribution',
  pageTitle: (edition: string) => `Proposer une contribution · ${edition}`,
  openUntil: (date: string) => `L’appel est ouvert jusqu’au ${date} (heure de Paris).`,
  requiredNote: 'Les champs marqués d’un astérisque (*) sont obligatoires.',
  required: 'obligatoire',
  contactHint: 'Une question, ou vous préférez envoyer votre proposition par e-mail ? Écrivez à',
  legends: { you: 'À propos de vous', proposal: 'Votre proposition', consent: 'Consentement' },
  labels: {
    name: 'Nom',
    email: 'E-mail',
    affiliation: 'Affiliation',
    country: 'Pays',
    title: 'Titre',
    abstract: 'Résumé',
    format: 'Format',
    themes: 'Thèmes',
    otherTheme: 'Votre thème',
    durationWish: 'Durée souhaitée',
    bio: 'Courte biographie',
    links: 'Liens',
    consent: 'J’accepte d’être contacté·e au sujet de cette proposition et qu’elle soit conservée pour la sélection de cette édition.',
  },
  hints: {
    email: 'Nous envoyons la confirmation et la décision à cette adresse.',
    affiliation: 'Organisation, communauté ou institution, le cas échéant.',
    country:
      'Facultatif : seulement compté, avec d’autres, dans les chiffres de l’appel (les pays de moins de 5 propositions sont regroupés).',
    abstract: 'Entre 100 et 3 000 caractères.',
    format: 'La partie du programme à laquelle votre proposition s’adresse.',
    themes: 'Un ou plusieurs des thèmes proposés, ou un autre.',
    bio: 'Quelques lignes, 1 500 caractères au plus.',
    links: 'Jusqu’à 5 adresses web, une par ligne (site, publication, projet…).',
  },
  formatKinds: {
    'framing-talk': 'Intervention de cadrage',
    'audience-reflection': 'Réflexion avec le public',
    'inspiring-initiative': 'Initiative inspirante',
  },
  otherThemeOption: 'Un autre thème',
  noPreference: 'Pas de préférence',
  noCountry: 'Je préfère ne pas le dire',
  durations: { '15': '15 minutes', '30': '30 minutes', '45': '45 minutes', '60+': '60 minutes ou plus', flexible: 'Flexible' },
  characters: (count: number) => `${count.toLocaleString('fr-FR')} caractères`,
  honeypotLabel: 'Laissez ce champ vide',
  submit: 'Envoyer ma proposition',
  sending: 'Envoi…',
  errorSummaryTitle: 'Votre proposition n’est pas encore envoyée',
  errorSummaryIntro: (count: number) =>
    count === 1
      ? 'Corrigez 1 champ ; tout ce que vous avez saisi est conservé.'
      : `Corrigez ${count} champs ; tout ce que vous avez saisi est conservé.`,
  errors: {
    required: {
      name: 'Indiquez votre nom.',
      email: 'Indiquez votre adresse e-mail.',
      title: 'Donnez un titre à votre proposition.',
      abstract: 'Rédigez un résumé.',
      format: 'Choisissez un format.',
      otherTheme: 'Nommez votre thème, ou décochez « Un autre thème ».',
      bio: 'Rédigez une courte biographie.',
      consent: 'Votre consentement est nécessaire pour conserver et évaluer votre proposition.',
    },
    requiredGeneric: (label: string) => `${label} : champ obligatoire.`,
    tooShort: (label: string, min: number, length: number) =>
      `${label} : ${min.toLocaleString('fr-FR')} caractères au moins (actuellement ${length.toLocaleString('fr-FR')}).`,
    tooLong: (label: string, max: number, length: number) =>
      `${label} : ${max.toLocaleString('fr-FR')} caractères au plus (actuellement ${length.toLocaleString('fr-FR')}).`,
    invalidEmail: 'Indiquez une adresse e-mail valide, par exemple nom@example.org.',
    invalidChoice: (label: string) => `Choisissez l’une des options proposées pour « ${label} ».`,
    invalidUrl: (line: string) => `« ${line} » n’est pas une adresse web : commencez-la par https:// ou http://.`,
    tooMany: (label: string, max: number) => `${label} : ${max} au plus.`,
  },
  refusals: {
    closed: (date: string) => `L’appel à propositions s’est clos le ${date}. Les propositions ne sont plus acceptées.`,
    notYetOpen: (date: string) => `L’appel à propositions ouvre le ${date}. Revenez à cette date.`,
    closedNoDate: 'L’appel à propositions de cette édition est clos. Les propositions ne sont plus acceptées.',
    rateLimited: (minutes: number) =>
      `Trop de propositions ont été envoyées depuis votre adresse. Patientez ${minutes} minute${minutes === 1 ? '' : 's'} puis réessayez.`,
    tooLarge: (kb: number) => `La proposition est trop volumineuse (plus de ${kb} Ko). Raccourcissez-la.`,
    honeypot:
      'Cet envoi semble automatique et n’a pas été enregistré. Si vous êtes une personne, laissez le dernier champ vide et réessayez.',
    badToken: 'Le formulaire n’est plus à jour. Rechargez la page et envoyez à nouveau votre proposition.',
    unsupported: 'Envoyez le formulaire en application/x-www-form-urlencoded ou multipart/form-data.',
    unknownEdition: 'Il n’y a pas d’appel à propositions ouvert à cette adresse.',
    serverError: 'Votre proposition n’a pas pu être enregistrée à cause d’une erreur de notre côté. Réessayez dans un instant.',
    invalid: 'Certains champs sont à corriger :',
    backToForm: 'Retour au formulaire',
  },
  closedTitle: 'L’appel à propositions est clos',
  closedNotice: (date: string) => `L’appel à propositions s’est clos le ${date}.`,
  notYetOpenNotice: (date: string) => `L’appel à propositions ouvre le ${date} (heure de Paris).`,
  closedNoDate: 'L’appel à propositions de cette édition n’est pas ouvert.',
  backToEdition: 'Retour à l’édition',
  confirmation: {
    title: 'Merci, votre proposition a bien été reçue',
    reference: 'Votre référence',
    text: 'Rappelez cette référence dans tout message au sujet de votre proposition. Une confirmation a été envoyée à votre adresse e-mail ; si elle n’arrive pas d’ici quelques minutes, vérifiez vos courriers indésirables ou écrivez-nous.',
    next: 'Le comité scientifique examine chaque proposition après la date limite ; nous vous répondrons par e-mail.',
  },
}

export function cfpMessages(locale: Locale): CfpMessages {
  return locale === 'fr' ? fr : en
}

/** The message for one field error, in the reader's language. */
export function fieldErrorMessage(locale: Locale, field: FieldName, error: FieldError): string {
  const t = cfpMessages(locale)
  const label = t.labels[field]
  switch (error.code) {
    case 'required':
      return t.errors.required[field] ?? t.errors.requiredGeneric(label)
    case 'tooShort':
      return t.errors.tooShort(label, error.limit ?? 0, error.length ?? 0)
    case 'tooLong':
      return t.errors.tooLong(label, error.limit ?? 0, error.length ?? 0)
    case 'invalidEmail':
      return t.errors.invalidEmail
    case 'invalidChoice':
      return t.errors.invalidChoice(label)
    case 'invalidUrl':
      return t.errors.invalidUrl(error.value ?? '')
    case 'tooMany':
      return t.errors.tooMany(label, error.limit ?? 0)
  }
}
