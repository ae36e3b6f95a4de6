import { handleAgendaPost } from '@/programme/agenda/http'
import { payloadClient } from '@/platform/payload'

/** The agenda form posts here (no JavaScript needed): see src/programme/agenda/http.ts. */
export async function POST(request: Request, { params }: { params: Promise<{ locale: string; year: string }> }) {
  const { locale, year } = await params
  return handleAgendaPost(request, { payload: payloadClient, locale, year })
}
