import { lexicalEditor } from '@payloadcms/richtext-lexical'
import type { EmailField, Field, RelationshipField } from 'payload'

import { isValidEmail, isValidHttpUrl } from '../text/validation'

/** A label in one language, or in each admin language ({ en, fr }). */
type StaticLabel = string | Record<string, string>

/** Localized rich text edited with Lexical; rendered by our own components, never as raw HTML. */
export function richTextField(name: string, options: { label?: StaticLabel; required?: boolean } = {}): Field {
  return {
    name,
    type: 'richText',
    localized: true,
    editor: lexicalEditor({}),
    ...(options.label ? { label: options.label } : {}),
    ...(options.required ? { required: true } : {}),
  }
}

/** The edition a document belongs to. */
export function editionField(options: { required?: boolean; sidebar?: boolean } = {}): RelationshipField {
  return {
    name: 'edition',
    type: 'relationship',
    label: { en: 'Edition', fr: 'Édition' },
    relationTo: 'editions',
    required: options.required ?? true,
    index: true,
    admin: options.sidebar === false ? {} : { position: 'sidebar' },
  }
}

export function emailField(
  name: string,
  options: { label?: StaticLabel; required?: boolean; access?: EmailField['access'] } = {},
): EmailField {
  return {
    name,
    type: 'email',
    ...(options.label ? { label: options.label } : {}),
    required: options.required ?? false,
    ...(options.access ? { access: options.access } : {}),
    validate: (value: unknown) => {
      if (value === undefined || value === null || value === '') {
        return options.required ? 'An email address is required.' : true
      }
      return isValidEmail(String(value)) ? true : 'Enter a valid email address, e.g. name@example.org.'
    },
  }
}

export function urlField(name: string, options: { label?: StaticLabel; required?: boolean } = {}): Field {
  return {
    name,
    type: 'text',
    ...(options.label ? { label: options.label } : {}),
    required: options.required ?? false,
    validate: (value: unknown) => {
      if (value === undefined || value === null || value === '') {
        return options.required ? 'A web address is required.' : true
      }
      return isValidHttpUrl(String(value)) ? true : 'Enter a full web address starting with https:// or http://.'
    },
  }
}

/** Labelled external links (personal site, publication, repository…). */
export function linksField(name = 'links'): Field {
  return {
    name,
    type: 'array',
    maxRows: 10,
    label: { en: 'Links', fr: 'Liens' },
    labels: { singular: { en: 'Link', fr: 'Lien' }, plural: { en: 'Links', fr: 'Liens' } },
    fields: [
      { name: 'label', type: 'text', label: { en: 'Label', fr: 'Libellé' }, required: true, maxLength: 80 },
      urlField('url', { label: { en: 'URL', fr: 'URL' }, required: true }),
    ],
  }
}

/** Search-engine and social-card overrides; empty fields fall back to the document's own text. */
export function seoField(): Field {
  return {
    name: 'seo',
    type: 'group',
    label: 'SEO',
    admin: { description: 'Optional: overrides the title and description used by search engines and social cards.' },
    fields: [
      { name: 'title', type: 'text', localized: true, maxLength: 70 },
      { name: 'description', type: 'textarea', localized: true, maxLength: 160 },
      { name: 'image', type: 'upload', relationTo: 'media' },
    ],
  }
}

export function themesField(options: { sameEditionAs?: 'edition' } = {}): RelationshipField {
  return {
    name: 'themes',
    type: 'relationship',
    label: { en: 'Themes', fr: 'Thèmes' },
    relationTo: 'themes',
    hasMany: true,
    // Perspectives are listed by theme (themes in [...]).
    index: true,
    ...(options.sameEditionAs
      ? {
          filterOptions: ({ data }) => {
            const edition = (data as { edition?: unknown } | undefined)?.edition
            return edition ? { edition: { equals: edition } } : true
          },
        }
      : {}),
  }
}
