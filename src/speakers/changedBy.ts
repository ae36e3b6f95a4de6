import type { CollectionBeforeChangeHook, Field } from 'payload'

import { isEditorOrAdminField, nobodyField } from '../platform/access'

/**
 * Who made a speaker's latest change, stored on the document and so in each version: Payload's version
 * history records when, not who, and editors reverting a speaker's own edit need to see whose it was.
 */
export const SPEAKER_PROFILE_CONTEXT = 'speakerProfileEmail'

export function changedByField(): Field {
  return {
    name: 'changedBy',
    type: 'text',
    maxLength: 320,
    // Holds an address: editors only. Written by the hook below, never by a client.
    access: { read: isEditorOrAdminField, create: nobodyField, update: nobodyField },
    admin: { position: 'sidebar', readOnly: true, description: 'Who saved this version: an editor, or the speaker from their profile.' },
  }
}

type Actor = { email?: unknown } | null | undefined

/** The signed-in user, or the speaker saving their own profile (src/speakers/space/profile), or the system. */
export const recordChangedBy: CollectionBeforeChangeHook = ({ data, req }) => {
  const speakerEmail = req.context?.[SPEAKER_PROFILE_CONTEXT]
  const user = req.user as Actor
  if (typeof speakerEmail === 'string') data.changedBy = `speaker: ${speakerEmail}`
  else if (user && typeof user.email === 'string') data.changedBy = `editor: ${user.email}`
  else data.changedBy = 'system'
  return data
}
