import type { CollectionConfig } from 'payload'

import { anyone, isEditorOrAdmin, readWrite } from '../platform/access'
import { checkUpload } from './checkUpload'
import { answerMissingFile } from './missingFile'

/** Raster images only: SVG can carry scripts, so it is refused rather than sanitised (src/media/rules.ts). */
const ALLOWED_IMAGE_TYPES = ['image/jpeg', 'image/png', 'image/webp', 'image/avif'] as const

export const Media: CollectionConfig = {
  slug: 'media',
  labels: { singular: { en: 'Media file', fr: 'Fichier média' }, plural: { en: 'Media', fr: 'Médias' } },
  admin: {
    useAsTitle: 'alt',
    defaultColumns: ['filename', 'alt', 'mimeType', 'filesize', 'updatedAt'],
    group: { en: 'Content', fr: 'Contenus' },
  },
  access: readWrite(anyone, isEditorOrAdmin),
  hooks: { beforeOperation: [checkUpload] },
  upload: {
    staticDir: 'media',
    handlers: [answerMissingFile('media')],
    mimeTypes: [...ALLOWED_IMAGE_TYPES],
    // Sizes made by sharp at upload time; pages pick the closest with next/image.
    imageSizes: [
      { name: 'thumbnail', width: 400, height: 400, position: 'centre' },
      { name: 'card', width: 768 },
      { name: 'hero', width: 1600 },
    ],
    adminThumbnail: 'thumbnail',
    focalPoint: true,
  },
  fields: [
    {
      name: 'alt',
      type: 'text',
      required: true,
      localized: true,
      maxLength: 300,
      admin: { description: 'Describe the image for people who cannot see it.' },
      validate: (value: unknown) =>
        typeof value === 'string' && value.trim().length > 0
          ? true
          : 'Alternative text is required: describe the image for people who cannot see it.',
    },
    { name: 'credit', type: 'text', maxLength: 200 },
  ],
}
