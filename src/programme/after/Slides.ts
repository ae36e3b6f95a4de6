import type { CollectionConfig } from 'payload'

import { anyone, readWrite } from '../../platform/access'
import { editorsUnlessEditionArchived } from '../../archive/access'
import { refuseChangesToArchivedEditions } from '../../archive/freeze'
import { editionField } from '../../platform/fields/common'
import { checkSlidesUpload } from './checkSlidesUpload'

/**
 * Slides of sessions as PDF files, apart from the media library (which takes raster images only): each
 * file belongs to an edition, so it is frozen with it when the edition is archived, and the static
 * archive export copies it (src/archive/export/paths.ts).
 */
export const Slides: CollectionConfig = {
  slug: 'slides',
  labels: { singular: { en: 'Slides file', fr: 'Fichier de présentation' }, plural: { en: 'Slides', fr: 'Présentations' } },
  admin: {
    useAsTitle: 'filename',
    defaultColumns: ['filename', 'edition', 'filesize', 'updatedAt'],
    group: { en: 'Conference', fr: 'Conférence' },
    description: 'PDF only, at most 20 MB. Attach a file to a session in its "After the event" fields.',
  },
  access: readWrite(anyone, editorsUnlessEditionArchived),
  hooks: { beforeOperation: [checkSlidesUpload, refuseChangesToArchivedEditions('slides')] },
  upload: { staticDir: 'slides', mimeTypes: ['application/pdf'] },
  fields: [editionField()],
}
