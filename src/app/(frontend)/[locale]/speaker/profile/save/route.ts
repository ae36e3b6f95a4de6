import { payloadClient } from '@/platform/payload'
import { handleProfileSave } from '@/speakers/space/profile/http'

/** The speaker's profile save (src/speakers/space/profile/http.ts). */
export async function POST(request: Request, { params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params
  return handleProfileSave(request, { payload: payloadClient, locale })
}
