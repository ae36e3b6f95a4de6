import { payloadClient } from '@/platform/payload'
import { handleSignInPost } from '@/speakers/space/http'

/** "Send me a link" (src/speakers/space/http.ts). */
export async function POST(request: Request, { params }: { params: Promise<{ locale: string }> }) {
  return handleSignInPost(request, { payload: payloadClient, locale: (await params).locale })
}
