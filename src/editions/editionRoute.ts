import { notFound } from 'next/navigation'

import { getCurrentEditionYear, getEditionPage, parseYear } from './cachedContent'
import { loadEditionPage, type EditionPage } from './read'
import { isLocale, type Locale } from '../platform/i18n'
import { payloadClient } from '../platform/payload'
import { isEditorPreview } from '../platform/preview/preview'

/** The edition page as the visitor may see it: cached and published, or fresh with drafts for an editor's preview. */
export async function readEditionPage(year: number, locale: Locale): Promise<EditionPage | null> {
  if (await isEditorPreview()) return loadEditionPage(await payloadClient(), year, locale, { preview: true })
  return getEditionPage(year, locale)
}

export type EditionParams = Promise<{ locale: string; year: string }>

/** Resolves /[locale]/editions/[year]/…: a real 404 for an unknown locale, a malformed or unknown year. */
export async function loadEditionRoute(params: EditionParams): Promise<{ locale: Locale; page: EditionPage; currentYear: number | null }> {
  const { locale, year } = await params
  const parsed = parseYear(year)
  if (!isLocale(locale) || parsed === null) notFound()
  const [page, currentYear] = await Promise.all([readEditionPage(parsed, locale), getCurrentEditionYear()])
  if (!page) notFound()
  return { locale, page, currentYear }
}

/** /editions/[year]/<kind>/[slug]: the edition route plus one of its items, or a 404. */
export async function loadEditionItem<T>(
  params: Promise<{ locale: string; year: string; slug: string }>,
  pick: (page: EditionPage, slug: string) => T | undefined,
): Promise<{ locale: Locale; page: EditionPage; currentYear: number | null; item: T }> {
  const { slug } = await params
  const route = await loadEditionRoute(params)
  const item = pick(route.page, slug)
  if (item === undefined) notFound()
  return { ...route, item }
}
