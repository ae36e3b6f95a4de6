import type { Locale } from '../../platform/i18n'

const en = {
  title: 'My agenda',
  intro:
    'Tick the sessions you want to attend and save: you get a personal link and a calendar feed that follows every new version of the programme. No account, no name, no address: only the list of sessions is kept, under a random link. Keep the link to change your choice later.',
  save: 'Save my agenda',
  update: 'Update my agenda',
  empty: 'Tick at least one session to make an agenda.',
  noSessions: 'The programme has no session yet.',
  yourLink: 'Your personal link (bookmark it: it is the only way back to this agenda)',
  subscribe: 'Subscribe in your calendar (iCalendar)',
  subscribeHint: 'Your calendar updates itself when a session moves.',
  chosen: 'Your sessions',
  change: 'Change your sessions',
  none: 'None of your sessions is in the programme any more.',
  makeAgenda: 'Make my own agenda',
  rateLimitedTitle: 'Too many saves',
  rateLimited: (minutes: number) =>
    `This agenda form was saved too many times from your connection. Your agenda is not lost: try again in ${minutes} minute${minutes === 1 ? '' : 's'}.`,
  backToForm: 'Back to the agenda form',
}

const fr: typeof en = {
  title: 'Mon agenda',
  intro:
    'Cochez les séances auxquelles vous voulez assister et enregistrez : vous obtenez un lien personnel et un flux d’agenda qui suit chaque nouvelle version du programme. Pas de compte, ni nom ni adresse : seule la liste des séances est conservée, sous un lien aléatoire. Gardez le lien pour modifier votre choix plus tard.',
  save: 'Enregistrer mon agenda',
  update: 'Mettre à jour mon agenda',
  empty: 'Cochez au moins une séance pour créer un agenda.',
  noSessions: 'Le programme n’a encore aucune séance.',
  yourLink: 'Votre lien personnel (gardez-le : c’est le seul moyen de retrouver cet agenda)',
  subscribe: 'S’abonner dans votre agenda (iCalendar)',
  subscribeHint: 'Votre agenda se met à jour quand une séance change d’horaire ou de salle.',
  chosen: 'Vos séances',
  change: 'Modifier vos séances',
  none: 'Aucune de vos séances n’est plus au programme.',
  makeAgenda: 'Composer mon agenda',
  rateLimitedTitle: 'Trop d’enregistrements',
  rateLimited: (minutes: number) =>
    `Ce formulaire d’agenda a été enregistré trop de fois depuis votre connexion. Votre agenda n’est pas perdu : réessayez dans ${minutes} minute${minutes === 1 ? '' : 's'}.`,
  backToForm: 'Revenir au formulaire d’agenda',
}

export function agendaText(locale: Locale): typeof en {
  return locale === 'fr' ? fr : en
}
