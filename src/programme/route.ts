import { notFound } from 'next/navigation'

import { loadEditionRoute, type EditionParams } from '../editions/editionRoute'
import type { EditionPage } from '../editions/read'
import type { Locale } from '../platform/i18n'
import { readProgramme } from './cached'
import type { Programme } from './model'

export type ProgrammeRoute = { locale: Locale; page: EditionPage; currentYear: number | null; programme: Programme }

/** /[locale]/editions/[year]/programme…: the edition route plus its programme, or a 404. */
export async function loadProgrammeRoute(params: EditionParams): Promise<ProgrammeRoute> {
  const route = await loadEditionRoute(params)
  const programme = await readProgramme(route.page.edition.year, route.locale)
  if (!programme) notFound()
  return { ...route, programme }
}
