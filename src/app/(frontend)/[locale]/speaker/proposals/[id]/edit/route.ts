import { payloadClient } from '@/platform/payload'
import { handleProposalEdit } from '@/speakers/space/proposalHttp'

/** The speaker's edit of a proposal (src/speakers/space/proposalHttp.ts). */
export async function POST(request: Request, { params }: { params: Promise<{ locale: string; id: string }> }) {
  const { locale, id } = await params
  return handleProposalEdit(request, { payload: payloadClient, locale, id })
}
