import { sessionIcsResponse } from '@/programme/feeds'

/** /editions/[year]/programme/<slug>.ics (or <slug>.fr.ics): one session as iCalendar. */
export async function GET(_request: Request, { params }: { params: Promise<{ year: string; file: string }> }) {
  const { year, file } = await params
  return sessionIcsResponse(year, file)
}
