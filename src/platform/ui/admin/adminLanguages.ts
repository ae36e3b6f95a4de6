import type { Config } from 'payload'
import { en } from '@payloadcms/translations/languages/en'
import { fr } from '@payloadcms/translations/languages/fr'

/**
 * The admin's own languages: English, and French for editors who choose it in their account
 * (Payload keeps the choice per browser). Our labels are `{ en, fr }` in the collections; here only
 * Payload's words we change: an empty list cell reads "—" instead of "<No Average score>".
 */
export const adminLanguages: NonNullable<Config['i18n']> = {
  supportedLanguages: { en, fr },
  fallbackLanguage: 'en',
  translations: {
    en: { general: { noLabel: '—' } },
    fr: { general: { noLabel: '—' } },
  },
}
