import type { Field } from 'payload'

import { richTextField } from '../../platform/fields/common'
import { validHttpsUrl } from './recording'

const sameEdition = ({ data }: { data?: { edition?: unknown } }) => {
  const edition = typeof data?.edition === 'object' && data.edition !== null ? (data.edition as { id?: unknown }).id : data?.edition
  return edition ? { edition: { equals: edition } } : true
}

/** What a session keeps after the event: slides, recording, summary, and the perspective that reports it. */
export const afterTheEventFields: Field = {
  type: 'collapsible',
  label: 'After the event',
  admin: { initCollapsed: true },
  fields: [
    {
      type: 'row',
      fields: [
        {
          name: 'slidesFile',
          type: 'upload',
          relationTo: 'slides',
          label: 'Slides (PDF)',
          filterOptions: sameEdition,
          admin: { description: 'A PDF of at most 20 MB, uploaded to Slides.' },
        },
        {
          name: 'slidesUrl',
          type: 'text',
          label: 'or slides address',
          maxLength: 2000,
          validate: validHttpsUrl,
          admin: { description: 'https:// only; used when no PDF is attached.' },
        },
      ],
    },
    {
      name: 'recordingUrl',
      type: 'text',
      maxLength: 2000,
      validate: validHttpsUrl,
      admin: {
        description:
          'https:// only. Played on the page for YouTube (without cookies), Vimeo and the PeerTube instances listed in Site settings; any other address is shown as a link.',
      },
    },
    { ...richTextField('summary', { label: 'Summary' }) },
    {
      name: 'perspective',
      type: 'relationship',
      relationTo: 'perspectives',
      label: 'Collective reflection',
      admin: { description: 'The perspective that reports this session’s collective reflection; both pages link each other.' },
    },
  ],
}
