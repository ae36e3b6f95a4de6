import { handleProposalPost } from '@/cfp/http'
import { payloadClient } from '@/lib/payload'

/** The proposal form posts here (with or without JavaScript): see src/cfp/http.ts. */
export async function POST(request: Request, { params }: { params: Promise<{ locale: string; year: string }> }) {
  const { locale, year } = await params
  return handleProposalPost(request, { payload: payloadClient, locale, year })
}
