import type { Locale } from '../../../platform/i18n'
import type { ProfileError, ProfileField } from './validate'

/** "My profile"'s words, en and fr. */
const en = {
  title: 'My profile',
  navLink: 'My profile',
  back: 'Back to my speaker space',
  intro: 'What the public speaker pages show about you. Your changes are live within seconds.',
  noSpeaker:
    'There is no speaker page for this address yet: it is made when a proposal of yours is accepted. Until then there is nothing to edit here.',
  draftNote: 'Your page is not public yet: the organisers publish it with the programme. Your changes are kept for then.',
  pendingNote:
    'The organisers are preparing changes to your page. Your edits cannot be saved until they publish or discard them; please try again later or write to them.',
  archivedNote: 'You spoke at archived editions only: this page is kept as it was, read only.',
  publicPage: 'See my public page',
  editions: 'Editions',
  labels: {
    name: 'Name',
    affiliationEn: 'Affiliation (English)',
    affiliationFr: 'Affiliation (French)',
    bioEn: 'Biography (English)',
    bioFr: 'Biography (French)',
    links: 'Links (https only)',
    linkLabel: 'Label',
    linkUrl: 'Address (https://…)',
    photo: 'New photo (JPEG, PNG, WebP or AVIF, at most 10 MB)',
    currentPhoto: 'Current photo',
    altEn: 'Description of the photo for people who cannot see it (English)',
    altFr: 'Description of the photo for people who cannot see it (French)',
  } satisfies Record<ProfileField | 'linkLabel' | 'linkUrl' | 'currentPhoto', string>,
  save: 'Save my profile',
  saved: 'Your profile is saved.',
  savedDraft: 'Your profile is saved; it will be public once the organisers publish your page.',
  invalid: 'Some fields need your attention.',
  notFound: 'There is no speaker page of yours at this address.',
  rateLimited: (minutes: number) => `Too many saves. Please try again in ${minutes} minute${minutes === 1 ? '' : 's'}.`,
  error: (error: ProfileError): string => {
    switch (error.code) {
      case 'required':
        return 'This field is required.'
      case 'tooLong':
        return `At most ${error.limit} characters.`
      case 'tooMany':
        return `At most ${error.limit} links.`
      case 'linkUrl':
        return `Link ${error.row}: enter a full address starting with https://.`
      case 'linkLabel':
        return `Link ${error.row}: give it a label (at most 80 characters).`
      case 'photoTooLarge':
        return `The photo is larger than ${error.limitMb} MB: export it smaller.`
      case 'photoRefused':
        return error.detail
    }
  },
}

type Messages = typeof en

const fr: Messages = {
  title: 'Mon profil',
  navLink: 'Mon profil',
  back: 'Retour à mon espace intervenant',
  intro: 'Ce que les pages publiques des intervenants disent de vous. Vos modifications sont en ligne en quelques secondes.',
  noSpeaker:
    "Il n'y a pas encore de page intervenant pour cette adresse : elle est créée quand l'une de vos propositions est acceptée. D'ici là, il n'y a rien à modifier ici.",
  draftNote: "Votre page n'est pas encore publique : l'équipe la publie avec le programme. Vos modifications seront prises en compte.",
  pendingNote:
    "L'équipe prépare des modifications de votre page. Vos changements ne peuvent pas être enregistrés avant qu'elle les publie ou les abandonne ; réessayez plus tard ou écrivez-lui.",
  archivedNote: 'Vous êtes intervenu·e lors d’éditions archivées uniquement : cette page est conservée telle quelle, en lecture seule.',
  publicPage: 'Voir ma page publique',
  editions: 'Éditions',
  labels: {
    name: 'Nom',
    affiliationEn: 'Structure (anglais)',
    affiliationFr: 'Structure (français)',
    bioEn: 'Biographie (anglais)',
    bioFr: 'Biographie (français)',
    links: 'Liens (https uniquement)',
    linkLabel: 'Intitulé',
    linkUrl: 'Adresse (https://…)',
    photo: 'Nouvelle photo (JPEG, PNG, WebP ou AVIF, 10 Mo au plus)',
    currentPhoto: 'Photo actuelle',
    altEn: 'Description de la photo pour les personnes qui ne la voient pas (anglais)',
    altFr: 'Description de la photo pour les personnes qui ne la voient pas (français)',
  },
  save: 'Enregistrer mon profil',
  saved: 'Votre profil est enregistré.',
  savedDraft: "Votre profil est enregistré ; il sera public quand l'équipe publiera votre page.",
  invalid: 'Certains champs sont à corriger.',
  notFound: "Aucune page intervenant à vous n'existe à cette adresse.",
  rateLimited: (minutes: number) => `Trop d'enregistrements. Réessayez dans ${minutes} minute${minutes === 1 ? '' : 's'}.`,
  error: (error: ProfileError): string => {
    switch (error.code) {
      case 'required':
        return 'Ce champ est obligatoire.'
      case 'tooLong':
        return `${error.limit} caractères au plus.`
      case 'tooMany':
        return `${error.limit} liens au plus.`
      case 'linkUrl':
        return `Lien ${error.row} : saisissez une adresse complète commençant par https://.`
      case 'linkLabel':
        return `Lien ${error.row} : donnez-lui un intitulé (80 caractères au plus).`
      case 'photoTooLarge':
        return `La photo dépasse ${error.limitMb} Mo : exportez-la plus petite.`
      case 'photoRefused':
        return "Ce fichier n'est pas accepté : seules les images JPEG, PNG, WebP ou AVIF dont le nom correspond au contenu le sont (pas de SVG)."
    }
  },
}

export function profileMessages(locale: Locale): Messages {
  return locale === 'fr' ? fr : en
}
