/**
 * Texts of our own admin components, in the admin's two interface languages. Payload's own labels come
 * from its translations; these are the ones we add.
 */
export type AdminLanguage = 'en' | 'fr'

export function adminLanguage(language: string | undefined): AdminLanguage {
  return language === 'fr' ? 'fr' : 'en'
}

export const adminMessages = {
  en: {
    unsavedTitle: (from: string) => `Unsaved changes in ${from}`,
    unsavedBody: (from: string, to: string) =>
      `You changed this document in ${from} without saving. Switching to ${to} now would show your ${from} text in the ${to} fields. What should happen to your changes?`,
    saveDraftAndSwitch: 'Save draft and switch',
    saveAndSwitch: 'Save and switch',
    discardAndSwitch: 'Discard changes and switch',
    cancel: 'Cancel',
    notSaved: (count: number) => (count === 1 ? 'Not saved: one field needs a correction' : `Not saved: ${count} fields need a correction`),
    dismiss: 'Dismiss',
  },
  fr: {
    unsavedTitle: (from: string) => `Modifications non enregistrées en ${from}`,
    unsavedBody: (from: string, to: string) =>
      `Vous avez modifié ce document en ${from} sans l’enregistrer. Passer maintenant en ${to} afficherait votre texte ${from} dans les champs ${to}. Que faire de vos modifications ?`,
    saveDraftAndSwitch: 'Enregistrer le brouillon et changer',
    saveAndSwitch: 'Enregistrer et changer',
    discardAndSwitch: 'Abandonner les modifications et changer',
    cancel: 'Annuler',
    notSaved: (count: number) =>
      count === 1 ? 'Non enregistré : un champ est à corriger' : `Non enregistré : ${count} champs sont à corriger`,
    dismiss: 'Fermer',
  },
} as const
