import { handleProposalPost } from '@/cfp/submit/http'
import { payloadClient } from '@/platform/payload'

/** The proposal form posts here (with or without JavaScript): see src/cfp/submit/http.ts. */
export async function POST(request: Request, { params }: { params: Promise<{ locale: string; year: string }> }) {
  const { locale, year } = await params
  return handleProposalPost(request, { payload: payloadClient, locale, year })
}
