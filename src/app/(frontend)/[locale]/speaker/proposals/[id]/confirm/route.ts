import { payloadClient } from '@/platform/payload'
import { handleParticipationAnswer } from '@/speakers/space/proposalHttp'

export async function POST(request: Request, { params }: { params: Promise<{ locale: string; id: string }> }) {
  const { locale, id } = await params
  return handleParticipationAnswer(request, { payload: payloadClient, locale, id })
}
