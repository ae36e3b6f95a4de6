import { programmeIcsResponse } from '@/programme/feeds'

/** /editions/[year]/programme.fr.ics: the programme as iCalendar, in French. */
export async function GET(_request: Request, { params }: { params: Promise<{ year: string }> }) {
  return programmeIcsResponse((await params).year, 'fr')
}
