import type { CollectionAfterLogoutHook } from 'payload'

/**
 * Logging out of the admin also ends draft mode in that browser, so the public pages stop showing
 * drafts (and the preview bar) to it. Runs inside Next's route handler of the REST API, where the
 * draft-mode cookie can be cleared; elsewhere (Local API, scripts) there is no browser to clear.
 */
export const clearDraftModeOnLogout: CollectionAfterLogoutHook = async () => {
  try {
    const { draftMode } = await import('next/headers')
    const draft = await draftMode()
    if (draft.isEnabled) draft.disable()
  } catch {
    // Not inside a Next.js request.
  }
}
