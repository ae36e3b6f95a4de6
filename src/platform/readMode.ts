/**
 * With whose rights the page readers query the Local API: the public's (drafts and non-public
 * editions filtered out by the access rules), or an editor's preview (drafts included; the caller
 * has checked the editor's login).
 */
export type ReadMode = { preview?: boolean }

export const asPublic = { overrideAccess: false, draft: false } as const
const asPreview = { overrideAccess: true, draft: true } as const

export function readRights(mode: ReadMode = {}) {
  return mode.preview ? asPreview : asPublic
}
