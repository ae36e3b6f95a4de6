import type { Locale } from '../../platform/i18n'

/** The words of confirming participation in the speaker space, en and fr. */
const en = {
  heading: 'Your participation',
  ask: 'The proposal is accepted. Please confirm that you will take part, or tell us you cannot.',
  askBy: (date: string) => `The proposal is accepted. Please confirm that you will take part, or tell us you cannot, by ${date}.`,
  confirm: 'I confirm my participation',
  decline: 'I cannot take part',
  responses: { waiting: 'Not answered yet', confirmed: 'Confirmed', declined: 'Declined' },
  yourAnswer: 'Your answer',
  saved: { confirmed: 'Thank you: your participation is confirmed.', declined: 'Your answer is recorded: you will not take part.' },
  late: (date: string) => `Answers closed on ${date}. Please write to the organisers.`,
  notAccepted: 'There is nothing to confirm for this proposal.',
  invalid: 'Choose to confirm or to decline.',
}

type ConfirmationMessages = typeof en

const fr: ConfirmationMessages = {
  heading: 'Votre participation',
  ask: 'La proposition est acceptée. Merci de confirmer votre participation, ou de nous dire que vous ne pourrez pas venir.',
  askBy: (date: string) =>
    `La proposition est acceptée. Merci de confirmer votre participation, ou de nous dire que vous ne pourrez pas venir, d’ici le ${date}.`,
  confirm: 'Je confirme ma participation',
  decline: 'Je ne pourrai pas participer',
  responses: { waiting: 'Pas encore de réponse', confirmed: 'Confirmée', declined: 'Déclinée' },
  yourAnswer: 'Votre réponse',
  saved: { confirmed: 'Merci : votre participation est confirmée.', declined: 'Votre réponse est enregistrée : vous ne participerez pas.' },
  late: (date: string) => `Les réponses étaient attendues jusqu’au ${date}. Écrivez aux organisateurs.`,
  notAccepted: 'Il n’y a rien à confirmer pour cette proposition.',
  invalid: 'Choisissez de confirmer ou de décliner.',
}

export function confirmationMessages(locale: Locale): ConfirmationMessages {
  return locale === 'fr' ? fr : en
}
