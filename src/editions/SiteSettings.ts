import type { GlobalConfig } from 'payload'

import { anyone, isEditorOrAdmin } from '../platform/access'
import { emailField, urlField } from '../platform/fields/common'
import { revalidateSiteSettings } from './revalidateEdition'
import { LOCALE_OPTIONS } from '../platform/i18n'

export const SiteSettings: GlobalConfig = {
  slug: 'site-settings',
  label: { en: 'Site settings', fr: 'Réglages du site' },
  admin: { group: { en: 'Admin', fr: 'Administration' } },
  access: { read: anyone, update: isEditorOrAdmin },
  hooks: { afterChange: [revalidateSiteSettings] },
  fields: [
    {
      name: 'currentEdition',
      type: 'relationship',
      relationTo: 'editions',
      admin: { description: 'The edition shown on the home page.' },
    },
    { name: 'siteName', type: 'text', required: true, defaultValue: 'Commons AI', maxLength: 60 },
    { name: 'description', type: 'textarea', localized: true, maxLength: 300 },
    emailField('contactEmail', { label: 'Contact email' }),
    urlField('newsletterUrl', { label: 'Newsletter sign-up URL' }),
    {
      name: 'socialLinks',
      type: 'array',
      maxRows: 10,
      fields: [{ name: 'label', type: 'text', required: true, maxLength: 40 }, urlField('url', { required: true })],
    },
    {
      name: 'defaultLocale',
      type: 'select',
      defaultValue: 'en',
      options: LOCALE_OPTIONS,
    },
  ],
}
