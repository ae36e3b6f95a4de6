import type { GlobalConfig } from 'payload'

import { anyone, isEditorOrAdmin } from '../platform/access'
import { emailField, urlField } from '../platform/fields/common'
import { revalidateSiteSettings } from './revalidateEdition'
import { LOCALE_OPTIONS } from '../platform/i18n'
import { validPeertubeHosts } from '../programme/after/recording'

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
      name: 'peertubeHosts',
      type: 'textarea',
      label: 'PeerTube instances',
      maxLength: 2000,
      validate: validPeertubeHosts,
      admin: {
        description:
          'One host a line (e.g. peertube.example.org). Session recordings on these instances are played on the page; YouTube and Vimeo are always allowed.',
      },
    },
    {
      name: 'defaultLocale',
      type: 'select',
      defaultValue: 'en',
      options: LOCALE_OPTIONS,
    },
  ],
}
