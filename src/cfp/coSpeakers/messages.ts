import type { Locale } from '../../platform/i18n'

const en = {
  people: 'People',
  submitter: 'submitter',
  roles: { framing: 'Framing', reflection: 'Reflection', initiative: 'Initiative', other: 'Other' },
  statuses: { invited: 'invited', accepted: 'accepted', declined: 'declined' },
  invite: 'Invite a co-speaker',
  name: 'Name',
  email: 'Email address',
  role: 'Role in the session',
  send: 'Send the invitation',
  invited: 'The invitation is on its way.',
  signInFirst: 'Your session has ended. Please sign in again.',
  notFound: 'There is no proposal of yours at this address.',
  archived: 'This edition is archived: the proposal is read only.',
  final: 'This proposal is withdrawn or decided: no one can be invited any more.',
  back: 'Back to the proposal',
  errors: {
    required: 'Please fill in the name, a valid address and the role.',
    invalid: 'This address or name is not valid.',
    duplicate: 'This person is already part of the proposal.',
    tooMany: 'A proposal has at most five co-speakers.',
  },
  link: {
    title: 'An invitation to speak at Commons AI',
    text: (inviter: string, title: string, role: string) => `${inviter} invites you to join the proposal “${title}” for ${role}.`,
    accept: 'Accept',
    decline: 'Decline',
    accepted: 'You are now part of the proposal.',
    declined: 'You declined the invitation. Thank you for answering.',
    invalid: 'This invitation link is not valid.',
    expired: 'This invitation has expired. Ask the person who invited you to invite you again.',
    answered: 'This invitation was already answered.',
    otherEmail: 'This invitation was sent to another address. Sign out, then open the link again.',
  },
}

export type CoSpeakerMessages = typeof en

const fr: CoSpeakerMessages = {
  people: 'Intervenants',
  submitter: 'auteur·e de la proposition',
  roles: { framing: 'Cadrage', reflection: 'Réflexion', initiative: 'Initiative', other: 'Autre' },
  statuses: { invited: 'invité·e', accepted: 'a accepté', declined: 'a décliné' },
  invite: 'Inviter un·e co-intervenant·e',
  name: 'Nom',
  email: 'Adresse e-mail',
  role: 'Rôle dans la session',
  send: 'Envoyer l’invitation',
  invited: 'L’invitation est en route.',
  signInFirst: 'Votre session a pris fin. Connectez-vous de nouveau.',
  notFound: 'Vous n’avez pas de proposition à cette adresse.',
  archived: 'Cette édition est archivée : la proposition est en lecture seule.',
  final: 'Cette proposition est retirée ou décidée : on ne peut plus inviter personne.',
  back: 'Retour à la proposition',
  errors: {
    required: 'Indiquez le nom, une adresse valide et le rôle.',
    invalid: 'Cette adresse ou ce nom n’est pas valide.',
    duplicate: 'Cette personne fait déjà partie de la proposition.',
    tooMany: 'Une proposition compte au plus cinq co-intervenant·es.',
  },
  link: {
    title: 'Une invitation à intervenir à Commons AI',
    text: (inviter: string, title: string, role: string) => `${inviter} vous invite à rejoindre la proposition « ${title} » pour ${role}.`,
    accept: 'Accepter',
    decline: 'Décliner',
    accepted: 'Vous faites maintenant partie de la proposition.',
    declined: 'Vous avez décliné l’invitation. Merci de votre réponse.',
    invalid: 'Ce lien d’invitation n’est pas valide.',
    expired: 'Cette invitation a expiré. Demandez à la personne qui vous a invité·e de recommencer.',
    answered: 'Cette invitation a déjà reçu une réponse.',
    otherEmail: 'Cette invitation a été envoyée à une autre adresse. Déconnectez-vous, puis rouvrez le lien.',
  },
}

export function coSpeakerMessages(locale: Locale): CoSpeakerMessages {
  return locale === 'fr' ? fr : en
}
