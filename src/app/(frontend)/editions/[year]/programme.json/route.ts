import { programmeJsonResponse } from '@/programme/feeds'

/** /editions/[year]/programme.json: the programme as JSON. */
export async function GET(_request: Request, { params }: { params: Promise<{ year: string }> }) {
  return programmeJsonResponse((await params).year, 'en')
}
