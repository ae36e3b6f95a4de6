import type { Locale } from '../../platform/i18n'

/**
 * The decision emails' texts, en and fr. They are only a starting point: editors review and edit the
 * prepared subject and body on the proposal before sending. No dates, venues or promises beyond the
 * decision itself: those belong to the editors' follow-up.
 */
export const DECISION_KINDS = ['accept', 'decline', 'waitlist'] as const
export type DecisionKind = (typeof DECISION_KINDS)[number]

export type DecisionEmailFacts = {
  name: string
  title: string
  reference: string
  editionTitle: string
  year: number | string
  contactEmail?: string | null
}

type Template = (facts: DecisionEmailFacts) => { subject: string; body: string }

const contactLine = {
  en: (facts: DecisionEmailFacts) =>
    facts.contactEmail ? `If you have any question, write to ${facts.contactEmail}.` : 'If you have any question, reply to this email.',
  fr: (facts: DecisionEmailFacts) =>
    facts.contactEmail ? `Pour toute question, écrivez à ${facts.contactEmail}.` : 'Pour toute question, répondez à ce message.',
}

const TEMPLATES: Record<Locale, Record<DecisionKind, Template>> = {
  en: {
    accept: (f) => ({
      subject: `Your proposal to ${f.editionTitle} is accepted (${f.reference})`,
      body: [
        `Dear ${f.name},`,
        '',
        `We are glad to tell you that your proposal “${f.title}” (${f.reference}) has been accepted for ${f.editionTitle}.`,
        'We will write to you shortly about the day, the time and the format of your session.',
        '',
        contactLine.en(f),
        '',
        'The Commons AI programme committee',
      ].join('\n'),
    }),
    decline: (f) => ({
      subject: `Your proposal to ${f.editionTitle} (${f.reference})`,
      body: [
        `Dear ${f.name},`,
        '',
        `Thank you for proposing “${f.title}” (${f.reference}) for ${f.editionTitle}.`,
        'We received many more proposals than the programme can hold, and we are sorry that we cannot include yours this year.',
        'We hope to see you at the conference and to read your proposals again.',
        '',
        contactLine.en(f),
        '',
        'The Commons AI programme committee',
      ].join('\n'),
    }),
    waitlist: (f) => ({
      subject: `Your proposal to ${f.editionTitle} is on our waiting list (${f.reference})`,
      body: [
        `Dear ${f.name},`,
        '',
        `Thank you for proposing “${f.title}” (${f.reference}) for ${f.editionTitle}.`,
        'The programme is full for now, but we liked your proposal and have put it on our waiting list.',
        'If a place opens, we will write to you; there is nothing you need to do meanwhile.',
        '',
        contactLine.en(f),
        '',
        'The Commons AI programme committee',
      ].join('\n'),
    }),
  },
  fr: {
    accept: (f) => ({
      subject: `Votre proposition pour ${f.editionTitle} est acceptée (${f.reference})`,
      body: [
        `Bonjour ${f.name},`,
        '',
        `Nous avons le plaisir de vous annoncer que votre proposition « ${f.title} » (${f.reference}) est acceptée pour ${f.editionTitle}.`,
        'Nous vous écrirons prochainement au sujet du jour, de l’horaire et du format de votre intervention.',
        '',
        contactLine.fr(f),
        '',
        'Le comité de programme de Commons AI',
      ].join('\n'),
    }),
    decline: (f) => ({
      subject: `Votre proposition pour ${f.editionTitle} (${f.reference})`,
      body: [
        `Bonjour ${f.name},`,
        '',
        `Merci d’avoir proposé « ${f.title} » (${f.reference}) pour ${f.editionTitle}.`,
        'Nous avons reçu bien plus de propositions que le programme ne peut en accueillir et nous regrettons de ne pas pouvoir retenir la vôtre cette année.',
        'Nous espérons vous voir à la conférence et vous relire à l’avenir.',
        '',
        contactLine.fr(f),
        '',
        'Le comité de programme de Commons AI',
      ].join('\n'),
    }),
    waitlist: (f) => ({
      subject: `Votre proposition pour ${f.editionTitle} est sur liste d’attente (${f.reference})`,
      body: [
        `Bonjour ${f.name},`,
        '',
        `Merci d’avoir proposé « ${f.title} » (${f.reference}) pour ${f.editionTitle}.`,
        'Le programme est complet pour l’instant, mais votre proposition nous a plu : elle est sur notre liste d’attente.',
        'Si une place se libère, nous vous écrirons ; vous n’avez rien à faire d’ici là.',
        '',
        contactLine.fr(f),
        '',
        'Le comité de programme de Commons AI',
      ].join('\n'),
    }),
  },
}

export function decisionEmailText(kind: DecisionKind, locale: Locale, facts: DecisionEmailFacts): { subject: string; body: string } {
  return TEMPLATES[locale][kind](facts)
}

/** The email a proposal status calls for, if any. */
export function decisionKindFor(status: unknown): DecisionKind | null {
  if (status === 'accepted') return 'accept'
  if (status === 'rejected') return 'decline'
  if (status === 'waitlisted') return 'waitlist'
  return null
}
