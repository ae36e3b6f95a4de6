import { draftMode, headers } from 'next/headers'

import { hasRole } from '../access/roles'
import { payloadClient } from '../payload'

/**
 * True when the visitor turned on draft mode through the preview route and is still logged in as
 * an editor or admin. Reads the request only in draft mode, so public pages stay static.
 */
export async function isEditorPreview(): Promise<boolean> {
  const draft = await draftMode()
  if (!draft.isEnabled) return false
  const payload = await payloadClient()
  const { user } = await payload.auth({ headers: await headers() })
  return hasRole(user, 'admin', 'editor')
}
