import type { Locale } from '../../platform/i18n'

/** The sign-in email: the link, how long it lasts, and what to do if it was not you. */
export function signInEmail(locale: Locale, link: string, minutes: number): { subject: string; text: string } {
  if (locale === 'fr') {
    return {
      subject: 'Votre lien de connexion · Espace intervenant Commons AI',
      text: [
        'Bonjour,',
        '',
        'Voici votre lien pour ouvrir votre espace intervenant :',
        link,
        '',
        `Il fonctionne une seule fois, pendant ${minutes} minutes, et seulement pour cette adresse.`,
        'Si vous n’avez rien demandé, ignorez ce message : personne ne peut l’utiliser sans votre boîte mail.',
        '',
        'L’équipe Commons AI',
      ].join('\n'),
    }
  }
  return {
    subject: 'Your sign-in link · Commons AI speaker space',
    text: [
      'Hello,',
      '',
      'Here is your link to open your speaker space:',
      link,
      '',
      `It works once, for ${minutes} minutes, and only for this address.`,
      'If you did not ask for it, ignore this message: nobody can use it without your mailbox.',
      '',
      'The Commons AI team',
    ].join('\n'),
  }
}
