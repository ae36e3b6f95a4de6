import { programmeJsonResponse } from '@/programme/feeds'

/** /editions/[year]/programme.fr.json: the programme as JSON, in French. */
export async function GET(_request: Request, { params }: { params: Promise<{ year: string }> }) {
  return programmeJsonResponse((await params).year, 'fr')
}
