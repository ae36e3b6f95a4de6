import { notFound } from 'next/navigation'

import { getCurrentEditionYear, getEditionFrame, getEditionPage, parseYear } from './cachedContent'
import { loadEditionFrame, loadEditionPage, type EditionFrame, type EditionPage } from './read'
import { isLocale, type Locale } from '../platform/i18n'
import { payloadClient } from '../platform/payload'
import { isEditorPreview } from '../platform/preview/preview'

/** The edition page as the visitor may see it: cached and published, or fresh with drafts for an editor's preview. */
export async function readEditionPage(year: number, locale: Locale): Promise<EditionPage | null> {
  if (await isEditorPreview()) return loadEditionPage(await payloadClient(), year, locale, { preview: true })
  return getEditionPage(year, locale)
}

/** The edition's frame only (edition, state, themes), cached or, for an editor's preview, fresh with drafts. */
async function readEditionFrame(year: number, locale: Locale): Promise<EditionFrame | null> {
  if (await isEditorPreview()) return loadEditionFrame(await payloadClient(), year, locale, { preview: true })
  return getEditionFrame(year, locale)
}

export type EditionParams = Promise<{ locale: string; year: string }>

async function resolveEditionRoute<P>(
  params: EditionParams,
  read: (year: number, locale: Locale) => Promise<P | null>,
): Promise<{ locale: Locale; page: P; currentYear: number | null }> {
  const { locale, year } = await params
  const parsed = parseYear(year)
  if (!isLocale(locale) || parsed === null) notFound()
  const [page, currentYear] = await Promise.all([read(parsed, locale), getCurrentEditionYear()])
  if (!page) notFound()
  return { locale, page, currentYear }
}

/** Resolves /[locale]/editions/[year]/…: a real 404 for an unknown locale, a malformed or unknown year. */
export function loadEditionRoute(params: EditionParams): Promise<{ locale: Locale; page: EditionPage; currentYear: number | null }> {
  return resolveEditionRoute(params, readEditionPage)
}

/** The same for pages that show only the frame of the edition (the programme's pages). */
export function loadEditionFrameRoute(params: EditionParams): Promise<{ locale: Locale; page: EditionFrame; currentYear: number | null }> {
  return resolveEditionRoute(params, readEditionFrame)
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
