import { payloadClient } from '@/platform/payload'
import { handleSignOut } from '@/speakers/space/http'

export async function POST(request: Request, { params }: { params: Promise<{ locale: string }> }) {
  return handleSignOut(request, { payload: payloadClient, locale: (await params).locale })
}
