import { agendaIcsResponse } from '@/programme/agenda/feed'

/** /editions/[year]/programme/agenda/<id>.ics (or <id>.fr.ics): a personal agenda as iCalendar. */
export async function GET(_request: Request, { params }: { params: Promise<{ year: string; file: string }> }) {
  const { year, file } = await params
  return agendaIcsResponse(year, file)
}
