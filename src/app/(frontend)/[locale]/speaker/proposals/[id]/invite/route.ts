import { handleInvite } from '@/cfp/coSpeakers/http'
import { payloadClient } from '@/platform/payload'

export async function POST(request: Request, { params }: { params: Promise<{ locale: string; id: string }> }) {
  const { locale, id } = await params
  return handleInvite(request, { payload: payloadClient, locale, id })
}
