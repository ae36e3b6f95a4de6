import { notFound } from 'next/navigation'

import { loadEditionFrameRoute, type EditionParams } from '../editions/editionRoute'
import type { EditionFrame } from '../editions/read'
import type { Locale } from '../platform/i18n'
import { readProgramme } from './cached'
import type { Programme } from './model'

export type ProgrammeRoute = { locale: Locale; page: EditionFrame; currentYear: number | null; programme: Programme }

/** /[locale]/editions/[year]/programme…: the edition route plus its programme, or a 404. */
export async function loadProgrammeRoute(params: EditionParams): Promise<ProgrammeRoute> {
  const route = await loadEditionFrameRoute(params)
  const programme = await readProgramme(route.page.edition.year, route.locale)
  if (!programme) notFound()
  return { ...route, programme }
}
