import { draftMode } from 'next/headers'
import { NextResponse, type NextRequest } from 'next/server'

import { hasRole } from '@/platform/access/roles'
import { errorResponse } from '@/platform/http/errors'
import { payloadClient } from '@/platform/payload'
import { isSafePreviewPath } from '@/platform/preview/previewUrls'

/**
 * GET /api/draft-preview?path=/editions/2026 — for a logged-in editor or admin, turns on Next's draft
 * mode (pages then render drafts, uncached, for this browser only) and opens the page.
 * GET /api/draft-preview?path=…&exit=1 turns it off again.
 */
export async function GET(request: NextRequest) {
  const path = request.nextUrl.searchParams.get('path')
  if (!isSafePreviewPath(path)) {
    return errorResponse(400, [{ message: 'path must be a page of this site, e.g. /editions/2026', field: 'path' }])
  }
  const draft = await draftMode()
  if (request.nextUrl.searchParams.get('exit')) {
    draft.disable()
    return redirectTo(path)
  }
  const payload = await payloadClient()
  const { user } = await payload.auth({ headers: request.headers })
  if (!hasRole(user, 'admin', 'editor')) {
    return errorResponse(401, [{ message: 'Log in to the admin as an editor to preview drafts.' }])
  }
  draft.enable()
  return redirectTo(path)
}

/**
 * A relative Location: the browser stays on the host it used. request.url names the host the server
 * calls itself (localhost behind a proxy), where the login and draft-mode cookies would not be sent.
 */
function redirectTo(path: string): NextResponse {
  return new NextResponse(null, { status: 303, headers: { Location: path } })
}
