import { programmeIcsResponse } from '@/programme/feeds'

/** /editions/[year]/programme.ics: the programme as iCalendar. */
export async function GET(_request: Request, { params }: { params: Promise<{ year: string }> }) {
  return programmeIcsResponse((await params).year, 'en')
}
