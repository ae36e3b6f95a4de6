import type { Locale } from '../../platform/i18n'
import type { CoSpeakerRole } from './fields'

const ROLE_WORDS: Record<Locale, Record<CoSpeakerRole, string>> = {
  en: {
    framing: 'the framing talk',
    reflection: 'the reflection with the audience',
    initiative: 'the inspiring initiative',
    other: 'a part',
  },
  fr: {
    framing: 'l’exposé de cadrage',
    reflection: 'la réflexion avec le public',
    initiative: 'l’initiative inspirante',
    other: 'une partie',
  },
}

export function roleWords(locale: Locale, role: CoSpeakerRole): string {
  return ROLE_WORDS[locale][role]
}

/** The invitation: who invites, to what, and the link to answer (which works for this address only). */
export function invitationEmail(
  locale: Locale,
  input: { inviter: string; invitee: string; title: string; role: CoSpeakerRole; link: string; days: number },
): { subject: string; text: string } {
  if (locale === 'fr') {
    return {
      subject: `${input.inviter} vous invite à intervenir avec elle ou lui · Commons AI`,
      text: [
        `Bonjour ${input.invitee},`,
        '',
        `${input.inviter} vous invite à rejoindre sa proposition « ${input.title} » pour Commons AI, pour ${roleWords('fr', input.role)}.`,
        '',
        'Acceptez ou déclinez ici :',
        input.link,
        '',
        `Ce lien est valable ${input.days} jours, et seulement pour cette adresse.`,
        '',
        'L’équipe Commons AI',
      ].join('\n'),
    }
  }
  return {
    subject: `${input.inviter} invites you to speak with them · Commons AI`,
    text: [
      `Dear ${input.invitee},`,
      '',
      `${input.inviter} invites you to join their proposal “${input.title}” for Commons AI, for ${roleWords('en', input.role)}.`,
      '',
      'Accept or decline here:',
      input.link,
      '',
      `This link is valid for ${input.days} days, and only for this address.`,
      '',
      'The Commons AI team',
    ].join('\n'),
  }
}
