import type { SelectField } from 'payload'

/** Licences editors may choose for an edition's static archive (SPDX ids, as CITATION.cff expects them). */
const ARCHIVE_LICENCES = [
  { label: 'CC BY 4.0 (attribution)', value: 'CC-BY-4.0' },
  { label: 'CC BY-SA 4.0 (attribution, share alike)', value: 'CC-BY-SA-4.0' },
  { label: 'CC0 1.0 (public domain)', value: 'CC0-1.0' },
] as const

/** The licence the archive's CITATION.cff and metadata.json state; none chosen: they state none. */
export function archiveLicenceField(): SelectField {
  return {
    name: 'archiveLicence',
    label: 'Archive licence',
    type: 'select',
    options: ARCHIVE_LICENCES.map((licence) => ({ ...licence })),
    admin: {
      position: 'sidebar',
      description: 'The licence stated in the static archive (CITATION.cff, metadata.json). Leave empty to state none.',
    },
  }
}
