import { payloadClient } from '@/platform/payload'
import { handleProposalWithdraw } from '@/speakers/space/proposalHttp'

export async function POST(request: Request, { params }: { params: Promise<{ locale: string; id: string }> }) {
  const { locale, id } = await params
  return handleProposalWithdraw(request, { payload: payloadClient, locale, id })
}
